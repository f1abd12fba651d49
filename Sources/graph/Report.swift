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

    @OptionGroup var input: NetworkOptions

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
        if format == .markdown, let output, output != "-", URL(fileURLWithPath: output).pathExtension == "svg" {
            throw ValidationError("-o \(output) is the name of the diagram the markdown report links to: end it in .md")
        }
    }

    func run() throws {
        let graphURL = URL(fileURLWithPath: input.graph)
        let network = try input.load()
        var title = Diagram.title(of: network, readFrom: graphURL)
        if input.fold != nil { title += " · " + PeopleFold.summary }
        let report = try NetworkReport(network: network.withDisplayedLabels(), title: title, relationLimit: top)
        Console.warn(report.centralityFailures)
        let diagram = Diagram(of: network, style: DOTWriter(title: title), engine: engine)
        let destination = output ?? graphURL.deletingLastPathComponent()
            .appendingPathComponent(format == .html ? "report.html" : "report.md").path
        switch format {
        case .html:
            let text = HTMLReport(diagramSVG: String(decoding: try diagram.render(), as: UTF8.self)).render(report)
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
