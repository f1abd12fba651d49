import ActorGraphCore
import Testing

@Suite struct BetweennessTests {
    @Test func karateClubMatchesNetworkx() {
        let values = KarateClub.graph.betweenness()
        #expect(maxAbsDifference(values, KarateClub.betweenness) < 1e-12)
        // The textbook figures for the two leaders.
        #expect(abs(values[0] - 0.4376) < 5e-5)
        #expect(abs(values[33] - 0.3041) < 5e-5)
    }

    @Test func pathStarAndDisconnected() {
        // A – B – C: B is on the A–C path.
        #expect(AnalysisFixture.graph("ABC", ["AB", "BC"]).betweenness() == [0, 1, 0])
        // Star: the centre is on every path between leaves.
        #expect(AnalysisFixture.graph("ABCD", ["AB", "AC", "AD"]).betweenness() == [1, 0, 0, 0])
        // A – B – C plus isolated D: one pair of four vertices' (3 · 2) ordered pairs, counted twice.
        let disconnected = AnalysisFixture.graph("ABCD", ["AB", "BC"]).betweenness()
        #expect(maxAbsDifference(disconnected, [0, 1.0 / 3, 0, 0]) < 1e-15)
        // Triangle A, B, C with D hanging from C: C carries A–D and B–D.
        let pendant = AnalysisFixture.graph("ABCD", ["AB", "AC", "BC", "CD"]).betweenness()
        #expect(maxAbsDifference(pendant, [0, 0, 2.0 / 3, 0]) < 1e-15)
    }

    @Test func splitsCreditBetweenEqualPaths() {
        // A square A–B–C–D–A: two shortest A–C paths, so B and D each get half of that pair.
        let square = AnalysisFixture.graph("ABCD", ["AB", "BC", "CD", "AD"]).betweenness()
        #expect(maxAbsDifference(square, [1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6]) < 1e-15)
    }

    @Test func tinyGraphsAreZero() {
        #expect(AnalysisFixture.graph("AB", ["AB"]).betweenness() == [0, 0])
        #expect(AnalysisFixture.graph("", []).betweenness().isEmpty)
    }
}
