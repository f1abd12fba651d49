/// Whole-graph measures of a network, unweighted, with networkx's definitions.
///
/// Computed on `AnalysisGraph(network:)` (all nodes, one edge per connected pair). The numbers
/// match, on the same graph,
///
///     nx.density(G), nx.transitivity(G), nx.average_clustering(G),
///     nx.connected_components(G), nx.diameter(G.subgraph(largest component))
///
/// with the components in a fixed order (see `AnalysisGraph.connectedComponents()`).
public struct GraphMeasures: Sendable, Hashable, Codable {
    /// The number of nodes, isolated ones included.
    public var nodes: Int
    /// The number of connected pairs (a pair with both a relation and a membership counts once).
    public var edges: Int
    /// Edges over possible edges (`AnalysisGraph.density()`).
    public var density: Double
    /// Closed triples over all triples (`AnalysisGraph.transitivity()`).
    public var transitivity: Double
    /// The mean local clustering coefficient (`AnalysisGraph.averageClustering()`).
    public var averageClustering: Double
    /// The node ids of each connected component, largest first, ids sorted within each.
    public var components: [[String]]
    /// The diameter of the first (largest) component, in edges; 0 for a network without edges.
    public var diameter: Int

    public init(
        nodes: Int, edges: Int, density: Double, transitivity: Double, averageClustering: Double,
        components: [[String]], diameter: Int
    ) {
        self.nodes = nodes
        self.edges = edges
        self.density = density
        self.transitivity = transitivity
        self.averageClustering = averageClustering
        self.components = components
        self.diameter = diameter
    }
}

/// The whole-graph measures of a network (see `GraphMeasures`).
///
/// - Parameter progress: Told how many of the largest component's nodes the diameter's searches
///   have started from.
/// - Complexity: O(n · e), dominated by the diameter of the largest component.
public func graphMeasures(of network: Network, progress: AnalysisProgress? = nil) -> GraphMeasures {
    AnalysisGraph(network: network).graphMeasures(progress: progress)
}

extension AnalysisGraph {
    /// Every whole-graph measure (see `GraphMeasures`).
    ///
    /// - Parameter progress: As for `diameter(of:progress:)`.
    /// - Complexity: O(n · e), dominated by the diameter of the largest component.
    public func graphMeasures(progress: AnalysisProgress? = nil) -> GraphMeasures {
        let components = connectedComponents()
        return graphMeasures(
            components: components, diameter: components.first.map { diameter(of: $0, progress: progress) } ?? 0)
    }

    /// The whole-graph measures with the components and the largest one's diameter already known.
    func graphMeasures(components: [[Int]], diameter: Int) -> GraphMeasures {
        GraphMeasures(
            nodes: vertexCount, edges: edgeCount, density: density(), transitivity: transitivity(),
            averageClustering: averageClustering(), components: components.map { $0.map { ids[$0] } },
            diameter: diameter)
    }

    /// The density: the share of vertex pairs that are adjacent, e / (n (n − 1) / 2), as networkx's
    /// `density(G)`. A graph with fewer than two vertices, or no edge, has density 0.
    ///
    ///     // A – B – C: 2 of 3 pairs
    ///     graph.density()   // 0.667
    ///
    /// - Complexity: O(n).
    public func density() -> Double {
        let n = vertexCount
        let e = edgeCount
        guard n > 1, e > 0 else { return 0 }
        // networkx divides first and doubles after; so do we, for the same last bit.
        return Double(e) / Double(n * (n - 1)) * 2
    }

    /// The average clustering coefficient: the mean of `clustering()` over all vertices, those
    /// with fewer than two neighbours counting as 0 (networkx's `average_clustering(G)`, whose
    /// default is `count_zeros=True`). An empty graph, where networkx divides by zero, gives 0.
    ///
    /// It differs from `transitivity()`, which weighs each vertex by its number of triples.
    ///
    ///     // triangle A, B, C with a pendant D on C: (1 + 1 + 1/3 + 0) / 4
    ///     graph.averageClustering()   // 0.583
    ///
    /// - Complexity: O(Σ_v deg(v)²), that of `clustering()`.
    public func averageClustering() -> Double {
        guard vertexCount > 0 else { return 0 }
        return clustering().reduce(0, +) / Double(vertexCount)
    }
}
