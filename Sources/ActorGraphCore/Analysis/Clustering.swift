extension AnalysisGraph {
    /// The local clustering coefficient of every vertex, unweighted, as networkx's `clustering(G)`.
    ///
    /// The share of a vertex's pairs of neighbours that are themselves adjacent:
    ///
    ///     c(v) = 2 T(v) / (deg(v) · (deg(v) − 1))
    ///
    /// with T(v) the number of triangles through v (D. J. Watts and S. H. Strogatz, "Collective
    /// dynamics of 'small-world' networks", Nature 393:440–442, 1998). A vertex with fewer than two
    /// neighbours, or with no triangle, gets 0. Weights are ignored.
    ///
    ///     // triangle A, B, C with a pendant D on C: C has 3 neighbour pairs, 1 of them adjacent
    ///     graph.clustering()   // [1.0, 1.0, 0.333, 0.0]
    ///
    /// - Returns: One value per vertex in [0, 1], indexed like `ids`.
    /// - Complexity: O(Σ_v deg(v)²), that of `triangleCounts()`.
    public func clustering() -> [Double] {
        let triangles = triangleCounts()
        return neighbors.indices.map { v in
            let degree = neighbors[v].count
            guard triangles[v] > 0 else { return 0 }
            return Double(2 * triangles[v]) / Double(degree * (degree - 1))
        }
    }
}
