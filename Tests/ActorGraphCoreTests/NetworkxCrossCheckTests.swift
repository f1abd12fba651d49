import ActorGraphCore
import Foundation
import Testing

/// Compares every centrality measure (unweighted and weighted), the whole-graph measures and
/// shortest paths with networkx on random graphs of several shapes.
///
/// The graphs are generated here from a fixed seed, built as `Network`s (relation edges with
/// weights 1–5 and random signs, some pairs with an extra membership edge), measured, and written
/// with the raw edge list to a temporary JSON file; `Tests/Oracles/networkx_crosscheck.py`
/// recomputes everything with networkx's defaults (the two power iterations converged to 1e-12, as
/// ours are) and exits non-zero if any value differs by more than 1e-9, a component differs, or a
/// path is not the expected shortest one.
@Suite struct NetworkxCrossCheckTests {
    /// The oracle needs `python3` with networkx importable; without them the test is skipped.
    static let networkxAvailable: Bool = {
        (try? run(["python3", "-c", "import networkx"]))?.status == 0
    }()

    @Test(.enabled(if: networkxAvailable, "needs python3 with networkx (pip install networkx)"))
    func everyMeasureMatchesNetworkx() throws {
        var random = SplitMix64(seed: 0x5EED_ACE0)
        let graphs: [(name: String, network: Network)] = [
            ("erdos-renyi-10", RandomNetwork.erdosRenyi(10, 0.3, weighted: false, using: &random)),
            ("erdos-renyi-50", RandomNetwork.erdosRenyi(50, 0.08, weighted: false, using: &random)),
            ("erdos-renyi-200-weighted", RandomNetwork.erdosRenyi(200, 0.02, weighted: true, using: &random)),
            ("erdos-renyi-100-sparse", RandomNetwork.erdosRenyi(100, 0.015, weighted: true, using: &random)),
            (
                "erdos-renyi-80-dense-memberships",
                RandomNetwork.erdosRenyi(80, 0.3, weighted: true, memberships: 0.2, using: &random)
            ),
            ("barabasi-albert-30", RandomNetwork.barabasiAlbert(30, 2, weighted: false, using: &random)),
            ("barabasi-albert-120-weighted", RandomNetwork.barabasiAlbert(120, 3, weighted: true, using: &random)),
            (
                "barabasi-albert-200-memberships",
                RandomNetwork.barabasiAlbert(200, 2, weighted: true, memberships: 0.2, using: &random)
            ),
            ("union-with-isolated", RandomNetwork.disconnectedUnion(using: &random)),
        ]
        let report = CrossCheckReport(
            graphs: try graphs.map { try CrossCheckReport.Graph(name: $0.name, network: $0.network) })

        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("actorgraph-crosscheck-\(UUID().uuidString).json")
        try JSONEncoder().encode(report).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let script = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Oracles/networkx_crosscheck.py")
        let result = try Self.run(["python3", script.path, file.path])
        print(result.output)
        #expect(result.status == 0, Comment(rawValue: result.output))
    }

    /// Runs a command found on PATH and returns its exit status and combined output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// What the oracle reads: each graph's nodes (in our vertex order), its raw edges, and our values.
private struct CrossCheckReport: Encodable {
    struct Graph: Encodable {
        struct WeightedEdge: Encodable {
            let source: String
            let target: String
            let weight: Int
        }

        /// Our values; the eigenvector ones and `pagerank` are absent when the iteration threw. The
        /// property names are the oracle's JSON keys.
        struct Measures: Encodable {
            let degree: [Int]
            let strength: [Double]
            let betweenness: [Double]
            let closeness: [Double]
            let eigenvector: [Double]?
            let pagerank: [Double]?
            let triangles: [Int]
            let clustering: [Double]
            let betweenness_weighted: [Double]
            let closeness_weighted: [Double]
            let eigenvector_weighted: [Double]?
            let clustering_weighted: [Double]
        }

        struct WholeGraph: Encodable {
            let density: Double
            let transitivity: Double
            let average_clustering: Double
            let components: [[String]]
            let diameter: Int
        }

        /// Shortest paths between two nodes; nil where none joins them.
        struct Path: Encodable {
            let source: String
            let target: String
            let unweighted: [String]?
            let weighted: [String]?
        }

        let name: String
        let nodes: [String]
        let edges: [WeightedEdge]
        let measures: Measures
        let graph: WholeGraph
        let paths: [Path]

