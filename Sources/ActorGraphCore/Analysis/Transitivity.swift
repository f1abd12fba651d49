extension AnalysisGraph {
    /// The transitivity (global clustering coefficient) of the graph, unweighted, as networkx's
    /// `transitivity(G)`.
    ///
    /// The share of connected triples (paths of two edges, counted at their middle vertex) that
    /// close into a triangle:
    ///
    ///     T = 3 · triangles / triples = Σ_v 2 T(v) / Σ_v deg(v) · (deg(v) − 1)
    ///
    /// with T(v) the triangles through v (M. E. J. Newman, "The structure and function of complex
    /// networks", SIAM Review 45(2):167–256, 2003, eq. 3.1). Unlike the average of the local
    /// coefficients, it weighs every triple alike, so hubs count for more. A graph with no triangle
    /// (in particular one with no triple) has transitivity 0.
    ///
    ///     // triangle A, B, C with a pendant D on C: 3 · 1 closed of 5 triples
    ///     graph.transitivity()   // 0.6
    ///
    /// - Returns: A value in [0, 1].
    /// - Complexity: O(Σ_v deg(v)²), that of `triangleCounts()`.
    public func transitivity() -> Double {
        let closed = triangleCounts().reduce(0) { $0 + 2 * $1 }
        guard closed > 0 else { return 0 }
        let triples = neighbors.reduce(0) { $0 + $1.count * ($1.count - 1) }
        return Double(closed) / Double(triples)
    }
}
