import ActorGraphCommands
import ActorGraphCore
import ActorGraphExtraction
import ArgumentParser
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles and write the network they describe.",
        discussion: """
            Reads every .txt, .md, .html/.htm and .jsonl article under the paths (files or folders; default \
            Corpus/), finds the countries, groupings, blocs and people each sentence names, and writes to the \
            output folder:

              network.json     the signed network, with every sentence behind every edge and its
                               analysis (centralities, graph measures, balance)
              documents.jsonl  one line per article read (or skipped, with the reason)
              network.dot      the picture as Graphviz DOT
              network.svg      the picture, laid out with Graphviz

            The picture is the overview a reader takes in at a glance: people counted as their \
            countries, and only the cooperative and hostile relations named in two sentences or more. \
            It is `graph export --format svg --fold people --hide-neutral --min-weight 2`; `graph export \
            --format svg` draws every actor and tie.

            An input that cannot be read (binary, not UTF-8, empty) is reported and skipped; the rest of the \
            build goes on. The four files are made first, the diagram included, then replaced together: a \
            build that fails or is interrupted leaves the previous four, and two builds into one folder take turns.
            """
    )

    @Argument(help: ArgumentHelp("Article files or folders.", valueName: "path"))
    var paths: [String] = ["Corpus"]

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into.", valueName: "dir"))
    var out: String = "Graphs"

    @OptionGroup var reading: ExtractionOptions

    @Option(name: .long, help: ArgumentHelp(
        "How many sentences each edge of network.json keeps as evidence, strongest first, or 'all' (--fold "
            + "people counts a sentence behind two ties once only where both keep it).", valueName: "n|all"))
    var evidence = EvidenceLimit(nil)

    @Option(name: .long, help: ArgumentHelp(
        "Keep each part of the corpus (a file, or 256 lines of a .jsonl file) extracted in this folder, and take "
            + "the parts already there instead of reading them again: a rebuild reads only new or changed parts.",
        valueName: "dir"))
    var cache: String?

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .long, help: ArgumentHelp(
        "Print on standard error where the time went, stage by stage (reading, sentences and mentions, cues, the "
            + "parse, attribution, network, analysis, drawing, files)."))
    var timings = false

    func run() throws {
        let started = Date()
        let times = timings ? StageTimes() : nil
        let extractor = try times.measure(.loading) { try reading.extractor() }
        let progress = quiet ? nil : Progress.onTerminal(label: "extracting", unit: "documents")
        let dates = try reading.dates()
        let build: CorpusBuild
        if let cache {
            let cached = BuildCache(
                folder: URL(fileURLWithPath: cache, isDirectory: true),
                fingerprint: try reading.gazetteer.fingerprint(),
                program: try ExtractionFingerprint.programHash(), extractor: extractor, dates: dates)
            build = try cached.run(paths: paths, progress: progress?.report, timings: times)
            progress?.finish()
            if !quiet {
                Console.note("Took \(cached.reused) parts from the cache \(cache)/, extracted \(cached.extracted).")
            }
        } else {
            build = try CorpusBuild.run(
                paths: paths, extractor: extractor, dates: dates, evidenceLimit: nil, progress: progress?.report,
                timings: times)
            progress?.finish()
        }
        try BuildOutputs.write(
            build, to: out, evidenceLimit: evidence.count, dates: dates, started: started, quiet: quiet, timings: times)
    }
}

/// `--evidence`: a count, or `all`.
struct EvidenceLimit: ExpressibleByArgument {
    /// nil keeps every sentence.
    var count: Int?

    init(_ count: Int?) {
        self.count = count
    }

    init?(argument: String) {
        if argument == "all" {
            count = nil
        } else if let number = Int(argument), number >= 0 {
            count = number
        } else {
            return nil
        }
    }

    var defaultValueDescription: String { count.map(String.init) ?? "all" }
}
