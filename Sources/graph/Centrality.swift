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
              betweenness  normalized, unweighted
              closeness    unweighted; Wasserman-Faust on disconnected graphs
              eigenvector  unweighted
              pagerank     alpha 0.85, weighted by edge weight
              triangles    the triangles through a node
              clustering   unweighted local clustering

            Example: graph centrality --by betweenness --top 10
            """
    )

    @Option(name: .long, help: ArgumentHelp("The measure to sort by.", valueName: "measure"))
    var by: CentralityMeasure = .pagerank

    @Option(name: .long, help: ArgumentHelp("Show only the first N nodes.", valueName: "n"))
    var top: Int?

    @OptionGroup var options: QueryOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top takes a positive number") }
    }

    func run() throws {
        let network = try options.loadNetwork()
        var rows = try centrality(of: network).sorted { ($1[by], $0.id) < ($0[by], $1.id) }
        if let top { rows = Array(rows.prefix(top)) }
        if options.json {
            options.printJSON(.object([("nodes", .array(rows.map(Self.json)))]))
            return
        }
        var table = Table(
            headers: ["node", "deg", "strength", "betweenness", "closeness", "eigenvector", "pagerank", "tri", "clust"],
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

    static func json(_ row: NodeCentrality) -> JSONValue {
        .object([
            ("id", .string(row.id)),
            ("degree", .int(row.degree)),
            ("strength", .double(row.strength)),
            ("betweenness", .double(row.betweenness)),
            ("closeness", .double(row.closeness)),
            ("eigenvector", .double(row.eigenvector)),
            ("pagerank", .double(row.pagerank)),
            ("triangles", .int(row.triangles)),
            ("clustering", .double(row.clustering)),
        ])
    }
}
