import ActorGraphCommands
import ActorGraphCore
import ActorGraphExtraction
import ArgumentParser
import Foundation
import GraphvizRender

struct Report: ParsableCommand {
    enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
        case html, markdown
    }

    static let configuration = CommandConfiguration(
        abstract: "Write a report on the network: diagram, strongest relations with evidence, centrality, balance.",
        discussion: """
            html      one self-contained page: the diagram and, on a second tab, the network on a map \
            (as graph export --layout geo draws it) inline, nothing to fetch, so it opens offline; each \
            strongest relation with a small chart of its sentences and stance over time; click a heading \
            of the centrality table to sort by it
            markdown  GitHub-flavoured tables for pasting into documents; with -o FILE the diagram is \
            written beside it (FILE's name with .svg) and linked

            The report goes beside the network file (Graphs/report.html or Graphs/report.md) unless -o names \
            another file; -o - prints it. Relations rank by sentences × |stance|.

            --compare OLD.json (an older network) or --between A B (two periods of this one) adds a section \
            "What changed" after the diagram: what graph diff lists, --top of each kind.

            Examples: graph report -o india.html
                      graph report --between 2021 2023
            """
    )

    @Option(name: .long, help: ArgumentHelp("The report's format.", valueName: "format"))
    var format: OutputFormat = .html

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The file to write (default: report.html or report.md beside the network file; - for standard output).",
        valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("How many cooperative and how many hostile relations to list.", valueName: "n"))
    var top = 10

    @Option(name: .long, help: ArgumentHelp(
        "The Graphviz layout of the diagram (default: neato, sfdp past 150 actors).", valueName: "engine"))
    var engine: LayoutEngine?

    @OptionGroup var input: NetworkOptions

    @Option(name: .long, help: ArgumentHelp(
        "Add what changed since the network in this older file (see graph diff).", valueName: "file"))
    var compare: String?

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Add what changed from one period of the network to another: 2021 2023 (see graph diff).",
        valueName: "period"))
    var between: [String] = []

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
        if format == .markdown, let output, output != "-", URL(fileURLWithPath: output).pathExtension == "svg" {
            throw ValidationError("-o \(output) is the name of the diagram the markdown report links to: end it in .md")
        }
        if compare != nil, !between.isEmpty { throw ValidationError("--compare and --between: choose one comparison") }
        if !between.isEmpty, between.count != 2 {
            throw ValidationError("--between takes two periods, such as --between 2021 2023")
        }
    }

    func run() throws {
        let graphURL = URL(fileURLWithPath: input.graph)
        let network = try input.load()
        var title = DiagramTitle.text(for: network)
        if input.fold != nil { title += " · " + PeopleFold.summary }
        var report = try NetworkReport(network: network.withDisplayedLabels(), title: title, relationLimit: top)
        report.changes =
            if let compare {
                try Comparison.diff(
                    from: input.read(compare), named: compare, to: network, named: input.graph, measure: .pagerank)
            } else if !between.isEmpty {
                try Comparison.diff(of: network, between: between, measure: .pagerank)
            } else { nil }
        Console.warn(report.centralityFailures + (report.changes?.rankFailure.map { [$0] } ?? []))
        let diagram = Diagram(of: network, style: DOTWriter(title: title), engine: engine)
        let destination = output ?? graphURL.deletingLastPathComponent()
            .appendingPathComponent(format == .html ? "report.html" : "report.md").path
        switch format {
        case .html:
            let text = HTMLReport(
                diagramSVG: String(decoding: try diagram.render(), as: UTF8.self), mapSVG: try map(of: network, title: title)
            ).render(report)
            try write(text, to: destination)
        case .markdown where destination == "-":
            try write(MarkdownReport(diagramPath: nil).render(report), to: destination)
        case .markdown:
            // The page and the diagram it links to are replaced together.
            let page = URL(fileURLWithPath: destination)
            let svg = page.deletingPathExtension().appendingPathExtension("svg").lastPathComponent
            let text = MarkdownReport(diagramPath: svg).render(report)
            try OutputFolder(page.deletingLastPathComponent()).replace(with: [
                page.lastPathComponent: Data(text.utf8), svg: Data(try diagram.render()),
            ])
            print("Wrote \(destination)")
        }
    }

    /// The network on a map, as `graph export --layout geo` draws it, for the HTML report's second view.
    private func map(of network: Network, title: String) throws -> String {
        let style = DOTWriter(title: title, atlas: try Gazetteer.load().atlas())
        return String(decoding: try Diagram(of: network, style: style).render(), as: UTF8.self)
    }

    /// Prints the report on standard output for `-`, else writes it to the file.
    private func write(_ text: String, to destination: String) throws {
        if destination == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
        } else {
            try AtomicFile.write(text, to: URL(fileURLWithPath: destination))
            print("Wrote \(destination)")
        }
    }
}
