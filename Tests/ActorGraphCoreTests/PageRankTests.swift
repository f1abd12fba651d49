import ActorGraphCore
import Testing

@Suite struct PageRankTests {
    @Test func karateClubMatchesNetworkx() throws {
        let values = try KarateClub.graph.pageRank()
        #expect(maxAbsDifference(values, KarateClub.pagerank) < 1e-12)
        #expect(abs(values[33] - 0.1009) < 5e-5)
        #expect(abs(values[0] - 0.0970) < 5e-5)
        #expect(abs(values.reduce(0, +) - 1) < 1e-12)
    }

    @Test func smallGraphsMatchNetworkx() throws {
        // networkx 3.6.1, `pagerank(G)` with default alpha 0.85 and weight "weight".
        let path = try AnalysisFixture.graph("ABC", ["AB", "BC"]).pageRank()
        #expect(maxAbsDifference(path, [0.25675708783778944, 0.48648582432442095, 0.25675708783778944]) < 1e-12)
        let star = try AnalysisFixture.graph("ABCD", ["AB", "AC", "AD"]).pageRank()
        #expect(
            maxAbsDifference(star, [0.4797305739863631, 0.17342314200454556, 0.17342314200454556, 0.17342314200454556])
                < 1e-12)
        let pendant = try AnalysisFixture.graph("ABCD", ["AB", "AC", "BC", "CD"]).pageRank()
        #expect(
            maxAbsDifference(pendant, [0.2459279727012903, 0.2459279727012903, 0.3667352990529791, 0.1414087555444403])
                < 1e-12)
    }

    @Test func danglingVertexSpreadsItsRankAndWeightsSteerTheWalk() throws {
        // Isolated D keeps (1 − alpha)/n plus its share of its own spread: networkx gives 1/21.
        let disconnected = try AnalysisFixture.graph("ABCD", ["AB", "BC"]).pageRank()
        #expect(
            maxAbsDifference(
                disconnected, [0.2445297968262977, 0.463321358728357, 0.2445297968262977, 0.04761904761904763]) < 1e-12)
        // A –2– B –3– C: C gets more of B's rank than A does.
        let weighted = try AnalysisGraph(ids: ["A", "B", "C"], edges: [("A", "B", 2), ("B", "C", 3)]).pageRank()
        #expect(maxAbsDifference(weighted, [0.21540567027023155, 0.48648582432442106, 0.2981085054053474]) < 1e-12)
    }

    @Test func reportsNonConvergence() {
        #expect(throws: AnalysisError.self) {
            try KarateClub.graph.pageRank(maxIterations: 3)
        }
        #expect((try? AnalysisGraph(ids: [], edges: []).pageRank()) == [])
    }
}
