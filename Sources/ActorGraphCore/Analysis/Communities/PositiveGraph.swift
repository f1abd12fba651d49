extension SignedGraph {
    /// The positive ties alone, as a weighted graph on all the vertices (same ids, same indices).
    ///
    /// The community measures run on it: a tie's weight is the pair's summed weight as `SignedGraph`
    /// keeps it, so a pair tied only by `membership` counts as a positive tie of weight 1. Negative
    /// ties are not "weak positive" ones and neutral ties carry no stance, so both take no part;
    /// a vertex with no positive tie is an isolate.
    ///
    /// - Complexity: O(n log n + e log e).
    public var positiveGraph: AnalysisGraph {
        var ties = [(String, String, Double)]()
        for i in 0..<vertexCount {
            for (k, j) in graph.neighbors[i].enumerated() where j > i && signs[i][k] > 0 {
                ties.append((ids[i], ids[j], graph.weights[i][k]))
            }
        }
        return AnalysisGraph(ids: ids, edges: ties)
    }
}
