import ActorGraphCore
import ActorGraphExtraction
import ArgumentParser
import Foundation

public struct Extract: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        abstract: "Read some of a corpus's articles and write their partial network, for `graph merge`.",
        discussion: """
            The map step of a build spread over many runs or machines: each run extracts part of the corpus, \
            and `graph merge` adds the partials up into the files `graph build` would have written for the \
            whole corpus, byte for byte.

              graph extract Corpus/a.txt Corpus/b.txt -o part1.partial
              graph extract Corpus/c.txt -o part2.partial
              graph merge part1.partial part2.partial --out Graphs

            A partial holds everything the build keeps of its articles (counts, stances, monthly timelines, \
            every sentence behind every pair, one line per input for documents.jsonl) and what they were \
            extracted with (the tool's version, and hashes of the gazetteer, the lexicon and the parser model): partials \
            made with anything else do not merge.

            Documents are listed in the order one build over all of them reads them: by the name each file is \
            read under (its path relative to a folder given, else its file name), then by line. So split a \
            folder by its files, or a .jsonl file by its lines: `-` reads .jsonl articles from standard input \
            as the lines of the file --name names, numbered from --first-line, so that a part of a file gives \
            its articles the names and order they have in the whole:

              sed -n '1001,2000p' news.jsonl | graph extract - --name news.jsonl --first-line 1001 -o p2.partial
            """
    )

    @Argument(help: ArgumentHelp("Article files or folders, or - for .jsonl articles on standard input.", valueName: "path"))
    var paths: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The partial network file to write, or - for standard output.", valueName: "file"))
    var output: String

    @Option(name: .long, help: ArgumentHelp(
        "The name of the .jsonl file whose lines standard input holds (names its articles FILE:LINE where they "
            + "have no id, and orders them among the others).", valueName: "file"))
    var name = "stdin.jsonl"

    @Option(name: .long, help: ArgumentHelp("The number of standard input's first line in that file.", valueName: "n"))
    var firstLine = 1

    @OptionGroup var reading: ExtractionOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    public func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Give the article files or folders to read, or - for standard input.") }
        guard paths.filter({ $0 == "-" }).count <= 1 else { throw ValidationError("Standard input (-) can be read once only.") }
        guard firstLine >= 1 else { throw ValidationError("--first-line must be 1 or more, not \(firstLine).") }
        guard (name as NSString).pathExtension.lowercased() == "jsonl" else {
            throw ValidationError("--name must name a .jsonl file (standard input is read as JSON lines), not \(name).")
        }
    }

    public func run() throws {
        let extractor = try reading.extractor()
        let fingerprint = try reading.gazetteer.fingerprint()
        let dates = try reading.dates()
        let progress = quiet ? nil : Progress.onTerminal(label: "extracting", unit: "documents")
        var builder = NetworkBuilder.partial(gazetteer: extractor.gazetteer)
        if paths.contains("-"), isatty(STDIN_FILENO) != 0, !quiet {
            Console.note("reading .jsonl articles from standard input, one a line (end with Ctrl-D)")
        }
        for path in paths {
            try CorpusBuild.extract(
                { body in
                    if path == "-" {
                        try CorpusReader().standardInput(named: name, firstLine: firstLine, body)
                    } else {
                        try CorpusReader().inputs([path], body)
                    }
                },
                into: &builder, extractor: extractor, dates: dates, progress: progress?.report)
        }
        progress?.finish()
        let skipped = builder.skipped
        for input in skipped {
            Console.warn("skipped \(input.name): \(input.reason)")
        }
        let partial = PartialNetwork(builder: builder, fingerprint: fingerprint, dates: dates)
        if output == "-" {
            try partial.write { FileHandle.standardOutput.write($0) }
        } else {
            let url = URL(fileURLWithPath: output)
            try OutputFolder(url.deletingLastPathComponent()).replace(
                writing: [url.lastPathComponent: .pieces { write in try partial.write(into: write) }])
        }
        if builder.documentCount == 0 { Console.warn("no article read: the partial network is empty") }
        guard !quiet else { return }
        Console.note("""
            Extracted \(builder.documentCount) documents (\(skipped.count) skipped\(
                builder.outOfRange > 0 ? ", \(builder.outOfRange) left out as not dated \(dates)" : "")) into \
            \(output == "-" ? "standard output" : output).
            """)
    }
}
