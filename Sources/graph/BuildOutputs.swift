import ActorGraphCommands
import ActorGraphCore
import ActorGraphExtraction
import Foundation

/// What `graph build` writes into its output folder: the diagram rendered and the analysis made before anything is
/// written (so a Graphviz failure writes nothing), `network.json` written in pieces as it is made (a whole one is
/// as large as a fifth of the corpus), and the four files put in place together by `OutputFolder` (so the folder
/// never holds files of two builds, even when a build is killed or two run at once).
struct BuildOutputs {
    static let network = "network.json"
    static let documentIndex = "documents.jsonl"
    static let dot = "network.dot"
    static let svg = "network.svg"

    /// Each file's contents by its name; `network.json` is written in pieces as it is made.
    let files: [String: OutputFolder.Contents]
    /// The centralities that could not be computed: `network.json` holds them as `null`.
    let failures: [MeasureFailure]

    /// What the picture leaves out: relations without a net stance (actors only named together) and relations
    /// named in a single sentence. With people folded into their countries, the bundled corpus's 31 actors and
    /// 114 relations drawn whole are a tangle; this leaves the 11 actors and 21 relations a reader takes in at a
    /// glance. `graph export` draws the rest.
    static let pictureFilter = NetworkFilter(minWeight: 2, hidesNeutral: true)

    /// The files of `build`, made with every sentence kept: each edge of `network.json` then keeps its
    /// `evidenceLimit` strongest (nil: all), while the picture folds people into their countries over all of them.
    /// - Parameter timings: where the time goes (analysis, drawing, files), when the caller wants to know.
    init(of build: CorpusBuild, evidenceLimit: Int?, timings: StageTimes? = nil) throws {
        let (dot, svg) = try timings.measure(.drawing) {
            let title = DiagramTitle.text(for: build.network)
            let folded = PeopleFold(build.network).network
            let diagram = try Diagram.part(
                of: try Self.pictureFilter.apply(to: folded), whole: folded, filter: Self.pictureFilter, folded: true,
                title: title)
            return (Data(diagram.dot.utf8), Data(try diagram.render(.svg)))
        }
        let analysis = try timings.measure(.analysis) { try NetworkAnalysis(of: build.network) }
        failures = analysis.failures
        files = timings.measure(.files) {
            [
                Self.network: .pieces { [network = build.network.keepingEvidence(evidenceLimit)] write in
                    try NetworkJSON.write(network, analysis: analysis, into: write)
                },
                Self.documentIndex: .bytes(build.documentIndex),
                Self.dot: .bytes(dot),
                Self.svg: .bytes(svg),
            ]
        }
    }

    func write(to folder: URL) throws {
        try OutputFolder(folder).replace(writing: files)
    }

    /// Writes the four files of `build` into the folder `out`, warns of what was skipped, and, unless `quiet`,
    /// prints what was read, found and written (what `graph build` and `graph merge` print).
    /// - Parameters:
    ///   - dates: the dates the articles were kept for, for the count of those left out.
    ///   - started: when the command began, for the time it took.
    static func write(
        _ build: CorpusBuild, to out: String, evidenceLimit: Int?, dates: DateRange, started: Date, quiet: Bool,
        timings: StageTimes?
    ) throws {
        for input in build.skipped {
            Console.warn("skipped \(input.name): \(input.reason)")
        }
        let outputs = try BuildOutputs(of: build, evidenceLimit: evidenceLimit, timings: timings)
        Console.warn(outputs.failures)
        try timings.measure(.files) { try outputs.write(to: URL(fileURLWithPath: out, isDirectory: true)) }
        if let timings { Console.note(timings.report) }
        guard !quiet else { return }
        let network = build.network
        let relations = network.edges.filter { $0.kind == .relation }
        print("""
            Read \(network.corpus.documents) documents (\(build.skipped.count) skipped\(
                build.outOfRange > 0 ? ", \(build.outOfRange) left out as not dated \(dates)" : "")), \
            \(network.corpus.sentences) sentences.
            Found \(network.nodes.count) actors and \(relations.count) relations \
            (\(relations.filter { $0.sign > 0 }.count) cooperative, \(relations.filter { $0.sign < 0 }.count) hostile), \
            \(network.edges.count - relations.count) memberships.
            Wrote network.json, documents.jsonl, network.dot, network.svg to \(out)/ in \
            \(String(format: "%.2f", Date().timeIntervalSince(started))) s.
            """)
    }
}
