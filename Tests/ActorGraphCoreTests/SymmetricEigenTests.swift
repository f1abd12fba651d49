@testable import ActorGraphCore
import Testing

@Suite struct SymmetricEigenTests {
    @Test func twoByTwo() throws {
        let eigen = try SymmetricEigen([[2, 1], [1, 2]])
        #expect(maxAbsDifference(eigen.values, [1, 3]) < 1e-14)
    }

    @Test func gahukuGamaAdjacencyIsDecomposedExactly() throws {
        let matrix = GahukuGama.graph.adjacencyMatrix(signed: true)
        let eigen = try SymmetricEigen(matrix)
        #expect(abs(eigen.values.reduce(0, +)) < 1e-10)  // trace 0
        #expect(abs(eigen.values.map { $0 * $0 }.reduce(0, +) - 116) < 1e-9)  // Σλ² = 2m
        for (value, vector) in zip(eigen.values, eigen.vectors) {
            let product = matrix.map { row in zip(row, vector).map(*).reduce(0, +) }
            #expect(maxAbsDifference(product, vector.map { value * $0 }) < 1e-10)
            #expect(abs(vector.map { $0 * $0 }.reduce(0, +) - 1) < 1e-12)
        }
        #expect(eigen.values == eigen.values.sorted())
    }
}
