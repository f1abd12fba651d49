import Foundation
import Testing

@testable import ActorGraphCore

@Suite struct TridiagonalEigenTests {
    /// The path on m vertices has eigenvalues 2cos(kπ/(m+1)) and unit eigenvectors
    /// √(2/(m+1)) · sin(jkπ/(m+1)), j = 1…m, so the first component of the k-th is √(2/(m+1)) · sin(kπ/(m+1)).
    @Test func pathSpectrumAndFirstComponents() throws {
        for m in [1, 2, 5, 30] {
            let eigen = try TridiagonalEigen(
                diagonal: Array(repeating: 0, count: m), offDiagonal: Array(repeating: 1, count: m - 1))
            let pairs = zip(eigen.values, eigen.firstComponents).sorted { $0.0 < $1.0 }
            let h = Double.pi / Double(m + 1)
            for (index, (value, first)) in pairs.enumerated() {
                let k = Double(m - index)  // cos falls as k grows, so the smallest value has k = m
                #expect(abs(value - 2 * cos(k * h)) < 1e-13, "m = \(m)")
                #expect(abs(first * first - 2 / Double(m + 1) * pow(sin(k * h), 2)) < 1e-13, "m = \(m)")
            }
        }
    }

    /// The squared first components are the weights of a quadrature rule, so they sum to 1; and
    /// Σ zₖ² θₖ is the (1, 1) entry of the matrix, Σ zₖ² θₖ² that of its square.
    @Test func weightsReproduceTheFirstMoments() throws {
        let diagonal = [3.0, -1, 0.5, 2, 0, -4, 1]
        let offDiagonal = [1.0, 2, 0.25, 1e-9, 3, 0.5]
        let eigen = try TridiagonalEigen(diagonal: diagonal, offDiagonal: offDiagonal)
        let weights = eigen.firstComponents.map { $0 * $0 }
        #expect(abs(weights.reduce(0, +) - 1) < 1e-14)
        #expect(abs(zip(weights, eigen.values).map { $0 * $1 }.reduce(0, +) - diagonal[0]) < 1e-13)
        let squareEntry = diagonal[0] * diagonal[0] + offDiagonal[0] * offDiagonal[0]
        #expect(abs(zip(weights, eigen.values).map { $0 * $1 * $1 }.reduce(0, +) - squareEntry) < 1e-12)
    }

    @Test func emptyMatrix() throws {
        let eigen = try TridiagonalEigen(diagonal: [], offDiagonal: [])
        #expect(eigen.values.isEmpty && eigen.firstComponents.isEmpty)
    }
}
