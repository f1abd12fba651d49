import ActorGraphCore
import Testing

/// References: networkx 3.6.1 `pagerank(G, tol=1e-12)` (alpha 0.85, weight "weight"), printed by
/// `Tests/Oracles/converged_references.py`, and the exact values where they are simple fractions. At networkx's
/// default tolerance, 1e-6, the iteration stops about 1e-6 short of these, so the tight bounds below catch a
/// stopping rule that is not tight.
@Suite struct PageRankTests {
    @Test func karateClubMatchesNetworkx() throws {
        let values = try KarateClub.graph.pageRank()
        #expect(maxAbsDifference(values, KarateClub.pagerank) < 1e-13)
        #expect(abs(values[33] - 0.1009) < 5e-5)
        #expect(abs(values[0] - 0.0970) < 5e-5)
        #expect(abs(values.reduce(0, +) - 1) < 1e-12)
    }

    @Test func smallGraphsMatchNetworkxAndTheExactValues() throws {
        let path = try AnalysisFixture.graph("ABC", ["AB", "BC"]).pageRank()
        #expect(maxAbsDifference(path, [0.2567567567564252, 0.4864864864871495, 0.2567567567564252]) < 1e-13)
        // Exactly 19/74 and 36/74: the ends get (1 − α)/3 + α · (half the middle), the middle (1 − α)/3 + α · (both ends).
        #expect(maxAbsDifference(path, [19.0 / 74, 36.0 / 74, 19.0 / 74]) < 1e-11)
        let star = try AnalysisFixture.graph("ABCD", ["AB", "AC", "AD"]).pageRank()
        #expect(
            maxAbsDifference(star, [0.47972972972888417, 0.17342342342370518, 0.17342342342370518, 0.17342342342370518])
                < 1e-13)
        // Exactly 71/148 for the centre (igraph's PRPACK gives it to rounding) and 77/444 for each leaf.
        #expect(maxAbsDifference(star, [71.0 / 148, 77.0 / 444, 77.0 / 444, 77.0 / 444]) < 1e-11)
        let pendant = try AnalysisFixture.graph("ABCD", ["AB", "AC", "BC", "CD"]).pageRank()
        #expect(
            maxAbsDifference(pendant, [0.24592781858816748, 0.24592781858816748, 0.36673586713562745, 0.14140849568803748])
                < 1e-13)
    }

    @Test func danglingVertexSpreadsItsRankAndWeightsSteerTheWalk() throws {
        // Isolated D keeps (1 − alpha)/n plus its share of its own spread: networkx gives 1/21.
        let disconnected = try AnalysisFixture.graph("ABCD", ["AB", "BC"]).pageRank()
        #expect(
            maxAbsDifference(
                disconnected, [0.24453024453069291, 0.46332046331956656, 0.24453024453069291, 0.04761904761904763])
                < 1e-13)
        // A –2– B –3– C: C gets more of B's rank than A does.
        let weighted = try AnalysisGraph(ids: ["A", "B", "C"], edges: [("A", "B", 2), ("B", "C", 3)]).pageRank()
        #expect(maxAbsDifference(weighted, [0.2154054054051402, 0.48648648648714976, 0.2981081081077104]) < 1e-13)
    }

    @Test func reportsNonConvergence() {
        #expect(throws: AnalysisError.self) {
            try KarateClub.graph.pageRank(maxIterations: 3)
        }
        #expect((try? AnalysisGraph(ids: [], edges: []).pageRank()) == [])
    }
}
