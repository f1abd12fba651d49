extension AnalysisGraph {
    /// The number of triangles through every vertex, as networkx's `triangles(G)`.
    ///
    /// A triangle is three mutually adjacent vertices; each one counts once for each of its three
    /// vertices, so the counts sum to three times the number of triangles. Weights are ignored.
    ///
    ///     // triangle A, B, C with a pendant D on C
    ///     graph.triangleCounts()   // [1, 1, 1, 0]
    ///
    /// Each triangle u < v < w is found once, from its edge (u, v), by merging the sorted neighbour
    /// lists of u and v above v.
    ///
    /// - Returns: One count per vertex, indexed like `ids`.
    /// - Complexity: O(Σ_{(u,v) ∈ E} (deg u + deg v)) = O(Σ_v deg(v)²).
    public func triangleCounts() -> [Int] {
        var counts = Array(repeating: 0, count: vertexCount)
        forEachTriangle { u, v, w in
            counts[u] += 1
            counts[v] += 1
            counts[w] += 1
        }
        return counts
    }

    /// Calls `body` once per triangle, with its vertices in increasing order, triangles in
    /// lexicographic order of (u, v, w).
    func forEachTriangle(_ body: (Int, Int, Int) -> Void) {
        for u in neighbors.indices {
            for v in neighbors[u] where v > u {
                commonNeighbors(u, v, above: v, body: { body(u, v, $0) })
            }
        }
    }

    /// Calls `body` with every vertex w > `floor` adjacent to both `a` and `b`, in increasing order.
    func commonNeighbors(_ a: Int, _ b: Int, above floor: Int, body: (Int) -> Void) {
        let left = neighbors[a]
        let right = neighbors[b]
        var i = left.firstIndex { $0 > floor } ?? left.count
        var j = right.firstIndex { $0 > floor } ?? right.count
        while i < left.count, j < right.count {
            if left[i] < right[j] {
                i += 1
            } else if left[i] > right[j] {
                j += 1
            } else {
                body(left[i])
                i += 1
                j += 1
            }
        }
    }
}
