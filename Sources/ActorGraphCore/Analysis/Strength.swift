extension AnalysisGraph {
    /// The strength of every vertex: the sum of the weights of its edges.
    ///
    /// With the network's weights (sentences that co-mention a pair, plus 1 per membership) this is how
    /// often an actor is named alongside others. It is networkx's `G.degree(weight="weight")`; on an
    /// unweighted graph it equals the degree.
    ///
    ///     // A –2– B –3– C
    ///     graph.strengths()   // [2.0, 5.0, 3.0]
    ///
    /// - Returns: One sum per vertex, indexed like `ids`; 0 for an isolated vertex.
    /// - Complexity: O(n + e).
    public func strengths() -> [Double] {
        weights.map { $0.reduce(0, +) }
    }
}
