import ActorGraphCore
import Testing

/// The weighted forms of betweenness, closeness, eigenvector centrality and clustering, on small
/// graphs whose networkx values (`weight="distance"` with distance = 1 / weight, or
/// `weight="weight"`) were printed with networkx 3.6.1.
@Suite struct WeightedCentralityTests {
    /// A square A–B–D–C–A whose C side is heavier (A–C, C–D weigh 2; A–B, B–D weigh 1), so the
    /// A–D shortest path runs through C (length 1/2 + 1/2 < 1 + 1), and a tail D–E of weight 3.
    static let square = AnalysisGraph(
        ids: ["A", "B", "C", "D", "E"],
        edges: [("A", "B", 1), ("B", "D", 1), ("A", "C", 2), ("C", "D", 2), ("D", "E", 3)])

    @Test func betweennessFollowsTheHeavierSide() {
        let values = Self.square.betweenness(weighted: true)
        #expect(maxAbsDifference(values, [1.0 / 12, 0, 1.0 / 3, 7.0 / 12, 0]) < 1e-15)
        // Unweighted, the two sides of the square tie and share the A–D paths.
        #expect(Self.square.betweenness()[1] == Self.square.betweenness()[2])
    }

    @Test func closenessUsesReciprocalWeights() {
        let values = Self.square.closeness(weighted: true)
        let networkx = [
            1.0434782608695652, 0.8275862068965518, 1.2000000000000002, 1.411764705882353, 1.0434782608695652,
        ]
        #expect(maxAbsDifference(values, networkx) < 1e-15)
    }

    @Test func eigenvectorWeighsNeighbours() throws {
        let values = try Self.square.eigenvectorCentrality(weighted: true)
        // Converged: networkx's `eigenvector_centrality(G, weight="weight", tol=1e-12)`
        // (Tests/Oracles/converged_references.py), within 5e-13 of numpy's `eigh`.
        let networkx = [
            0.2876783222533461, 0.2317681400261121, 0.4635362800522242, 0.6459420894369516, 0.4810588803291208,
        ]
        #expect(maxAbsDifference(values, networkx) < 1e-13)
        // Unweighted, B and C are symmetric.
        let plain = try Self.square.eigenvectorCentrality()
        #expect(abs(plain[1] - plain[2]) < 1e-15)
    }

    @Test func clusteringTakesTheGeometricMeanOfNormalisedWeights() {
        // Triangle A–B (1), B–C (2), A–C (4), pendant C–D (8): each weight over 8, and
        // (1/8 · 2/8 · 4/8)^(1/3) = 1/4; C has three neighbour pairs, so 2 · 1/4 / 6.
        let graph = AnalysisGraph(
            ids: ["A", "B", "C", "D"], edges: [("A", "B", 1), ("B", "C", 2), ("A", "C", 4), ("C", "D", 8)])
        #expect(maxAbsDifference(graph.clustering(weighted: true), [0.25, 0.25, 1.0 / 12, 0]) < 1e-15)
        // With equal weights the weighted form is the unweighted one.
        #expect(KarateClub.graph.clustering(weighted: true) == KarateClub.graph.clustering())
    }

    @Test func weightedFormsAgreeWithUnweightedOnUnitWeights() throws {
        let karate = KarateClub.graph
        #expect(maxAbsDifference(karate.betweenness(weighted: true), karate.betweenness()) < 1e-15)
        #expect(maxAbsDifference(karate.closeness(weighted: true), karate.closeness()) < 1e-15)
        #expect(try karate.eigenvectorCentrality(weighted: true) == karate.eigenvectorCentrality())
    }

    @Test func weightedTableChangesOnlyTheWeightedMeasures() throws {
        let network = AnalysisFixture.network(
            ids: ["A", "B", "C", "D", "E"],
            relations: [
                ("A", "B", weight: 1, sign: 1), ("B", "D", weight: 1, sign: -1), ("A", "C", weight: 2, sign: 1),
                ("C", "D", weight: 1, sign: 0), ("D", "E", weight: 3, sign: 1),
            ],
            memberships: [("C", "D")])  // C–D weighs 1 + 1
        let plain = centrality(of: network).rows
        let weighted = centrality(of: network, weighted: true).rows
        #expect(weighted.map(\.betweenness) == Self.square.betweenness(weighted: true))
        #expect(weighted.map(\.closeness) == Self.square.closeness(weighted: true))
        #expect(weighted.map(\.eigenvector) == (try Self.square.eigenvectorCentrality(weighted: true)))
        #expect(weighted.map(\.clustering) == Self.square.clustering(weighted: true))
        #expect(weighted.map(\.betweenness) != plain.map(\.betweenness))
        for (a, b) in zip(plain, weighted) {
            #expect(a.degree == b.degree && a.strength == b.strength && a.pagerank == b.pagerank)
            #expect(a.triangles == b.triangles)
        }
    }
}
