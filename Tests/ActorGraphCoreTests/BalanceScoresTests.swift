import ActorGraphCore
import Foundation
import Testing

@Suite struct BalanceScoresTests {
    /// signnet's "Structural Balance" vignette prints, for `tribes`: 0.8676471, 0.3575761, 0.7586207.
    @Test func gahukuGamaMatchesSignnet() throws {
        let scores = try GahukuGama.graph.balanceScores()
        #expect(abs(scores.triangleBalance! - 0.8676471) < 5e-8)
        #expect(scores.triangleBalance == 59.0 / 68.0)
        #expect(scores.weakTriangleBalance == 66.0 / 68.0)
        #expect(abs(scores.walkBalance! - 0.3575761) < 5e-8)
        #expect(abs(scores.frustrationBalance! - 0.7586207) < 5e-8)
        #expect(scores.frustration.count == 7)
        #expect(scores.triangles.total == 68)
    }

    @Test func balancedGraphScoresOneEverywhere() throws {
        // Two camps {A, B, C} and {D, E}: positive inside, negative across.
        let signed = SignedGraph(
            ids: [],
            edges: [
                ("A", "B", sign: 1), ("A", "C", sign: 1), ("B", "C", sign: 1), ("D", "E", sign: 1),
                ("A", "D", sign: -1), ("B", "D", sign: -1), ("C", "E", sign: -1),
            ])
        let scores = try signed.balanceScores()
        #expect(scores.triangleBalance == 1)
        #expect(abs(scores.walkBalance! - 1) < 1e-12)
        #expect(scores.frustrationBalance == 1)
    }

    /// A triangle with one negative tie is switching-equivalent to the all-negative triangle, so its
    /// signed eigenvalues are −2, 1, 1 against the unsigned 2, −1, −1.
    @Test func unbalancedTriangleByHand() throws {
        let signed = SignedGraph(ids: [], edges: [("A", "B", sign: 1), ("A", "C", sign: 1), ("B", "C", sign: -1)])
        let expected = (exp(-2.0) + 2 * exp(1.0)) / (exp(2.0) + 2 * exp(-1.0))
        #expect(abs(try signed.walkBalance()! - expected) < 1e-12)
        #expect(signed.triangleBalance() == 0)
        #expect(signed.triangleBalance(weak: true) == 0)
        // F = 1 of m = 3 ties: 1 − 1 / 1.5.
        #expect(abs(try signed.balanceScores().frustrationBalance! - 1.0 / 3.0) < 1e-12)
    }

    @Test func allNegativeTriangleIsBalancedOnlyWeakly() {
        let signed = SignedGraph(ids: [], edges: [("A", "B", sign: -1), ("A", "C", sign: -1), ("B", "C", sign: -1)])
        #expect(signed.triangleBalance() == 0)
        #expect(signed.triangleBalance(weak: true) == 1)
    }

    @Test func emptyAndTielessGraphs() throws {
        let empty = try SignedGraph(ids: [], edges: []).balanceScores()
        #expect(empty.triangleBalance == nil)
        #expect(empty.walkBalance == nil)
        #expect(empty.frustrationBalance == nil)
        let isolates = try SignedGraph(ids: ["A", "B"], edges: []).balanceScores()
        #expect(isolates.walkBalance == 1)
        #expect(isolates.frustration.count == 0)
        #expect(isolates.frustration.camps == [["A", "B"], []])
    }

    @Test func largeDegreesDoNotOverflow() throws {
        // A positive star with 120 leaves (λ_max ≈ 11): all-positive means perfectly balanced.
        let signed = SignedGraph(ids: [], edges: (0..<120).map { ("hub", "leaf\($0)", sign: 1) })
        #expect(abs(try signed.walkBalance()! - 1) < 1e-9)
    }

    /// A cycle of n vertices with one negative tie is switching-equivalent to no other signing: its
    /// signed spectrum is 2cos((2k+1)π/n) against the unsigned 2cos(2kπ/n), k = 0…n−1 (a cycle's
    /// adjacency is circulant; the negative tie turns it antiperiodic).
    @Test func cycleWithOneNegativeTieAgainstItsSpectrum() throws {
        for n in [5, 40, 301] {
            let ties = (0..<n).map { ("v\($0)", "v\(($0 + 1) % n)", sign: $0 == 0 ? -1 : 1) }
            let angle = { (k: Double) in 2 * cos(k * Double.pi / Double(n)) }
            let signedSum = (0..<n).map { exp(angle(Double(2 * $0 + 1))) }.reduce(0, +)
            let unsignedSum = (0..<n).map { exp(angle(Double(2 * $0))) }.reduce(0, +)
            let walk = try SignedGraph(ids: [], edges: ties).walkBalance()!
            #expect(abs(walk - signedSum / unsignedSum) < 1e-12, "n = \(n)")
        }
    }

    /// The all-negative complete graph on n vertices has signed spectrum −(n−1), 1 (n−1 times) and
    /// unsigned n−1, −1 (n−1 times): a large spectral radius, where the quadrature needs many steps.
    @Test func allNegativeCompleteGraphAgainstItsSpectrum() throws {
        let n = 60
        var ties = [(String, String, sign: Int)]()
        for i in 0..<n { for j in (i + 1)..<n { ties.append(("v\(i)", "v\(j)", sign: -1)) } }
        let m = Double(n - 1)
        // Both sums divided by exp(n − 1) to stay in range.
        let expected = (exp(-2 * m) + m * exp(1 - m)) / (1 + m * exp(-1 - m))
        #expect(abs(try SignedGraph(ids: [], edges: ties).walkBalance()! - expected) < 1e-12)
    }
}
