import Foundation

/// The eigenvalues (only) of a real symmetric matrix: Householder reduction to tridiagonal form, then the
/// implicit QL algorithm with Wilkinson-style shifts (Golub and Van Loan, *Matrix Computations*, 4th ed., §8.3;
/// the tred2/tqli pair of *Numerical Recipes*, §11.3–11.4, without the eigenvector updates).
///
/// Walk balance needs only the spectrum, and this costs about (4/3)·n³ flops for the reduction plus O(n²) for QL,
/// against the many O(n³) sweeps of Jacobi with eigenvectors (``SymmetricEigen``): a 1,000-vertex graph takes well
/// under a second instead of minutes. The matrix is held in one flat row-major buffer.
///
/// - Complexity: O(n³) time, O(n²) memory.
enum SymmetricEigenvalues {
    /// The eigenvalues of `matrix` (square, symmetric), in increasing order.
    ///
    /// - Throws: `AnalysisError.noConvergence` when QL needs more than 60 iterations for one eigenvalue.
    static func of(_ matrix: [[Double]]) throws -> [Double] {
        let n = matrix.count
        precondition(matrix.allSatisfy { $0.count == n }, "eigenvalues need a square matrix")
        guard n > 0 else { return [] }
        var a = Array(matrix.joined())
        var d = [Double](repeating: 0, count: n)
        var e = [Double](repeating: 0, count: n)
        tridiagonalize(&a, n: n, diagonal: &d, offDiagonal: &e)
        try diagonalize(&d, &e)
        return d.sorted()
    }

    /// Householder reflections from the last row up: afterwards `diagonal` and `offDiagonal` (with
    /// `offDiagonal[i]` linking i−1 and i; `offDiagonal[0]` = 0) hold a tridiagonal matrix similar to `a`.
    private static func tridiagonalize(_ a: inout [Double], n: Int, diagonal d: inout [Double], offDiagonal e: inout [Double]) {
        for i in stride(from: n - 1, to: 0, by: -1) {
            let l = i - 1
            var h = 0.0
            if l > 0 {
                var scale = 0.0
                for k in 0...l { scale += abs(a[i * n + k]) }
                if scale == 0 {
                    e[i] = a[i * n + l]
                } else {
                    for k in 0...l {
                        a[i * n + k] /= scale
                        h += a[i * n + k] * a[i * n + k]
                    }
                    var f = a[i * n + l]
                    var g = f >= 0 ? -h.squareRoot() : h.squareRoot()
                    e[i] = scale * g
                    h -= f * g
                    a[i * n + l] = f - g
                    f = 0
                    for j in 0...l {
                        g = 0
                        for k in 0...j { g += a[j * n + k] * a[i * n + k] }
                        if j < l { for k in (j + 1)...l { g += a[k * n + j] * a[i * n + k] } }
                        e[j] = g / h
                        f += e[j] * a[i * n + j]
                    }
                    let hh = f / (h + h)
                    for j in 0...l {
                        f = a[i * n + j]
                        g = e[j] - hh * f
                        e[j] = g
                        for k in 0...j { a[j * n + k] -= f * e[k] + g * a[i * n + k] }
                    }
                }
            } else {
                e[i] = a[i * n + l]
            }
            d[i] = h
        }
        e[0] = 0
        for i in 0..<n { d[i] = a[i * n + i] }
    }

    /// Implicit QL on the tridiagonal matrix: `d` ends as its eigenvalues.
    private static func diagonalize(_ d: inout [Double], _ e: inout [Double]) throws {
        let n = d.count
        for i in 1..<max(1, n) { e[i - 1] = e[i] }
        e[n - 1] = 0
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
                if iterations > 60 { throw AnalysisError.noConvergence(measure: "walk balance (eigenvalues)", iterations: 60, tolerance: Double.ulpOfOne) }
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
                    i -= 1
                }
                if deflated { continue }
                d[l] -= p
                e[l] = g
                e[m] = 0
            }
        }
    }
}
