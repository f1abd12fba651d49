import ActorGraphCore
import Testing

@Suite struct TriangleCountTests {
    @Test func karateClubMatchesNetworkx() {
        let counts = KarateClub.graph.triangleCounts()
        #expect(counts == KarateClub.triangles)
        // 45 triangles in Zachary's club, each counted at its three corners.
        #expect(counts.reduce(0, +) == 3 * 45)
    }

    @Test func smallGraphs() {
        #expect(AnalysisFixture.graph("ABCD", ["AB", "AC", "BC", "CD"]).triangleCounts() == [1, 1, 1, 0])
        #expect(AnalysisFixture.graph("ABCD", ["AB", "AC", "AD"]).triangleCounts() == [0, 0, 0, 0])
        // K4: every vertex is in 3 of its 4 triangles.
        #expect(AnalysisFixture.graph("ABCD", ["AB", "AC", "AD", "BC", "BD", "CD"]).triangleCounts() == [3, 3, 3, 3])
    }
}
