extension AnalysisGraph {
    /// The degree of every vertex: how many neighbours it has.
    ///
    /// The graph is simple, so a pair tied by both a relation and a membership counts once. This is
    /// networkx's `G.degree()` on the same graph (not `degree_centrality`, which divides by n − 1).
    ///
    ///     // A – B – C
    ///     graph.degrees()   // [1, 2, 1]
    ///
    /// - Returns: One count per vertex, indexed like `ids`.
    /// - Complexity: O(n).
    public func degrees() -> [Int] {
        neighbors.map(\.count)
    }
}
