extension AnalysisGraph {
    /// Closeness centrality of every vertex, with the Wasserman–Faust correction for disconnected
    /// graphs, as networkx's `closeness_centrality(G)` (its default `wf_improved=True`), unweighted
    /// or with edge length 1 / weight.
    ///
    /// For a vertex u that reaches r − 1 other vertices (r counts u itself) at total distance D(u):
    ///
    ///     C(u) = (r − 1) / D(u) · (r − 1) / (n − 1)
    ///
    /// The first factor is the reciprocal of the mean distance to the vertices u reaches; the second
    /// (Wasserman and Faust, *Social Network Analysis*, 1994, eq. 5.25) scales it by the share of the
    /// graph that u reaches, so a vertex in a small component does not look central. In a connected
    /// graph the second factor is 1. An isolated vertex, or any vertex of a one-vertex graph, gets 0.
    ///
    /// Unweighted, distances count edges (breadth-first search). Weighted, an edge's length is
    /// 1 / weight and distances come from Dijkstra's algorithm (a tie of weight ≤ 0 is never
    /// crossed): networkx's `closeness_centrality(G, distance="distance")` with `distance = 1 / weight`.
    ///
    ///     // A – B – C   and an isolated D: B reaches 2 of the 3 others at total distance 2,
    ///     // so C(B) = 2/2 · 2/3; A reaches them at total distance 3, so C(A) = 2/3 · 2/3.
    ///     graph.closeness()   // [0.444, 0.667, 0.444, 0.0]
    ///
    /// - Parameter weighted: Whether edges have length 1 / weight (true) or 1 (false, the default).
    /// - Returns: One value per vertex in [0, 1] unweighted (weighted values may exceed 1, since a
    ///   heavy tie is shorter than one step), indexed like `ids`.
    /// - Complexity: O(n · (n + e)) unweighted, O(n · (n + e) log e) weighted: one search per vertex.
    public func closeness(weighted: Bool = false) -> [Double] {
        let n = vertexCount
        let partials = sweep(
            from: Array(0..<n), weighted: weighted, start: { ClosenessValues() },
            fold: { search, values in values.add(search, vertexCount: n) })
        return ClosenessValues.closeness(combining: partials, vertexCount: n)
    }
}

/// The closeness of each source of one block of searches.
struct ClosenessValues: Sendable {
    private var values: [(source: Int, closeness: Double)] = []

    /// Records the closeness of the source of `search`, in a graph of `n` vertices.
    ///
    /// - Complexity: O(r) for the r vertices the search reached.
    mutating func add(_ search: PathSearch, vertexCount n: Int) {
        // Summed in the order vertices are settled, as networkx sums its distance dictionary.
        let total = search.order.reduce(0.0) { $0 + search.distance[$1] }
        let reached = Double(search.order.count - 1)
        let closeness = total > 0 && n > 1 ? reached / total * (reached / Double(n - 1)) : 0
        values.append((search.order[0], closeness))
    }

    /// Every vertex's closeness from the blocks' values.
    static func closeness(combining partials: [ClosenessValues], vertexCount n: Int) -> [Double] {
        var result = Array(repeating: 0.0, count: n)
        for partial in partials {
            for (source, closeness) in partial.values { result[source] = closeness }
        }
        return result
    }
}
