import Foundation

/// How balanced a signed graph is, by the three indices of R signnet's `balance_score(g, method)`,
/// each 1 for a perfectly balanced graph and lower the further it is from balance.
///
/// - **triangles**: the share of balanced triangles, (`+++` + `+--`) / all, as signnet; `---` counts
///   as unbalanced (Cartwright and Harary 1956). `weakTriangleBalance` also counts `---` as
///   balanced (Davis 1967), for graphs that may split into more than two camps.
/// - **walk**: Σᵢ exp(λᵢ) / Σᵢ exp(μᵢ), λ the eigenvalues of the signed adjacency matrix and μ those
///   of the unsigned one (E. Estrada, "Rethinking structural balance in signed social networks",
///   Discrete Applied Mathematics 268:70–90, 2019). exp(A) weighs closed walks of every length k by
///   1/k!, and a closed walk is balanced when it has an even number of negative ties, so the ratio is
///   the weighted share of balanced over all closed walks; it is 1 exactly for a balanced graph.
/// - **frustration**: 1 − F / (m / 2), F the frustration (`frustration()`) and m the number of
///   ties; m / 2 bounds F (some split always satisfies half the ties), so the score is in [0, 1].
///   signnet divides its blockmodel criterion by `ecount(g) / 2` the same way.
///
/// All use the ±1 ties only (see `SignedGraph`). signnet's documentation prints, for its `tribes`
/// data (Gahuku-Gama, Read 1954): triangles 0.8676471, walk 0.3575761, frustration 0.7586207.
public struct BalanceScores: Sendable, Hashable, Codable {
    /// The triangle census the triangle scores come from.
    public let triangles: TriangleCensus
    /// (`+++` + `+--`) / all triangles; nil when there is no triangle.
    public let triangleBalance: Double?
    /// (all − `++-`) / all triangles; nil when there is no triangle.
    public let weakTriangleBalance: Double?
    /// Estrada's walk balance; nil for a graph without vertices.
    public let walkBalance: Double?
    /// The frustration, its split and how it was found.
    public let frustration: Frustration
    /// 1 − F / (m / 2); nil for a graph without ties.
    public let frustrationBalance: Double?
}

extension SignedGraph {
    /// All three balance scores, the census and the frustration in one pass.
    ///
    /// - Parameter progress: As for `walkBalance(progress:)`, nearly all of the time on a large graph.
    /// - Throws: `AnalysisError.noConvergence` if a quadrature for the walk score does not settle.
    /// - Complexity: that of `walkBalance()` plus `frustration()`.
    public func balanceScores(progress: AnalysisProgress? = nil) throws -> BalanceScores {
        let census = triangleCensus()
        let frustration = frustration()
        return BalanceScores(
            triangles: census,
            triangleBalance: census.total == 0 ? nil : Double(census.balanced) / Double(census.total),
            weakTriangleBalance: census.total == 0 ? nil : Double(census.weaklyBalanced) / Double(census.total),
            walkBalance: try walkBalance(progress: progress),
            frustration: frustration,
            frustrationBalance: frustrationBalance(frustration))
    }

    /// The share of balanced triangles, strict (signnet's `"triangles"`) or, with `weak`, Davis's.
    /// Nil when the graph has no triangle.
    ///
    /// - Complexity: O(Σ_v deg(v)²).
    public func triangleBalance(weak: Bool = false) -> Double? {
        let census = triangleCensus()
        guard census.total > 0 else { return nil }
        return Double(weak ? census.weaklyBalanced : census.balanced) / Double(census.total)
    }

    /// Estrada's walk balance, Σ exp(λᵢ) / Σ exp(μᵢ) (signnet's `"walk"`); nil without vertices.
    ///
    /// Both sums are traces of matrix exponentials, found without eigen-decomposing a dense matrix
    /// (`logEstradaIndex(signed:)`), and divided as logarithms, so no term overflows.
    ///
    /// - Parameter progress: Told how many of the 2n diagonal entries (n signed, then n unsigned) are done.
    /// - Throws: `AnalysisError.noConvergence` if a quadrature does not settle.
    /// - Complexity: O(n · m · (n + e)), m the Lanczos steps per vertex (about 20 on large sparse graphs).
    public func walkBalance(progress: AnalysisProgress? = nil) throws -> Double? {
        let n = vertexCount
        guard n > 0 else { return nil }
        // One report across both sums: the signed one's n vertices, then the unsigned one's.
        let signed = try logEstradaIndex(signed: true, progress: stage(of: progress, from: 0, of: 2 * n))
        let unsigned = try logEstradaIndex(signed: false, progress: stage(of: progress, from: n, of: 2 * n))
        return exp(signed - unsigned)
    }

    /// 1 − F / (m / 2) for a frustration F (signnet's `"frustration"`); nil without ties.
    public func frustrationBalance(_ frustration: Frustration) -> Double? {
        let ties = edgeCount
        guard ties > 0 else { return nil }
        return 1 - Double(frustration.count) / (Double(ties) / 2)
    }
}
