extension AnalysisGraph {
    /// The connected components: largest first, ties broken by smallest vertex, each component's
    /// vertices in increasing order.
    ///
    /// Two vertices share a component when a path joins them; an isolated vertex is a component of
    /// its own. The sets are networkx's `connected_components(G)`; the order is fixed here (networkx
    /// yields them in discovery order), so that "the largest component" is always the same one:
    /// among equally large components, the one holding the smallest id.
    ///
    ///     // A – B   C – D – E   F
    ///     graph.connectedComponents()   // [[2, 3, 4], [0, 1], [5]]
    ///
    /// - Returns: Vertex indices per component; every vertex appears in exactly one.
    /// - Complexity: O(n + e) for the searches, plus O(c log c) to sort c components.
    public func connectedComponents() -> [[Int]] {
        var component = Array(repeating: -1, count: vertexCount)
        var components = [[Int]]()
        for start in 0..<vertexCount where component[start] < 0 {
            let label = components.count
            component[start] = label
            var members = [start]
            var head = 0
            while head < members.count {
                let v = members[head]
                head += 1
                for w in neighbors[v] where component[w] < 0 {
                    component[w] = label
                    members.append(w)
                }
            }
            components.append(members.sorted())
        }
        // Components are found in order of their smallest vertex, so a stable sort by size keeps
        // that order among equal sizes.
        return components.enumerated()
            .sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }
            .map(\.element)
    }
}
