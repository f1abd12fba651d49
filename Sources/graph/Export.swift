import ActorGraphCore
import ActorGraphExtraction
import ArgumentParser
import Foundation
import GraphvizRender

extension LayoutEngine: ExpressibleByArgument {}
extension NetworkFilter.Sign: ExpressibleByArgument {}

/// `--kinds country,grouping`: node kinds, comma-separated.
struct KindList: ExpressibleByArgument {
    var kinds: [NodeKind]

    init?(argument: String) {
        let parts = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let kinds = parts.compactMap(NodeKind.init(rawValue:))
        guard !kinds.isEmpty, kinds.count == parts.count else { return nil }
        self.kinds = kinds
    }

    static var allValueStrings: [String] { NodeKind.allCases.map(\.rawValue) }
}

struct Export: ParsableCommand {
    enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
        case json, dot, svg, png, graphml, gexf, csv
    }

    static let configuration = CommandConfiguration(
        abstract: "Write the network in another format.",
        discussion: """
            json  the network file itself (actor-graph/2)
            dot   Graphviz DOT: green cooperative, red dashed hostile, grey neutral
            svg   the diagram, laid out in process by the Graphviz library
            png   the same as a bitmap
            graphml  for networkx (read_graphml), Gephi and yEd, every attribute typed
            gexf     for Gephi, with each edge's first and last evidence date
            csv      two tables for spreadsheets and pandas: -o names a folder, which
                     gets nodes.csv and edges.csv

            --layout geo draws svg, png or dot as a map: each country at its capital, each grouping at the \
            mean of its members' capitals, people beside their country, over the land (equirectangular; \
            the frame fits the actors drawn, so --ego India gives a map of Asia). The dot keeps the \
            positions: draw it with neato -n.

            --engine picks the layout (default: neato; sfdp past 150 actors; dot with --clusters). fdp \
            also draws clusters, but the Graphviz 2.43 shipped by Debian lays them out differently on \
            every run (and has crashed doing so), so it is not the default.

            --fold people counts each person as the country they act for, before any filter (see graph \
            neighbors --help); --format json then writes the folded network, which --graph reads back.

            Filters pick the part of the network to draw or write. They apply in this order, each to \
            what the one before left: --kinds, --sign or --hide-neutral, --min-weight, --ego/--depth, \
            --top/--by; then an actor stays when it keeps an edge (or is the --ego). Membership edges have \
            no sign, so --sign drops them (--hide-neutral keeps them); under --min-weight a membership stays \
            when both its ends keep a relation. --top \
            ranks by the whole network's centrality. --ego takes any name queries take (India, IND, \
            New Delhi, Putin). Node size shows PageRank; past 60 actors only the 60 most central are named.

            Examples:
              graph export --format svg --fold people --hide-neutral --min-weight 2 -o overview.svg
              graph export --format png --ego India --depth 1 -o india.png
              graph export --format svg --sign negative --min-weight 2 -o hostile.svg
              graph export --format svg --kinds country,grouping --clusters -o blocs.svg
              graph export --format png --top 12 --by betweenness -o brokers.png
              graph export --format svg --layout geo -o map.svg
              graph export --format png --layout geo --kinds country,grouping -o map.png
            """
    )

    @Option(name: .long, help: ArgumentHelp("The output format.", valueName: "format"))
    var format: OutputFormat

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The file to write (default, or -: standard output); for csv, the folder.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(
        "The Graphviz layout for svg and png (default: neato; sfdp past 150 actors; dot with --clusters).",
        valueName: "engine"))
    var engine: LayoutEngine?

    @Option(name: .long, help: ArgumentHelp(
        "Where svg, png and dot put the actors: by their ties (force) or on a map (geo).", valueName: "layout"))
    var layout: DiagramLayout = .force

    @OptionGroup var input: NetworkOptions

    @Option(name: .long, help: ArgumentHelp(
        "Keep relations named in at least this many sentences.", valueName: "n"))
    var minWeight: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Keep only these kinds of actor, comma-separated (e.g. country,grouping).",
        valueName: "kinds"))
    var kinds: KindList?

    @Option(name: .long, help: ArgumentHelp(
        "Keep only cooperative (positive), hostile (negative) or neutral relations.", valueName: "sign"))
    var sign: NetworkFilter.Sign?

    @Flag(name: .long, help: "Leave out the relations without a net stance (actors only named together); memberships stay.")
    var hideNeutral = false

    @Option(name: .long, help: ArgumentHelp("Keep the n most central actors (see --by).", valueName: "n"))
    var top: Int?

    @Option(name: .long, help: ArgumentHelp("The centrality --top ranks by.", valueName: "measure"))
    var by: CentralityMeasure = .pagerank

    @Option(name: .long, help: ArgumentHelp(
        "Keep this actor and its neighbourhood (a name, code, capital or surname).", valueName: "name"))
    var ego: String?

    @Option(name: .long, help: ArgumentHelp("How many steps from --ego to keep.", valueName: "k"))
    var depth: Int = 1

    @Flag(name: .long, help: "Draw each grouping as a box around its members (laid out with dot, or fdp).")
    var clusters = false

    func validate() throws {
        if let minWeight, minWeight < 1 { throw ValidationError("--min-weight must be 1 or more, not \(minWeight)") }
        if let top, top < 1 { throw ValidationError("--top must be 1 or more, not \(top)") }
        if depth < 0 { throw ValidationError("--depth must be 0 or more, not \(depth)") }
        if layout == .geo {
            guard [.svg, .png, .dot].contains(format) else {
                throw ValidationError("--layout geo draws a picture: use it with --format svg, png or dot, not \(format)")
            }
            if let engine { throw ValidationError("--layout geo places the actors itself: leave out --engine \(engine)") }
            if clusters { throw ValidationError("--clusters draws boxes around members, which a map cannot keep together: leave out one of --clusters and --layout geo") }
        }
    }

    func run() throws {
        let whole = try input.load()
        let filter = try networkFilter(for: whole)
        let network = try filter.apply(to: whole)
        let bytes: Data
        switch format {
        case .json:
            bytes = NetworkJSON.encodedData(network)
        case .dot:
            bytes = Data(try diagram(of: network, whole: whole, filter: filter).dot.utf8)
        case .svg, .png:
            bytes = Data(try diagram(of: network, whole: whole, filter: filter).render(format == .svg ? .svg : .png))
        case .graphml:
            bytes = Data(GraphMLWriter().write(network).utf8)
        case .gexf:
            bytes = Data(GEXFWriter().write(network).utf8)
        case .csv:
            try writeTables(CSVWriter().write(network))
            return
        }
        if let output, output != "-" {
            try AtomicFile.write(bytes, to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(bytes)
        }
    }

    /// The filter the options describe, with `--ego` resolved the way queries resolve names.
    private func networkFilter(for network: Network) throws -> NetworkFilter {
        let egoID = try ego.map { name in try input.resolver(for: network, resolving: [name]).resolve(name).id }
        return NetworkFilter(
            minWeight: minWeight, kinds: kinds.map { Set($0.kinds) }, sign: sign, hidesNeutral: hideNeutral, top: top,
            measure: by, ego: egoID, depth: depth)
    }

    /// The diagram, titled like `graph build`'s (``Diagram/part(of:whole:filter:folded:title:clusters:engine:)``).
    private func diagram(of network: Network, whole: Network, filter: NetworkFilter) throws -> Diagram {
        try Diagram.part(
            of: network, whole: whole, filter: filter, folded: input.fold != nil,
            title: DiagramTitle.text(for: whole), clusters: clusters,
            atlas: layout == .geo ? try Gazetteer.load().atlas() : nil, engine: engine)
    }

    /// CSV is two files, so `-o` names the folder that receives them.
    private func writeTables(_ tables: CSVWriter.Tables) throws {
        guard let output, output != "-" else {
            throw ValidationError("csv writes two files, nodes.csv and edges.csv: name their folder with -o DIR")
        }
        try OutputFolder(URL(fileURLWithPath: output, isDirectory: true)).replace(with: [
            CSVWriter.nodesFileName: Data(tables.nodes.utf8), CSVWriter.edgesFileName: Data(tables.edges.utf8),
        ])
    }
}
