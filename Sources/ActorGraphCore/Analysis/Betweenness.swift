extension AnalysisGraph {
    /// Shortest-path betweenness of every vertex, unweighted and normalised as networkx does.
    ///
    /// The betweenness of v is the sum, over ordered pairs of other vertices (s, t), of the fraction of
    /// shortest s–t paths that pass through v:
    ///
    ///     c(v) = Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t)
    ///
    /// Endpoints are not counted (networkx's `endpoints=False`). Counting ordered pairs visits each
    /// undirected pair twice; dividing by (n − 1)(n − 2), the number of ordered pairs of the other
    /// vertices, gives a value in [0, 1] that equals networkx's
    /// `betweenness_centrality(G, normalized=True)` for undirected graphs. With n ≤ 2 every value is 0.
    /// Edge weights are ignored: a path's length is its number of edges.
    ///
    ///     // A – B – C   (B lies on the only A–C path, both ways: 2 / (2 · 1))
    ///     graph.betweenness()   // [0.0, 1.0, 0.0]
    ///
    /// The algorithm is Brandes' (U. Brandes, "A faster algorithm for betweenness centrality",
    /// Journal of Mathematical Sociology 25(2):163–177, 2001): one breadth-first search per source
    /// counts shortest paths (σ), then a sweep back in order of decreasing distance accumulates each
    /// vertex's dependency δ(v) = Σ_{w : v ∈ P(w)} σ(v)/σ(w) · (1 + δ(w)).
    ///
    /// - Returns: One value per vertex, indexed like `ids`.
    /// - Complexity: O(n · e) time, O(n + e) extra space.
    public func betweenness() -> [Double] {
        let n = vertexCount
        var centrality = Array(repeating: 0.0, count: n)
        var order = [Int]()
        order.reserveCapacity(n)
        var predecessors = Array(repeating: [Int](), count: n)
        var sigma = Array(repeating: 0.0, count: n)
        var distance = Array(repeating: -1, count: n)
        var delta = Array(repeating: 0.0, count: n)

        for source in 0..<n {
            // Reset only what the previous search touched.
            for v in order {
                predecessors[v].removeAll(keepingCapacity: true)
                sigma[v] = 0
                distance[v] = -1
                delta[v] = 0
            }
            order.removeAll(keepingCapacity: true)

            // Breadth-first search; `order` doubles as the queue and ends sorted by distance.
            sigma[source] = 1
            distance[source] = 0
            order.append(source)
            var head = 0
            while head < order.count {
                let v = order[head]
                head += 1
                for w in neighbors[v] {
                    if distance[w] < 0 {
                        distance[w] = distance[v] + 1
                        order.append(w)
                    }
                    if distance[w] == distance[v] + 1 {
                        sigma[w] += sigma[v]
                        predecessors[w].append(v)
                    }
                }
            }

            // Dependencies, farthest vertices first.
            for w in order.reversed() {
                let coefficient = (1 + delta[w]) / sigma[w]
                for v in predecessors[w] {
                    delta[v] += sigma[v] * coefficient
                }
                if w != source { centrality[w] += delta[w] }
            }
        }

        guard n > 2 else { return centrality }
        let scale = 1 / Double((n - 1) * (n - 2))
        return centrality.map { $0 * scale }
    }
}
