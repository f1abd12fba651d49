import ActorGraphCommands
import ActorGraphCore
import ArgumentParser

extension CentralityMeasure: ExpressibleByArgument {}

struct Centrality: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank the nodes by a centrality measure.",
        discussion: """
            Measures follow networkx's definitions and defaults, on the undirected graph of all edges (a \
            pair's relation and membership weights added); eigenvector and PageRank are iterated to a tolerance \
            of 1e-12 instead of networkx's 1e-6, which stops about 1e-6 short:

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

            A measure that cannot be computed for the network (an eigenvector iteration that does not converge) \
            is shown as — (null in --json, with the reason under "failures") and named in a warning; the other \
            columns are still given. Ranking by that measure with --by is an error.

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

    @Flag(name: .long, help: ArgumentHelp(
        "Show the signed measures instead: cooperative and hostile degree, Everett and Borgatti's PN index "
            + "(signnet's pn_index) and each actor's signed triangles; sorted by PN."))
    var signed = false

    @OptionGroup var options: QueryOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top takes a positive number") }
    }

    func run() throws {
        let network = try options.loadNetwork()
        if signed { return try runSigned(network) }
        let progress = Progress.onTerminal(label: "centrality")
        let (table, whole) = centralityAndGraphMeasures(of: network, weighted: weighted, progress: progress?.report)
        progress?.finish()
        if let failure = table.failures.first(where: { $0.measure == by.rawValue }) {
            throw UnrankableMeasure(failure: failure)
        }
        Console.warn(table.failures)
        var rows = table.rows.sorted { ($1[by] ?? 0, $0.id) < ($0[by] ?? 0, $1.id) }
        if let top { rows = Array(rows.prefix(top)) }
        if options.json {
            options.printJSON(.object([
                ("graph", AnalysisJSON.value(of: whole)), ("nodes", .array(rows.map(AnalysisJSON.value(of:)))),
                ("failures", AnalysisJSON.value(of: table.failures)),
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
        var lines = Table(
            headers: ["node", "deg", "strength", "betw", "close", "eigen", "pagerank", "tri", "clust"],
            alignments: [.left] + Array(repeating: .right, count: 8))
        for row in rows {
            lines.rows.append([
                network.node(id: row.id)?.label ?? row.id, String(row.degree), Format.number(row.strength, digits: 0),
                Format.number(row.betweenness), Format.number(row.closeness), Format.number(row.eigenvector),
                Format.number(row.pagerank), String(row.triangles), Format.number(row.clustering, digits: 3),
            ])
        }
        print(lines.render())
    }

    /// `--by` names a measure that could not be computed: there is no order to give.
    struct UnrankableMeasure: Error, CustomStringConvertible {
        var failure: MeasureFailure
        var description: String {
            "cannot rank by \(failure.measure): \(failure.reason); choose another measure with --by"
        }
    }

    /// The signed measures of every actor, highest PN index first (ties by id).
    private func runSigned(_ network: Network) throws {
        let graph = SignedGraph(network: network)
        let (positive, negative) = (graph.positiveDegrees(), graph.negativeDegrees())
        let pn = try graph.pnIndex()
        let census = graph.triangleCensusByNode()
        var order = graph.ids.indices.sorted { (pn[$1], graph.ids[$0]) < (pn[$0], graph.ids[$1]) }
        if let top { order = Array(order.prefix(top)) }
        if options.json {
            options.printJSON(.object([("nodes", .array(order.map { vertex in
                .object([
                    ("id", .string(graph.ids[vertex])),
                    ("positive_degree", .int(positive[vertex])),
                    ("negative_degree", .int(negative[vertex])),
                    ("pn", .double(pn[vertex])),
                    ("triangles", .object(TriangleCensus.patterns.map { ($0, .int(census[vertex][$0] ?? 0)) })),
                ])
            }))]))
            return
        }
        var table = Table(
            headers: ["node", "+deg", "-deg", "PN"] + TriangleCensus.patterns,
            alignments: [.left] + Array(repeating: .right, count: 7))
        for vertex in order {
            table.rows.append([
                network.node(id: graph.ids[vertex])?.label ?? graph.ids[vertex], String(positive[vertex]),
                String(negative[vertex]), Format.number(pn[vertex]),
            ] + TriangleCensus.patterns.map { String(census[vertex][$0] ?? 0) })
        }
        print("Signed measures over the cooperative and hostile ties (neutral ties take no part):\n")
        print(table.render())
    }
}
