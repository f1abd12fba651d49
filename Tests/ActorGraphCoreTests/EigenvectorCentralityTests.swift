import ActorGraphCore
import Foundation
import Testing

/// References: networkx 3.6.1 `eigenvector_centrality(G, tol=1e-12)`, printed by
/// `Tests/Oracles/converged_references.py`, and the exact Perron vectors where they are simple. At networkx's
/// default tolerance, 1e-6, the iteration stops about 1e-6 short of these, so the tight bounds below catch a
/// stopping rule that is not tight.
@Suite struct EigenvectorCentralityTests {
    @Test func karateClubMatchesNetworkx() throws {
        let values = try KarateClub.graph.eigenvectorCentrality()
        #expect(maxAbsDifference(values, KarateClub.eigenvector) < 1e-13)
        #expect(abs(values[33] - 0.3734) < 5e-5)
        #expect(abs(values[0] - 0.3555) < 5e-5)
    }

    @Test func starIsThePerronVector() throws {
        // Exact: centre 1/√2, leaves 1/√6.
        let values = try AnalysisFixture.graph("ABCD", ["AB", "AC", "AD"]).eigenvectorCentrality()
        let centre = (0.5 as Double).squareRoot()
        let leaf = 1 / (6 as Double).squareRoot()
        #expect(maxAbsDifference(values, [centre, leaf, leaf, leaf]) < 1e-11)
        #expect(
            maxAbsDifference(
                values, [0.7071067811867322, 0.4082482904637563, 0.4082482904637563, 0.4082482904637563]) < 1e-13)
    }

    @Test func triangleWithPendantAndDisconnectedMatchNetworkx() throws {
        let pendant = try AnalysisFixture.graph("ABCD", ["AB", "AC", "BC", "CD"]).eigenvectorCentrality()
        #expect(
            maxAbsDifference(
                pendant, [0.522720725643502, 0.522720725643502, 0.6116284573557075, 0.28184519885593007]) < 1e-13)
        // The isolated vertex decays towards 0 but is not 0 when the iteration stops; the path's are exact:
        // 1/2, 1/√2, 1/2.
        let disconnected = try AnalysisFixture.graph("ABCD", ["AB", "BC"]).eigenvectorCentrality()
        #expect(maxAbsDifference(disconnected, [0.5, 0.7071067811865476, 0.5, 1.9251685235374012e-12]) < 1e-13)
        #expect(disconnected[3] > 0 && disconnected[3] < 1e-11)
    }

    @Test func reportsNonConvergence() {
        // The karate club needs more than 5 steps at the default tolerance.
        #expect(throws: AnalysisError.noConvergence(measure: "eigenvector centrality", iterations: 5, tolerance: 1e-12))
        {
            try KarateClub.graph.eigenvectorCentrality(maxIterations: 5)
        }
        // networkx's default tolerance stops earlier and further from the limit.
        let loose = try? KarateClub.graph.eigenvectorCentrality(tolerance: 1e-6)
        #expect(loose != nil && maxAbsDifference(loose!, KarateClub.eigenvector) > 1e-6)
    }

    /// Two components whose largest eigenvalues are close (a path of four, φ ≈ 1.618, and a path of three,
    /// √2 ≈ 1.414) converge too slowly for networkx's 100 steps; the centrality is still given, and it is the
    /// Perron vector of the dominant component, the path of four's √(2/5) · sin(kπ/5) for k = 1…4, the other
    /// component falling to 0 (by (√2 + 1)/(φ + 1) ≈ 0.92 a step).
    @Test func slowConvergenceStillGivesTheDominantComponentsVector() throws {
        let graph = AnalysisFixture.graph("ABCDEFG", ["AB", "BC", "CD", "EF", "FG"])
        #expect(throws: AnalysisError.self) { try graph.eigenvectorCentrality(maxIterations: 100) }
        let values = try graph.eigenvectorCentrality()
        let path = (1...4).map { (0.4 as Double).squareRoot() * sin(Double($0) * .pi / 5) }
        #expect(maxAbsDifference(values, path + [0, 0, 0]) < 1e-9, "\(values)")
    }
}
