extension AnalysisGraph {
    /// A shortest path between two vertices, unweighted (fewest edges, by breadth-first search) or
    /// weighted (edge length 1 / weight, by Dijkstra's algorithm; a tie of weight ≤ 0 is never
    /// crossed), as the vertex sequence from `source` to `target`.
    ///
    /// Ties are broken deterministically: of all shortest paths, the one whose sequence of vertices
    /// is smallest in lexicographic order, which, since vertices are numbered in id order, is the
    /// smallest sequence of ids. It is found by one search *from the target*, giving every vertex its
    /// distance d to the target, then a walk from the source that steps each time to the smallest
    /// neighbour w with d(w) + length(v, w) = d(v) that the search settled before v. Weighted lengths
    /// are compared exactly in floating point, so two paths tie only when their lengths, summed from the
    /// target, are equal.
    ///
    /// networkx's `shortest_path(G, s, t)` (or with `weight="distance"`, `distance = 1 / weight`) has
    /// the same length but may return a different path among equals.
    ///
    ///     // square A – B – D, A – C – D: two shortest A–D paths, A B D comes first
    ///     graph.shortestPath(from: 0, to: 3)   // [0, 1, 3]
    ///
    /// - Parameters:
    ///   - source: The first vertex of the path.
    ///   - target: The last vertex of the path.
    ///   - weighted: Whether edges have length 1 / weight (true) or 1 (false, the default).
    /// - Returns: The vertices from `source` to `target`, both included (`[source]` when they are the
    ///   same vertex); nil when no path joins them.
    /// - Complexity: O(n + e) unweighted, O((n + e) log e) weighted.
    public func shortestPath(from source: Int, to target: Int, weighted: Bool = false) -> [Int]? {
        precondition(ids.indices.contains(source) && ids.indices.contains(target), "vertex out of range")
        var search = PathSearch(self, weighted: weighted)
        search.run(from: target)
        guard search.distance[source].isFinite else { return nil }
        var path = [source]
        var v = source
        while v != target {
            // Each step goes to the smallest predecessor of v in the search from the target (see
            // `PathSearch.forEachPredecessor`), a vertex settled before v, so the walk reaches the target.
            var next = Int.max
            search.forEachPredecessor(of: v) { w, _ in next = min(next, w) }
            v = next
            path.append(v)
        }
        return path
    }
}

/// A shortest path between two nodes of a network, by id (see `AnalysisGraph.shortestPath`).
///
///     try shortestPath(in: network, from: "IND", to: "USA")   // ["IND", "RUS", "USA"]
///
/// - Parameters:
///   - network: The network, taken as `AnalysisGraph(network:)` (all edges, weights summed per pair).
///   - source: The id of the first node.
///   - target: The id of the last node.
///   - weighted: Whether edges have length 1 / weight (true) or 1 (false, the default).
/// - Returns: The ids from `source` to `target`, both included; nil when no path joins them.
/// - Throws: `AnalysisError.unknownNode` when `source` or `target` is not a node of the network.
/// - Complexity: O(n log n + e log e) to build the graph, then that of the search.
public func shortestPath(in network: Network, from source: String, to target: String, weighted: Bool = false)
    throws -> [String]?
{
    let graph = AnalysisGraph(network: network)
    guard let s = graph.index(of: source) else { throw AnalysisError.unknownNode(source) }
    guard let t = graph.index(of: target) else { throw AnalysisError.unknownNode(target) }
    return graph.shortestPath(from: s, to: t, weighted: weighted)?.map { graph.ids[$0] }
}
