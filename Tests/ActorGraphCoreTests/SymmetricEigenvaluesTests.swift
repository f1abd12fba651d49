import Foundation
import Testing

@testable import ActorGraphCore

@Suite struct SymmetricEigenvaluesTests {
    @Test func smallMatricesWithKnownSpectra() throws {
        #expect(maxAbsDifference(try SymmetricEigenvalues.of([[2, 1], [1, 2]]), [1, 3]) < 1e-14)
        #expect(try SymmetricEigenvalues.of([[5]]) == [5])
        #expect(try SymmetricEigenvalues.of([]).isEmpty)
        // The path on four vertices: 2cos(kπ/5).
        let path: [[Double]] = [[0, 1, 0, 0], [1, 0, 1, 0], [0, 1, 0, 1], [0, 0, 1, 0]]
        let expected = (1...4).map { 2 * cos(Double($0) * Double.pi / 5) }.sorted()
        #expect(maxAbsDifference(try SymmetricEigenvalues.of(path), expected) < 1e-13)
    }

    /// Against the Jacobi decomposition, which is checked by A·v = λv, on the signed and unsigned Gahuku-Gama
    /// adjacency and on random symmetric matrices with repeated and zero rows.
    @Test func agreesWithJacobi() throws {
        var matrices = [
            GahukuGama.graph.adjacencyMatrix(signed: true), GahukuGama.graph.adjacencyMatrix(signed: false),
        ]
        var generator = SplitMix64(seed: 7)
        for size in [3, 10, 40, 90] {
            var matrix = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
            for i in 0..<size {
                for j in i..<size where i == j || generator.next() % 4 == 0 {
                    let value = Double(Int(generator.next() % 7) - 3)
                    (matrix[i][j], matrix[j][i]) = (value, value)
                }
            }
            matrices.append(matrix)
        }
        for matrix in matrices {
            let fast = try SymmetricEigenvalues.of(matrix)
            let jacobi = try SymmetricEigen(matrix).values
            #expect(maxAbsDifference(fast, jacobi) < 1e-9, "n = \(matrix.count)")
        }
    }
}
