import ActorGraphCore
import Foundation
import Testing

/// Modularity against hand-worked values and against networkx's `community.modularity`.
@Suite struct ModularityTests {
    @Test func twoTrianglesJoinedByOneEdge() throws {
        let graph = AnalysisFixture.graph("ABCDEF", ["AB", "BC", "AC", "DE", "EF", "DF", "CD"])
        // m = 7; each triangle holds 3 edges and degree 7: 2 · (3/7 − (7/14)²) = 5/14.
        let q = try #require(try graph.modularity(of: [[0, 1, 2], [3, 4, 5]]))
        #expect(abs(q - 5.0 / 14.0) < 1e-15)
        // One community holding everything: 7/7 − 1² = 0.
        #expect(try graph.modularity(of: [[0, 1, 2, 3, 4, 5]]) == 0)
        // Resolution 0 leaves only the inner share: 6/7.
        let inner = try #require(try graph.modularity(of: [[0, 1, 2], [3, 4, 5]], resolution: 0))
        #expect(abs(inner - 6.0 / 7.0) < 1e-15)
    }

    @Test func karateClubFactionsMatchNetworkx() throws {
        // Zachary's observed split (networkx's "club" attribute, "Mr. Hi" = these 17 members):
        // networkx 3.6.1 gives 0.3582347140039448 for it.
        let hi = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21]
        let officer = (0..<34).filter { !hi.contains($0) }
        let q = try #require(try KarateClub.graph.modularity(of: [hi, officer]))
        #expect(abs(q - 0.3582347140039448) < 1e-12)
    }

    @Test func rejectsSetsThatAreNotAPartition() {
        let graph = AnalysisFixture.graph("ABC", ["AB", "BC"])
        #expect(throws: CommunityError.notAPartition(vertex: 2, vertexCount: 3)) {
            try graph.modularity(of: [[0, 1]])
        }
        #expect(throws: CommunityError.notAPartition(vertex: 1, vertexCount: 3)) {
            try graph.modularity(of: [[0, 1], [1, 2]])
        }
        #expect(throws: CommunityError.notAPartition(vertex: 3, vertexCount: 3)) {
            try graph.modularity(of: [[0, 1, 2, 3]])
        }
    }

    @Test func isUndefinedWithoutEdges() throws {
        let graph = AnalysisFixture.graph("ABC", [])
        #expect(try graph.modularity(of: [[0], [1], [2]]) == nil)
    }

    /// Random signed networks (relation weights 1–5, random signs, some membership edges) with random
    /// partitions: our modularity on `positiveGraph` must equal networkx's on the positive graph that
    /// the Python side builds itself from the raw edges, by the rule `SignedGraph` documents.
    @Test(.enabled(if: NetworkxCrossCheckTests.networkxAvailable, "needs python3 with networkx"))
    func randomPartitionsMatchNetworkx() throws {
        var random = SplitMix64(seed: 0xC0_33_0D17)
        var cases = [ModularityCase]()
        for (n, p) in [(12, 0.4), (40, 0.15), (120, 0.05), (60, 0.02)] {
            let network = randomSignedNetwork(n, p, using: &random)
            let positive = SignedGraph(network: network).positiveGraph
            for parts in [1, 2, 3, 7, n] {
                var communities = Array(repeating: [Int](), count: parts)
                for v in 0..<positive.vertexCount { communities[Int.random(in: 0..<parts, using: &random)].append(v) }
                communities.removeAll { $0.isEmpty }
                guard let ours = try positive.modularity(of: communities) else { continue }
                cases.append(
                    ModularityCase(
                        nodes: network.nodes.map(\.id),
                        edges: network.edges.map { .init(source: $0.source, target: $0.target,
                                                          kind: $0.kind.rawValue, weight: $0.weight, sign: $0.sign) },
                        communities: communities.map { $0.map { positive.ids[$0] } }, modularity: ours))
            }
        }
        // Our Louvain result on the karate club, checked the same way.
        let karate = KarateClub.graph
        let louvain = karate.louvainCommunities()
        cases.append(
            ModularityCase(
                nodes: karate.ids,
                edges: KarateClub.edges.map {
                    .init(source: KarateClub.id($0.0), target: KarateClub.id($0.1), kind: "relation", weight: 1, sign: 1)
                },
                communities: louvain.map { $0.map { karate.ids[$0] } },
                modularity: try #require(try karate.modularity(of: louvain))))
        #expect(cases.count > 15)
        let result = try runModularityOracle(cases)
        #expect(result.status == 0, Comment(rawValue: result.output))
    }
}

/// One partition of one network, with our modularity, for the Python oracle.
struct ModularityCase: Encodable {
    struct RawEdge: Encodable {
        let source: String
        let target: String
        let kind: String
        let weight: Int
        let sign: Int
    }
    let nodes: [String]
    let edges: [RawEdge]
    let communities: [[String]]
    let modularity: Double
}

/// Writes the cases to a temporary file and runs networkx on them; the script exits 1 on any
/// difference above 1e-12 and prints the largest difference.
func runModularityOracle(_ cases: [ModularityCase]) throws -> (status: Int32, output: String) {
    let file = FileManager.default.temporaryDirectory
        .appendingPathComponent("actorgraph-modularity-\(UUID().uuidString).json")
    try JSONEncoder().encode(cases).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let script = """
        import json, sys
        import networkx as nx
        worst, bad = 0.0, []
        for i, case in enumerate(json.load(open(sys.argv[1]))):
            sign, weight = {}, {}
            for e in case["edges"]:
                key = (e["source"], e["target"])
                weight[key] = weight.get(key, 0) + e["weight"]
                if e["kind"] == "relation":
                    sign[key] = e["sign"]
                elif key not in sign:
                    sign[key] = 1
            G = nx.Graph()
            G.add_nodes_from(case["nodes"])
            G.add_weighted_edges_from((a, b, weight[(a, b)]) for (a, b), s in sign.items() if s > 0)
            theirs = nx.community.modularity(G, [set(c) for c in case["communities"]], weight="weight")
            worst = max(worst, abs(theirs - case["modularity"]))
            if abs(theirs - case["modularity"]) > 1e-12:
                bad.append(f"case {i}: ActorGraph {case['modularity']!r}, networkx {theirs!r}")
        print(f"networkx {nx.__version__}: max |difference| {worst:.3e}")
        print("\\n".join(bad))
        sys.exit(1 if bad else 0)
        """
    let result = try NetworkxCrossCheckTests.run(["python3", "-c", script, file.path])
    print(result.output)
    return result
}

/// G(n, p) as a network: relation edges of weight 1–5 and sign −1, 0 or 1, and a membership edge
/// on about a fifth of the pairs (alone, or beside the relation).
func randomSignedNetwork(_ n: Int, _ p: Double, using random: inout SplitMix64) -> Network {
    let ids = (0..<n).map { "v" + String(1000 + $0).dropFirst() }
    var edges = [Edge]()
    for i in 0..<n {
        for j in (i + 1)..<n where Double.random(in: 0..<1, using: &random) < p {
            let roll = Double.random(in: 0..<1, using: &random)
            if roll >= 0.1 {
                edges.append(
                    Edge(source: ids[i], target: ids[j], kind: .relation,
                         weight: Int.random(in: 1...5, using: &random), sign: Int.random(in: -1...1, using: &random)))
            }
            if roll < 0.2 { edges.append(Edge(source: ids[i], target: ids[j], kind: .membership, weight: 1)) }
        }
    }
    return Network(
        corpus: .init(documents: 0, sentences: 0), nodes: ids.map { Node(id: $0, label: $0, kind: .country) },
        edges: edges)
}
