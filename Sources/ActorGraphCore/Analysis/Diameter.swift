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
    /// - Returns: The diameter; 0 for an empty or one-vertex component.
    /// - Complexity: O(k · (k + e_k)) for a component of k vertices and e_k edges.
    public func diameter(of component: [Int]) -> Int {
        var distance = Array(repeating: -1, count: vertexCount)
        var queue = [Int]()
        queue.reserveCapacity(component.count)
        var diameter = 0
        for source in component {
            for v in queue { distance[v] = -1 }
            queue.removeAll(keepingCapacity: true)
            distance[source] = 0
            queue.append(source)
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                for w in neighbors[v] where distance[w] < 0 {
                    distance[w] = distance[v] + 1
                    queue.append(w)
                }
            }
            diameter = max(diameter, distance[queue[queue.count - 1]])
        }
        return diameter
    }
}
