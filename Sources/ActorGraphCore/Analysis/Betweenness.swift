extension AnalysisGraph {
    /// Shortest-path betweenness of every vertex, normalised as networkx does, unweighted or with
    /// edge length 1 / weight.
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
    ///
    /// Unweighted, a path's length is its number of edges. Weighted, an edge's length is 1 / weight
    /// (a heavier tie is a shorter step; a tie of weight ≤ 0 is never crossed), which is
    /// `betweenness_centrality(G, weight="distance")` with `distance = 1 / weight`; paths tie only
    /// when their floating-point lengths are equal, as in networkx.
    ///
    ///     // A – B – C   (B lies on the only A–C path, both ways: 2 / (2 · 1))
    ///     graph.betweenness()   // [0.0, 1.0, 0.0]
    ///
    /// The algorithm is Brandes' (U. Brandes, "A faster algorithm for betweenness centrality",
    /// Journal of Mathematical Sociology 25(2):163–177, 2001): one search per source (breadth-first,
    /// or Dijkstra's when weighted; see `PathSearch`) counts shortest paths (σ), then a sweep back in
    /// order of decreasing distance accumulates each vertex's dependency
    /// δ(v) = Σ_{w : v ∈ P(w)} σ(v)/σ(w) · (1 + δ(w)).
    ///
    /// - Parameter weighted: Whether edges have length 1 / weight (true) or 1 (false, the default).
    /// - Returns: One value per vertex, indexed like `ids`.
    /// The sources are searched on all cores in fixed blocks (`sweep`), whose sums are added in order,
    /// so the values are the same bits on every machine.
    ///
    /// - Complexity: O(n · e) time unweighted, O(n · e log e) weighted, shared among the cores;
    ///   O(n + e) extra space per core and O(n) per block of sources (at most 64 blocks).
    public func betweenness(weighted: Bool = false) -> [Double] {
        let n = vertexCount
        let partials = sweep(
            from: Array(0..<n), weighted: weighted, start: { BrandesDependencies(vertexCount: n) },
            fold: { search, dependencies in dependencies.add(search) })
        return BrandesDependencies.betweenness(combining: partials, vertexCount: n)
    }
}

/// The running sums of Brandes' dependencies over the searches of one block of sources.
struct BrandesDependencies: Sendable {
    /// Σ over the sources searched so far of each vertex's dependency δ.
    private(set) var sums: [Double]
    /// Scratch space for one source's δ.
    private var delta: [Double]

    init(vertexCount: Int) {
        sums = Array(repeating: 0, count: vertexCount)
        delta = Array(repeating: 0, count: vertexCount)
    }

    /// Adds the dependencies of every vertex on the source of `search`, sweeping back from the
    /// farthest vertices: δ(v) = Σ_{w : v ∈ P(w)} σ(v)/σ(w) · (1 + δ(w)).
    ///
    /// - Complexity: O(n + e) for the vertices and edges the search reached.
    mutating func add(_ search: PathSearch) {
        for v in search.order { delta[v] = 0 }
        let source = search.order[0]
        for w in search.order.reversed() {
            let coefficient = (1 + delta[w]) / search.sigma[w]
            search.forEachPredecessor(of: w) { v, paths in delta[v] += paths * coefficient }
            if w != source { sums[w] += delta[w] }
        }
    }

    /// Normalised betweenness from the blocks' sums, added in block order.
    static func betweenness(combining partials: [BrandesDependencies], vertexCount n: Int) -> [Double] {
        var centrality = Array(repeating: 0.0, count: n)
        for partial in partials {
            for v in 0..<n { centrality[v] += partial.sums[v] }
        }
        guard n > 2 else { return centrality }
        let scale = 1 / Double((n - 1) * (n - 2))
        return centrality.map { $0 * scale }
    }
}