        init(name: String, network: Network) throws {
            let graph = AnalysisGraph(network: network)
            self.name = name
            self.nodes = graph.ids
            self.edges = network.edges.map { WeightedEdge(source: $0.source, target: $0.target, weight: $0.weight) }
            self.measures = Measures(
                degree: graph.degrees(), strength: graph.strengths(), betweenness: graph.betweenness(),
                closeness: graph.closeness(), eigenvector: try? graph.eigenvectorCentrality(),
                pagerank: try? graph.pageRank(), triangles: graph.triangleCounts(), clustering: graph.clustering(),
                betweenness_weighted: graph.betweenness(weighted: true),
                closeness_weighted: graph.closeness(weighted: true),
                eigenvector_weighted: try? graph.eigenvectorCentrality(weighted: true),
                clustering_weighted: graph.clustering(weighted: true))
            let whole = graph.graphMeasures()
            self.graph = WholeGraph(
                density: whole.density, transitivity: whole.transitivity,
                average_clustering: whole.averageClustering, components: whole.components, diameter: whole.diameter)
            // 40 pairs from a generator of their own, so adding pairs never changes the graphs.
            var random = SplitMix64(seed: 0x9A7B)
            let n = graph.vertexCount
            self.paths = (0..<40).map { _ in
                let s = Int.random(in: 0..<n, using: &random)
                let t = Int.random(in: 0..<n, using: &random)
                return Path(
                    source: graph.ids[s], target: graph.ids[t],
                    unweighted: graph.shortestPath(from: s, to: t)?.map { graph.ids[$0] },
                    weighted: graph.shortestPath(from: s, to: t, weighted: true)?.map { graph.ids[$0] })
            }
        }
    }

    let graphs: [Graph]
}

/// Seeded random networks. Vertex ids are shuffled so that sorted order is not generation order.
private enum RandomNetwork {
    /// G(n, p): each pair tied independently with probability p.
    static func erdosRenyi(
        _ n: Int, _ p: Double, weighted: Bool, memberships: Double = 0, using random: inout SplitMix64
    ) -> Network {
        var pairs = [(Int, Int)]()
        for i in 0..<n {
            for j in (i + 1)..<n where Double.random(in: 0..<1, using: &random) < p {
                pairs.append((i, j))
            }
        }
        return network(n, pairs, weighted: weighted, memberships: memberships, using: &random)
    }

    /// Preferential attachment: each new vertex ties to m distinct earlier ones, chosen in
    /// proportion to their degree (a path on the first m vertices seeds the process).
    static func barabasiAlbert(
        _ n: Int, _ m: Int, weighted: Bool, memberships: Double = 0, using random: inout SplitMix64
    ) -> Network {
        network(n, attachmentPairs(n, m, using: &random), weighted: weighted, memberships: memberships, using: &random)
    }

    /// An Erdős–Rényi part, a Barabási–Albert part, a path, and six isolated vertices, weighted.
    static func disconnectedUnion(using random: inout SplitMix64) -> Network {
        var pairs = [(Int, Int)]()
        for i in 0..<25 {
            for j in (i + 1)..<25 where Double.random(in: 0..<1, using: &random) < 0.15 { pairs.append((i, j)) }
        }
        pairs += attachmentPairs(40, 2, using: &random).map { ($0.0 + 25, $0.1 + 25) }
        pairs += (65..<72).map { ($0, $0 + 1) }
        return network(78, pairs, weighted: true, memberships: 0.1, using: &random)
    }

    private static func attachmentPairs(_ n: Int, _ m: Int, using random: inout SplitMix64) -> [(Int, Int)] {
        var pairs = (1..<m).map { ($0 - 1, $0) }
        var ends = pairs.flatMap { [$0.0, $0.1] }
        for v in m..<n {
            var targets = Set<Int>()
            while targets.count < min(m, v) {
                targets.insert(
                    ends.isEmpty ? Int.random(in: 0..<v, using: &random) : ends.randomElement(using: &random)!)
            }
            for t in targets.sorted() {
                pairs.append((t, v))
                ends += [t, v]
            }
        }
        return pairs
    }

    /// Relation edges (weight 1, or 1–5 when `weighted`; random sign) on the pairs, plus a
    /// membership edge on a `memberships` share of them, so those pairs' weights add up.
    private static func network(
        _ n: Int, _ pairs: [(Int, Int)], weighted: Bool, memberships: Double, using random: inout SplitMix64
    ) -> Network {
        let ids = (0..<n).shuffled(using: &random).map { "v" + String(1000 + $0).dropFirst() }
        var edges = [Edge]()
        for (i, j) in pairs {
            let (a, b) = (min(ids[i], ids[j]), max(ids[i], ids[j]))
            let weight = weighted ? Int.random(in: 1...5, using: &random) : 1
            edges.append(
                Edge(
                    source: a, target: b, kind: .relation, weight: weight, sign: Int.random(in: -1...1, using: &random))
            )
            if Double.random(in: 0..<1, using: &random) < memberships {
                edges.append(Edge(source: a, target: b, kind: .membership, weight: 1))
            }
        }
        let nodes = ids.map { Node(id: $0, label: $0, kind: .country) }
        return Network(corpus: .init(documents: 0, sentences: 0), nodes: nodes, edges: edges)
    }
}

/// Sebastiano Vigna's SplitMix64: a tiny, seedable generator, so the graphs are the same every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
