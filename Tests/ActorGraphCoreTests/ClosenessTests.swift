import ActorGraphCore
import Testing

@Suite struct ClosenessTests {
    @Test func karateClubMatchesNetworkx() {
        #expect(maxAbsDifference(KarateClub.graph.closeness(), KarateClub.closeness) < 1e-12)
    }

    @Test func pathAndStar() {
        let path = AnalysisFixture.graph("ABC", ["AB", "BC"]).closeness()
        #expect(maxAbsDifference(path, [2.0 / 3, 1, 2.0 / 3]) < 1e-15)
        let star = AnalysisFixture.graph("ABCD", ["AB", "AC", "AD"]).closeness()
        #expect(maxAbsDifference(star, [1, 0.6, 0.6, 0.6]) < 1e-15)
    }

    @Test func disconnectedGraphIsScaledByTheShareReached() {
        // A – B – C plus isolated D (Wasserman–Faust): B = 2/2 · 2/3, A = 2/3 · 2/3, D = 0.
        let values = AnalysisFixture.graph("ABCD", ["AB", "BC"]).closeness()
        #expect(maxAbsDifference(values, [4.0 / 9, 2.0 / 3, 4.0 / 9, 0]) < 1e-15)
        #expect(AnalysisFixture.graph("A", []).closeness() == [0])
    }
}
