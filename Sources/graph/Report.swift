import ActorGraphCore
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
            html      one self-contained page: the diagram inline, nothing to fetch, so it opens offline; \
            click a heading of the centrality table to sort by it
            markdown  GitHub-flavoured tables for pasting into documents; with -o FILE the diagram is \
            written beside it (FILE's name with .svg) and linked

            The report goes beside the network file (Graphs/report.html or Graphs/report.md) unless -o names \
            another file; -o - prints it. Relations rank by sentences × |stance|.

            Example: graph report -o india.html
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

    @Option(name: .long, help: ArgumentHelp("The network file to read.", valueName: "file"))
    var graph: String = "Graphs/network.json"

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let graphURL = URL(fileURLWithPath: graph)
        let network = try NetworkJSON.read(from: graphURL)
        let index = try? String(
            contentsOf: graphURL.deletingLastPathComponent().appendingPathComponent("documents.jsonl"), encoding: .utf8)
        let title = DiagramTitle.text(for: network, documentIndex: index)
        let report = try NetworkReport(network: network, title: title, relationLimit: top)
        Console.warn(report.centralityFailures)
        let destination = output ?? graphURL.deletingLastPathComponent()
            .appendingPathComponent(format == .html ? "report.html" : "report.md").path
        let text: String
        switch format {
        case .html:
            let svg = try diagram(of: network, title: title)
            text = HTMLReport(diagramSVG: String(decoding: svg, as: UTF8.self)).render(report)
        case .markdown:
            var diagramPath: String?
            if destination != "-" {
                let svgURL = URL(fileURLWithPath: destination).deletingPathExtension().appendingPathExtension("svg")
                try AtomicFile.write(Data(try diagram(of: network, title: title)), to: svgURL)
                diagramPath = svgURL.lastPathComponent
            }
            text = MarkdownReport(diagramPath: diagramPath).render(report)
        }
        if destination == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
        } else {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: destination))
            print("Wrote \(destination)")
        }
    }

    private func diagram(of network: Network, title: String) throws -> [UInt8] {
        let layout = engine ?? LayoutEngine(rawValue: DOTWriter.recommendedEngine(for: network)) ?? .neato
        return try GraphvizRenderer().render(dot: DOTWriter(title: title).write(network), engine: layout, format: .svg)
    }
}
