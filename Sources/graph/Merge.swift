import ActorGraphCommands
import ActorGraphCore
import ActorGraphExtraction
import ArgumentParser
import Foundation

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add up partial networks (from `graph extract`) into the network of all their articles.",
        discussion: """
            The reduce step: writes network.json, documents.jsonl, network.dot and network.svg into the \
            output folder, the same bytes `graph build` writes for all the partials' articles read as one \
            folder or file. Any order and grouping of the partials gives the same result; with --partial, \
            the merge is itself a partial, to merge again later:

              graph merge part1.partial part2.partial --partial first-half.partial
              graph merge first-half.partial part3.partial --out Graphs

            Every partial must come from this version of graph with the same gazetteer (give the same --gazetteer files \
            as to extract), lexicon and parser model, and keep the same dates (--since, --until); a file that does \
            not is named, and nothing is written.
            """
    )

    @Argument(help: ArgumentHelp("Partial network files that `graph extract` or `graph merge --partial` wrote.", valueName: "file"))
    var files: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The folder to write the network's files into (default: Graphs).", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp(
        "Write the merged partial network to this file instead of the network's files.", valueName: "file"))
    var partial: String?

    @OptionGroup var gazetteer: GazetteerOptions

    @Option(name: .long, help: ArgumentHelp(
        "How many sentences each edge of network.json keeps as evidence, strongest first, or 'all'.",
        valueName: "n|all"))
    var evidence = EvidenceLimit(nil)

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give the partial network files to merge.") }
        guard out == nil || partial == nil else {
            throw ValidationError("Give --out (the network's files) or --partial (one partial network), not both.")
        }
    }

    func run() throws {
        let started = Date()
        let fingerprint = try gazetteer.fingerprint()
        let gazetteer = try gazetteer.load()
        var merged: PartialNetwork?
        let progress = quiet ? nil : Progress.onTerminal(label: "merging", unit: "partials")
        for (index, file) in files.enumerated() {
            let partial = try PartialNetwork.read(URL(fileURLWithPath: file), gazetteer: gazetteer)
            try partial.check(against: fingerprint, named: file)
            if merged == nil { merged = partial } else { try merged?.merge(partial, named: file) }
            progress?.report(index + 1, files.count)
        }
        progress?.finish()
        guard let merged else { return }
        if let partial {
            try merged.checkInputsOnce()
            let url = URL(fileURLWithPath: partial)
            try OutputFolder(url.deletingLastPathComponent()).replace(
                writing: [url.lastPathComponent: .pieces { write in try merged.write(into: write) }])
            if !quiet {
                Console.note("Merged \(files.count) partials (\(merged.builder.documentCount) documents) into \(partial).")
            }
            return
        }
        let build = try merged.build()
        try BuildOutputs.write(
            build, to: out ?? "Graphs", evidenceLimit: evidence.count, dates: merged.dates, started: started, quiet: quiet,
            timings: nil)
    }
}
