import ActorGraphCore
import Testing

@Suite struct PNCentralityTests {
    /// The 10-vertex example of signnet's `pn_index` help page and "Centrality" vignette, where every
    /// vertex has signed degree ratio 0.5; the vignette prints the scores to 7 decimals.
    @Test func matchesSignnetsExample() throws {
        let matrix: [[Int]] = [
            [0, 1, 0, 1, 0, 0, 0, -1, -1, 0],
            [1, 0, 1, -1, 1, -1, -1, 0, 0, 0],
            [0, 1, 0, 1, -1, 0, 0, 0, -1, 0],
            [1, -1, 1, 0, 1, -1, -1, 0, 0, 0],
            [0, 1, -1, 1, 0, 1, 0, -1, 0, -1],
            [0, -1, 0, -1, 1, 0, 1, 0, 1, -1],
            [0, -1, 0, -1, 0, 1, 0, 1, -1, 1],
            [-1, 0, 0, 0, -1, 0, 1, 0, 1, 0],
            [-1, 0, -1, 0, 0, 1, -1, 1, 0, 1],
            [0, 0, 0, 0, -1, -1, 1, 0, 1, 0],
        ]
        var edges = [(String, String, sign: Int)]()
        for i in 0..<10 {
            for j in (i + 1)..<10 where matrix[i][j] != 0 { edges.append(("v\(i)", "v\(j)", sign: matrix[i][j])) }
        }
        let signed = SignedGraph(ids: [], edges: edges)
        let expected = [
            0.9009747, 0.8613482, 0.9076997, 0.8613482, 0.8410658, 0.8496558, 0.8617321, 0.9015909, 0.8509848,
            0.9072930,
        ]
        #expect(maxAbsDifference(try signed.pnIndex(), expected) < 5e-8)
        #expect(signed.positiveDegrees() == signed.negativeDegrees())
    }

    /// Path A +1 B −1 C: A = P − 2N, n = 3, so (I − A/4) x = 1 reads
    /// x_A − x_B/4 = 1, x_B − x_A/4 + x_C/2 = 1, x_C + x_B/2 = 1, whose solution is
    /// x = (14/11, 12/11, 5/11): A gains from its friend, C loses to its enemy.
    @Test func pathByHand() throws {
        let signed = SignedGraph(ids: [], edges: [("A", "B", sign: 1), ("B", "C", sign: -1)])
        #expect(maxAbsDifference(try signed.pnIndex(), [14.0 / 11, 12.0 / 11, 5.0 / 11]) < 1e-12)
        #expect(signed.positiveDegrees() == [1, 1, 0])
        #expect(signed.negativeDegrees() == [0, 1, 1])
    }

    @Test func isolatesScoreOneAndTheTwoEnemyGraphIsSingular() throws {
        #expect(try SignedGraph(ids: ["A", "B", "C"], edges: []).pnIndex() == [1, 1, 1])
        #expect(try SignedGraph(ids: ["A"], edges: []).pnIndex() == [1])
        #expect(try SignedGraph(ids: [], edges: []).pnIndex() == [])
        #expect(throws: AnalysisError.singularMatrix(measure: "PN index")) {
            try SignedGraph(ids: [], edges: [("A", "B", sign: -1)]).pnIndex()
        }
    }

    @Test func gahukuGamaDegrees() {
        let signed = GahukuGama.graph
        #expect(signed.positiveDegrees().reduce(0, +) == 58)
        #expect(signed.negativeDegrees().reduce(0, +) == 58)
    }

    /// On random signed graphs of several sizes and densities the scores solve the defining system
    /// (I − A / (2n − 2)) x = 1, checked row by row from the ties, independently of the solver.
    @Test func solvesTheDefiningSystemOnRandomGraphs() throws {
        var random = SplitMix64(seed: 0x9E_11)
        for (n, p) in [(3, 1.0), (12, 0.5), (150, 0.05), (400, 0.3)] {
            let signed = SignedGraph(network: randomSignedNetwork(n, p, using: &random))
            let x = try signed.pnIndex()
            let attenuation = 1 / Double(2 * n - 2)
            var worst = 0.0
            for i in 0..<n {
                var row = x[i]
                for (k, j) in signed.graph.neighbors[i].enumerated() {
                    row -= attenuation * (signed.signs[i][k] < 0 ? -2 : 1) * x[j]
                }
                worst = max(worst, abs(row - 1))
            }
            #expect(worst < 1e-12, "n = \(n), p = \(p)")
        }
    }
}
