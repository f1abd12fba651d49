import ActorGraphCore
import ArgumentParser

extension CentralityMeasure: ExpressibleByArgument {}

struct Centrality: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank the nodes by a centrality measure.",
        discussion: """
            Measures follow networkx's definitions and defaults, on the undirected graph of all edges (a \
            pair's relation and membership weights added):

              degree       the number of neighbours
              strength     the sum of edge weights
              betweenness  normalized; with --weighted, path length 1/weight
              closeness    Wasserman-Faust on disconnected graphs; --weighted as above
              eigenvector  --weighted uses the weights
              pagerank     alpha 0.85, always weighted by edge weight
              triangles    the triangles through a node
              clustering   local clustering; --weighted: networkx's geometric mean

            The table's columns are degree, strength, betweenness, closeness, eigenvector, PageRank, \
            triangles and clustering; above it come the whole network's density, transitivity, average clustering, \
            connected components and the diameter of the largest.

            Example: graph centrality --by betweenness --top 10 --weighted
            """
    )

    @Option(name: .long, help: ArgumentHelp("The measure to sort by.", valueName: "measure"))
    var by: CentralityMeasure = .pagerank

    @Option(name: .long, help: ArgumentHelp("Show only the first N nodes.", valueName: "n"))
    var top: Int?

    @Flag(name: .long, help: ArgumentHelp(
        "Weigh ties by their sentence count: paths take 1/weight as length (betweenness, closeness); "
            + "eigenvector and clustering use the weights (networkx's weight= definitions)."))
    var weighted = false

    @OptionGroup var options: QueryOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top takes a positive number") }
    }

    func run() throws {
        let network = try options.loadNetwork()
        var rows = try centrality(of: network, weighted: weighted).sorted { ($1[by], $0.id) < ($0[by], $1.id) }
        if let top { rows = Array(rows.prefix(top)) }
        let whole = graphMeasures(of: network)
        if options.json {
            options.printJSON(.object([
                ("graph", AnalysisJSON.value(of: whole)), ("nodes", .array(rows.map(AnalysisJSON.value(of:)))),
            ]))
            return
        }
        let largest = whole.components.first?.count ?? 0
        print("""
            \(whole.nodes) nodes, \(whole.edges) ties; density \(Format.number(whole.density))
            transitivity \(Format.number(whole.transitivity)), average clustering \(Format.number(whole.averageClustering))
            \(whole.components.count) component\(whole.components.count == 1 ? "" : "s") (largest \(largest) nodes, \
            diameter \(whole.diameter))\(weighted ? "; weighted measures" : "")

            """)
        var table = Table(
            headers: ["node", "deg", "strength", "betw", "close", "eigen", "pagerank", "tri", "clust"],
            alignments: [.left] + Array(repeating: .right, count: 8))
        for row in rows {
            table.rows.append([
                network.node(id: row.id)?.label ?? row.id, String(row.degree), Format.number(row.strength, digits: 0),
                Format.number(row.betweenness), Format.number(row.closeness), Format.number(row.eigenvector),
                Format.number(row.pagerank), String(row.triangles), Format.number(row.clustering, digits: 3),
            ])
        }
        print(table.render())
    }
}
