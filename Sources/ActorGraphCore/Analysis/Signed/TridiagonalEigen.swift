/// The eigenvalues of a symmetric tridiagonal matrix and the first component of each unit
/// eigenvector, by the implicit QL algorithm with Wilkinson-style shifts (G. H. Golub and
/// C. F. Van Loan, *Matrix Computations*, 4th ed., §8.3; the tqli routine of *Numerical Recipes*,
/// §11.4, updating only the first row of the eigenvector matrix).
///
/// The first components are what Gauss quadrature needs: for the Lanczos matrix T of a start
/// vector q, qᵀ f(A) q ≈ Σₖ zₖ² f(θₖ) with θₖ the eigenvalues of T and zₖ the first components
/// (G. H. Golub and J. H. Welsch, "Calculation of Gauss quadrature rules", Mathematics of
/// Computation 23:221–230, 1969). Tracking one row instead of the whole matrix costs O(m) per
/// rotation, so the whole decomposition is O(m²).
///
///     // the path on two vertices: eigenvalues −1 and 1, eigenvectors (1, ∓1)/√2
///     try TridiagonalEigen(diagonal: [0, 0], offDiagonal: [1])   // values [-1, 1], first [0.707, 0.707]
///
/// - Complexity: O(m²) for an m × m matrix.
struct TridiagonalEigen {
    /// The eigenvalues, in no particular order.
    let values: [Double]
    /// The first component of the unit eigenvector of each of `values`.
    let firstComponents: [Double]

    /// - Parameters:
    ///   - diagonal: The m diagonal entries.
    ///   - offDiagonal: The m − 1 entries beside the diagonal; `offDiagonal[i]` links i and i + 1.
    /// - Throws: `AnalysisError.noConvergence` when one eigenvalue takes more than 60 iterations.
    init(diagonal: [Double], offDiagonal: [Double]) throws {
        precondition(offDiagonal.count == max(0, diagonal.count - 1), "a tridiagonal matrix has m − 1 off-diagonal entries")
        let n = diagonal.count
        var d = diagonal
        var e = offDiagonal + [0]
        var z = [Double](repeating: 0, count: n)
        if n > 0 { z[0] = 1 }
        for l in 0..<n {
            var iterations = 0
            while true {
                var m = l
                while m < n - 1 {
                    let dd = abs(d[m]) + abs(d[m + 1])
                    if abs(e[m]) <= Double.ulpOfOne * dd { break }
                    m += 1
                }
                if m == l { break }
                iterations += 1
                if iterations > 60 {
                    throw AnalysisError.noConvergence(
                        measure: "walk balance (eigenvalues)", iterations: 60, tolerance: Double.ulpOfOne)
                }
                var g = (d[l + 1] - d[l]) / (2 * e[l])
                var r = (g * g + 1).squareRoot()
                g = d[m] - d[l] + e[l] / (g + (g >= 0 ? r : -r))
                var s = 1.0
                var c = 1.0
                var p = 0.0
                var i = m - 1
                var deflated = false
                while i >= l {
                    let f = s * e[i]
                    let b = c * e[i]
                    r = (f * f + g * g).squareRoot()
                    e[i + 1] = r
                    if r == 0 {
                        d[i + 1] -= p
                        e[m] = 0
                        deflated = true
                        break
                    }
                    s = f / r
                    c = g / r
                    g = d[i + 1] - p
                    r = (d[i] - g) * s + 2 * c * b
                    p = s * r
                    d[i + 1] = g + p
                    g = c * r - b
                    // The same rotation on the first row of the eigenvector matrix.
                    let next = z[i + 1]
                    z[i + 1] = s * z[i] + c * next
                    z[i] = c * z[i] - s * next
                    i -= 1
                }
                if deflated { continue }
                d[l] -= p
                e[l] = g
                e[m] = 0
            }
        }
        values = d
        firstComponents = z
    }
}
