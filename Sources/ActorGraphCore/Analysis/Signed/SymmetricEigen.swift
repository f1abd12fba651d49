/// The eigenvalues and eigenvectors of a real symmetric matrix, by the cyclic Jacobi method.
///
/// Each Jacobi rotation J (a plane rotation in coordinates p, q) replaces A by JᵀAJ, chosen so the
/// entry (p, q) becomes 0; sweeping over every pair above the diagonal, again and again, drives the
/// off-diagonal mass to 0 quadratically, leaving the eigenvalues on the diagonal and the product of
/// the rotations as the eigenvectors (G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed.,
/// §8.5, "Jacobi methods", 2013). It is slower than QR for large matrices but short, exact to
/// rounding on small ones and needs nothing beyond Foundation, which suits graphs of a few hundred
/// vertices.
///
///     let eigen = try SymmetricEigen([[2, 1], [1, 2]])
///     eigen.values   // [1.0, 3.0]
///
/// - Complexity: O(n³) per sweep; a handful of sweeps (typically 6–10) reach rounding level.
struct SymmetricEigen {
    /// The eigenvalues in increasing order.
    let values: [Double]
    /// `vectors[k]` is a unit eigenvector for `values[k]`; together they are orthonormal.
    let vectors: [[Double]]

    /// Decomposes `matrix`, which must be square and symmetric.
    ///
    /// - Parameters:
    ///   - tolerance: Stop once the off-diagonal Frobenius norm is at most this fraction of the
    ///     matrix's Frobenius norm.
    ///   - maxSweeps: Sweeps over all pairs before giving up.
    /// - Throws: `AnalysisError.noConvergence` when the tolerance is not met in `maxSweeps` sweeps.
    init(_ matrix: [[Double]], tolerance: Double = 1e-14, maxSweeps: Int = 100) throws {
        let n = matrix.count
        precondition(matrix.allSatisfy { $0.count == n }, "an eigen-decomposition needs a square matrix")
        var a = matrix
        var v = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
        let scale = a.joined().reduce(0) { $0 + $1 * $1 }.squareRoot()
        var converged = false
        for _ in 0...maxSweeps {
            var off = 0.0
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) { off += 2 * a[p][q] * a[p][q] }
            }
            if off.squareRoot() <= tolerance * scale {
                converged = true
                break
            }
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) where a[p][q] != 0 {
                    Self.rotate(&a, &v, p, q)
                }
            }
        }
        guard converged else {
            throw AnalysisError.noConvergence(
                measure: "symmetric eigen-decomposition (Jacobi)", iterations: maxSweeps, tolerance: tolerance)
        }
        let order = (0..<n).sorted { a[$0][$0] < a[$1][$1] }
        self.values = order.map { a[$0][$0] }
        self.vectors = order.map { k in (0..<n).map { v[$0][k] } }
    }

    /// Applies the rotation that zeroes a[p][q]: a ← JᵀaJ, v ← vJ.
    private static func rotate(_ a: inout [[Double]], _ v: inout [[Double]], _ p: Int, _ q: Int) {
        let tau = (a[q][q] - a[p][p]) / (2 * a[p][q])
        let t = (tau >= 0 ? 1.0 : -1.0) / (abs(tau) + (1 + tau * tau).squareRoot())
        let c = 1 / (1 + t * t).squareRoot()
        let s = t * c
        for k in a.indices {
            let (kp, kq) = (a[k][p], a[k][q])
            a[k][p] = c * kp - s * kq
            a[k][q] = s * kp + c * kq
        }
        for k in a.indices {
            let (pk, qk) = (a[p][k], a[q][k])
            a[p][k] = c * pk - s * qk
            a[q][k] = s * pk + c * qk
        }
        a[p][q] = 0
        a[q][p] = 0
        for k in v.indices {
            let (kp, kq) = (v[k][p], v[k][q])
            v[k][p] = c * kp - s * kq
            v[k][q] = s * kp + c * kq
        }
    }
}
