import Foundation

extension AnalysisGraph {
    /// The local clustering coefficient of every vertex, unweighted or weighted, as networkx's
    /// `clustering(G)` (or `clustering(G, weight="weight")`).
    ///
    /// Unweighted, the share of a vertex's pairs of neighbours that are themselves adjacent:
    ///
    ///     c(v) = 2 T(v) / (deg(v) · (deg(v) − 1))
    ///
    /// with T(v) the number of triangles through v (D. J. Watts and S. H. Strogatz, "Collective
    /// dynamics of 'small-world' networks", Nature 393:440–442, 1998).
    ///
    /// Weighted, each triangle counts the geometric mean of its three weights, each divided by the
    /// largest weight in the graph (J.-P. Onnela, J. Saramäki, J. Kertész and K. Kaski, "Intensity and
    /// coherence of motifs in weighted complex networks", Physical Review E 71:065103, 2005):
    ///
    ///     c(v) = 2 / (deg(v) · (deg(v) − 1)) · Σ_{triangles v, u, w} (ŵ_vu ŵ_uw ŵ_wv)^(1/3),   ŵ = w / max(w)
    ///
    /// so a triangle of the heaviest ties counts 1, as in the unweighted form, and lighter ones less.
    ///
    /// A vertex with fewer than two neighbours, or with no triangle, gets 0.
    ///
    ///     // triangle A, B, C with a pendant D on C: C has 3 neighbour pairs, 1 of them adjacent
    ///     graph.clustering()   // [1.0, 1.0, 0.333, 0.0]
    ///
    /// - Parameter weighted: Whether triangles count by the geometric mean of their normalised
    ///   weights (true) or as 1 (false, the default).
    /// - Returns: One value per vertex in [0, 1], indexed like `ids`.
    /// - Complexity: O(Σ_v deg(v)²), that of `triangleCounts()`.
    public func clustering(weighted: Bool = false) -> [Double] {
        let triangles = weighted ? weightedTriangles() : triangleCounts().map(Double.init)
        return neighbors.indices.map { v in
            let degree = neighbors[v].count
            guard triangles[v] > 0 else { return 0 }
            return 2 * triangles[v] / Double(degree * (degree - 1))
        }
    }

    /// For each vertex, the sum over its triangles of the cube root of the product of the three
    /// weights, each divided by the largest weight (networkx's `max_weight`).
    private func weightedTriangles() -> [Double] {
        let largest = weights.joined().max() ?? 1
        let scale = largest > 0 ? largest : 1
        var sums = Array(repeating: 0.0, count: vertexCount)
        forEachTriangle { u, v, w in
            let product =
                (weight(between: u, and: v)! / scale) * (weight(between: v, and: w)! / scale)
                * (weight(between: w, and: u)! / scale)
            let mean = cbrt(product)
            sums[u] += mean
            sums[v] += mean
            sums[w] += mean
        }
        return sums
    }
}
