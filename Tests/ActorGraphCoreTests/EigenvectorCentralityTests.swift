import ActorGraphCore
import Testing

@Suite struct EigenvectorCentralityTests {
    @Test func karateClubMatchesNetworkx() throws {
        let values = try KarateClub.graph.eigenvectorCentrality()
        #expect(maxAbsDifference(values, KarateClub.eigenvector) < 1e-12)
        #expect(abs(values[33] - 0.3734) < 5e-5)
        #expect(abs(values[0] - 0.3555) < 5e-5)
    }

    @Test func starIsThePerronVector() throws {
        // Exact: centre 1/√2, leaves 1/√6; networkx stops within its tolerance of that.
        let values = try AnalysisFixture.graph("ABCD", ["AB", "AC", "AD"]).eigenvectorCentrality()
        let centre = (0.5 as Double).squareRoot()
        let leaf = 1 / (6 as Double).squareRoot()
        #expect(maxAbsDifference(values, [centre, leaf, leaf, leaf]) < 1e-6)
        // networkx 3.6.1, `eigenvector_centrality` on this star.
        #expect(
            maxAbsDifference(
                values, [0.707106878039843, 0.40824823454557924, 0.40824823454557924, 0.40824823454557924]) < 1e-12)
    }

    @Test func triangleWithPendantAndDisconnectedMatchNetworkx() throws {
        // networkx 3.6.1, `eigenvector_centrality`.
        let pendant = try AnalysisFixture.graph("ABCD", ["AB", "AC", "BC", "CD"]).eigenvectorCentrality()
        #expect(
            maxAbsDifference(
                pendant, [0.5227204550943347, 0.5227204550943347, 0.6116286437343044, 0.28184579793865727]) < 1e-12)
        // The isolated vertex decays towards 0 but is not 0 when the iteration stops.
        let disconnected = try AnalysisFixture.graph("ABCD", ["AB", "BC"]).eigenvectorCentrality()
        #expect(maxAbsDifference(disconnected, [0.5, 0.7071067811818997, 0.5, 2.5637738751442134e-06]) < 1e-12)
    }

    @Test func reportsNonConvergence() {
        // The karate club needs more than 5 steps at the default tolerance.
        #expect(throws: AnalysisError.noConvergence(measure: "eigenvector centrality", iterations: 5, tolerance: 1e-6))
        {
            try KarateClub.graph.eigenvectorCentrality(maxIterations: 5)
        }
        // A looser tolerance stops earlier and further from the limit.
        let loose = try? KarateClub.graph.eigenvectorCentrality(tolerance: 1e-2)
        #expect(loose != nil && maxAbsDifference(loose!, KarateClub.eigenvector) > 1e-6)
    }

    /// Two components whose largest eigenvalues are close (a path of four, φ ≈ 1.618, and a path of three,
    /// √2 ≈ 1.414) converge too slowly for networkx's 100 steps; the centrality is still given, and it is the
    /// Perron vector of the dominant component: the path of four's (0.3717, 0.6015, 0.6015, 0.3717), the other
    /// component falling to 0.
    @Test func slowConvergenceStillGivesTheDominantComponentsVector() throws {
        let graph = AnalysisFixture.graph("ABCDEFG", ["AB", "BC", "CD", "EF", "FG"])
        #expect(throws: AnalysisError.self) { try graph.eigenvectorCentrality(maxIterations: 100) }
        let values = try graph.eigenvectorCentrality()
        let expected = [0.3717, 0.6015, 0.6015, 0.3717, 0, 0, 0]
        for (value, want) in zip(values, expected) { #expect(abs(value - want) < 2e-3, "\(values)") }
    }
}
