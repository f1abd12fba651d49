import ActorGraphCore
import Testing

@Suite struct ClusteringTests {
    @Test func karateClubMatchesNetworkx() {
        #expect(maxAbsDifference(KarateClub.graph.clustering(), KarateClub.clustering) < 1e-15)
    }

    @Test func smallGraphs() {
        // Triangle with pendant: C has three neighbour pairs and one of them is tied.
        let pendant = AnalysisFixture.graph("ABCD", ["AB", "AC", "BC", "CD"]).clustering()
        #expect(maxAbsDifference(pendant, [1, 1, 1.0 / 3, 0]) < 1e-15)
        // Star and path: no triangles; leaves have fewer than two neighbours.
        #expect(AnalysisFixture.graph("ABCD", ["AB", "AC", "AD"]).clustering() == [0, 0, 0, 0])
        #expect(AnalysisFixture.graph("ABCD", ["AB", "BC"]).clustering() == [0, 0, 0, 0])
    }
}
