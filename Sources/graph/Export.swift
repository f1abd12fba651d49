import ActorGraphCore
import ArgumentParser
import Foundation
import GraphvizRender

extension LayoutEngine: ExpressibleByArgument {}

struct Export: ParsableCommand {
    enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
        case json, dot, svg, png, graphml, gexf, csv
    }

    static let configuration = CommandConfiguration(
        abstract: "Write the network in another format.",
        discussion: """
            json  the network file itself (actor-graph/1)
            dot   Graphviz DOT: green cooperative, red dashed hostile, grey neutral
            svg   the diagram, laid out in process by the Graphviz library
            png   the same as a bitmap
            graphml  for networkx (read_graphml), Gephi and yEd, every attribute typed
            gexf     for Gephi, with each edge's first and last evidence date
            csv      two tables for spreadsheets and pandas: -o names a folder, which
                     gets nodes.csv and edges.csv

            --engine picks the layout (default: neato; sfdp past 150 actors). Example:
              graph export --format svg --engine fdp -o network.svg
            """
    )

    @Option(name: .long, help: ArgumentHelp("The output format.", valueName: "format"))
    var format: OutputFormat

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The file to write (default: standard output); for csv, the folder.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(
        "The Graphviz layout for svg and png (default: neato, sfdp past 150 actors).", valueName: "engine"))
    var engine: LayoutEngine?

    @Option(name: .long, help: ArgumentHelp("The network file to read.", valueName: "file"))
    var graph: String = "Graphs/network.json"

    func run() throws {
        let network = try NetworkJSON.read(from: URL(fileURLWithPath: graph))
        let bytes: Data
        switch format {
        case .json:
            bytes = Data(NetworkJSON.encode(network).utf8)
        case .dot:
            bytes = Data(DOTWriter().write(network).utf8)
        case .svg, .png:
            let dot = DOTWriter().write(network)
            let layout = engine ?? LayoutEngine(rawValue: DOTWriter.recommendedEngine(for: network)) ?? .neato
            bytes = Data(try GraphvizRenderer().render(dot: dot, engine: layout, format: format == .svg ? .svg : .png))
        case .graphml:
            bytes = Data(GraphMLWriter().write(network).utf8)
        case .gexf:
            bytes = Data(GEXFWriter().write(network).utf8)
        case .csv:
            try writeTables(CSVWriter().write(network))
            return
        }
        if let output {
            try AtomicFile.write(bytes, to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(bytes)
        }
    }

    /// CSV is two files, so `-o` names the folder that receives them.
    private func writeTables(_ tables: CSVWriter.Tables) throws {
        guard let output else {
            throw ValidationError("csv writes two files, nodes.csv and edges.csv: name their folder with -o DIR")
        }
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        try AtomicFile.write(tables.nodes, to: folder.appendingPathComponent(CSVWriter.nodesFileName))
        try AtomicFile.write(tables.edges, to: folder.appendingPathComponent(CSVWriter.edgesFileName))
    }
}
