extension AnalysisGraph {
    /// Closeness centrality of every vertex, unweighted, with the Wasserman–Faust correction for
    /// disconnected graphs, as networkx's `closeness_centrality(G)` (its default `wf_improved=True`).
    ///
    /// For a vertex u that reaches r − 1 other vertices (r counts u itself) at total distance D(u):
    ///
    ///     C(u) = (r − 1) / D(u) · (r − 1) / (n − 1)
    ///
    /// The first factor is the reciprocal of the mean distance to the vertices u reaches; the second
    /// (Wasserman and Faust, *Social Network Analysis*, 1994, eq. 5.25) scales it by the share of the
    /// graph that u reaches, so a vertex in a small component does not look central. In a connected
    /// graph the second factor is 1. An isolated vertex, or any vertex of a one-vertex graph, gets 0.
    /// Distances count edges; weights are ignored.
    ///
    ///     // A – B – C   and an isolated D: B reaches 2 of the 3 others at total distance 2,
    ///     // so C(B) = 2/2 · 2/3; A reaches them at total distance 3, so C(A) = 2/3 · 2/3.
    ///     graph.closeness()   // [0.444, 0.667, 0.444, 0.0]
    ///
    /// - Returns: One value per vertex in [0, 1], indexed like `ids`.
    /// - Complexity: O(n · (n + e)): one breadth-first search per vertex.
    public func closeness() -> [Double] {
        let n = vertexCount
        var result = Array(repeating: 0.0, count: n)
        var distance = Array(repeating: -1, count: n)
        var queue = [Int]()
        queue.reserveCapacity(n)

        for source in 0..<n {
            for v in queue { distance[v] = -1 }
            queue.removeAll(keepingCapacity: true)
            distance[source] = 0
            queue.append(source)
            var head = 0
            var total = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                total += distance[v]
                for w in neighbors[v] where distance[w] < 0 {
                    distance[w] = distance[v] + 1
                    queue.append(w)
                }
            }
            guard total > 0, n > 1 else { continue }
            let reached = Double(queue.count - 1)
            result[source] = reached / Double(total) * (reached / Double(n - 1))
        }
        return result
    }
}
