extension AnalysisGraph {
    /// The diameter of one connected component, unweighted: the largest number of edges on a
    /// shortest path between two of its vertices, as networkx's `diameter(G.subgraph(component))`.
    ///
    /// It is the largest eccentricity, found by one breadth-first search from every vertex of the
    /// component. A component of one vertex has diameter 0.
    ///
    ///     // A – B – C – D   and   E – F
    ///     graph.diameter(of: [0, 1, 2, 3])   // 3
    ///
    /// - Parameter component: The vertices of a connected component (as `connectedComponents()`
    ///   gives them). A search cannot leave a component, so passing a part of one, or vertices from
    ///   several, measures their eccentricities in the whole graph instead.
    /// - Parameter progress: Told how many of the component's vertices have been searched from.
    /// - Returns: The diameter; 0 for an empty or one-vertex component.
    /// - Complexity: O(k · (k + e_k)) for a component of k vertices and e_k edges, shared among the
    ///   cores, plus O(n + e) once to lay out the graph's edges.
    public func diameter(of component: [Int], progress: AnalysisProgress? = nil) -> Int {
        let largestPerBlock = sweep(
            from: component, weighted: false, progress: progress, start: { 0.0 },
            fold: { search, largest in largest = max(largest, Self.eccentricity(in: search)) })
        return Int(largestPerBlock.max() ?? 0)
    }

    /// The distance from the search's source to the farthest vertex it reached: the last one settled.
    static func eccentricity(in search: PathSearch) -> Double {
        search.distance[search.order[search.order.count - 1]]
    }
}
