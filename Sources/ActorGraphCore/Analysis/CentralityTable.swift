/// Every classic centrality measure of every node of a network: one row per node in id order, and the measures
/// that could not be computed for it.
///
/// A measure that fails (eigenvector centrality or PageRank not converging, the only two that can) is left out
/// of the table on its own: its values are nil in every row and `failures` says why; every other column is
/// still there. networkx raises for the whole call instead; igraph computes eigenvector centrality per component.
public struct CentralityTable: Sendable, Hashable {
    /// One row per node, sorted by id.
    public var rows: [NodeCentrality]
    /// The measures that could not be computed, in column order; empty when all were.
    public var failures: [MeasureFailure]

    public init(rows: [NodeCentrality], failures: [MeasureFailure] = []) {
        self.rows = rows
        self.failures = failures
    }
}

/// The centrality table of a network.
///
/// The measures run on `AnalysisGraph(network:)`: all nodes (isolated ones included), one edge per
/// connected pair weighing the sum of that pair's relation and membership weights. Each measure
/// uses networkx's definition and defaults (see `NodeCentrality`), so the table matches
///
///     G = nx.Graph(); G.add_nodes_from(ids); G.add_weighted_edges_from(pairs)
///     nx.betweenness_centrality(G), nx.closeness_centrality(G), nx.eigenvector_centrality(G),
///     nx.pagerank(G), nx.triangles(G), nx.clustering(G), G.degree(), G.degree(weight="weight")
///
/// to within rounding (eigenvector centrality and PageRank converged further than networkx's defaults: see
/// their methods). With `weighted`, betweenness, closeness, eigenvector and clustering use the
/// weights too, matching (with `distance = 1 / weight` on every edge)
///
///     nx.betweenness_centrality(G, weight="distance"), nx.closeness_centrality(G, distance="distance"),
///     nx.eigenvector_centrality(G, weight="weight"), nx.clustering(G, weight="weight")
///
/// Degree, strength, PageRank (always weighted) and triangles do not change. To sort by one column,
/// read it with `row[measure]`.
///
/// - Parameters:
///   - network: The network to measure.
///   - weighted: Whether the path measures take edge length 1 / weight, eigenvector centrality the
///     weighted adjacency matrix, and clustering the weighted (geometric-mean) form; false by default.
///   - progress: Told how many nodes the shortest-path searches have started from, nearly all of the
///     time on a large network.
/// - Returns: One row per node, sorted by id (none for a network without nodes), and the measures that failed:
///   eigenvector centrality or PageRank when its iteration does not converge (rare: it takes components
///   whose leading eigenvalues nearly tie).
/// - Complexity: O(n · e) time unweighted, O(n · e log e) weighted, dominated by betweenness and
///   closeness.
public func centrality(of network: Network, weighted: Bool = false, progress: AnalysisProgress? = nil)
    -> CentralityTable
{
    AnalysisGraph(network: network).centralityTable(weighted: weighted, progress: progress).table
}

/// The centrality table (`centrality(of:weighted:progress:)`) and the whole-graph measures
/// (`graphMeasures(of:progress:)`) together, with the same values as the two apart. Unweighted, the
/// diameter comes from the searches betweenness and closeness make anyway, instead of a second
/// search from every node of the largest component (a third of the time on a large network).
///
/// - Parameter progress: Told how many searches are done, of n (plus the largest component's size
///   when weighted: the diameter counts edges, so it needs unweighted searches of its own).
/// - Complexity: that of `centrality(of:weighted:progress:)`.
public func centralityAndGraphMeasures(
    of network: Network, weighted: Bool = false, progress: AnalysisProgress? = nil
) -> (table: CentralityTable, graph: GraphMeasures) {
    let graph = AnalysisGraph(network: network)
    let components = graph.connectedComponents()
    let largest = components.first ?? []
    if weighted {
        let total = graph.vertexCount + largest.count
        let table = graph.centralityTable(weighted: true, progress: stage(of: progress, from: 0, of: total)).table
        let diameter = graph.diameter(of: largest, progress: stage(of: progress, from: graph.vertexCount, of: total))
        return (table, graph.graphMeasures(components: components, diameter: diameter))
    }
    let result = graph.centralityTable(weighted: false, diameterOf: largest, progress: progress)
    return (result.table, graph.graphMeasures(components: components, diameter: result.diameter))
}

extension AnalysisGraph {
    /// The centrality table, and the diameter of `component` (unweighted only) from the same searches.
    func centralityTable(weighted: Bool, diameterOf component: [Int] = [], progress: AnalysisProgress?)
        -> (table: CentralityTable, diameter: Int)
    {
        guard vertexCount > 0 else { return (CentralityTable(rows: []), 0) }
        let degree = degrees()
        let strength = strengths()
        let paths = pathMeasures(weighted: weighted, diameterOf: component, progress: progress)
        var failures: [MeasureFailure] = []
        let eigenvector = MeasureFailure.attempt(CentralityMeasure.eigenvector.rawValue, recordingIn: &failures) {
            try eigenvectorCentrality(weighted: weighted)
        }
        let pagerank = MeasureFailure.attempt(CentralityMeasure.pagerank.rawValue, recordingIn: &failures) {
            try pageRank()
        }
        let triangles = triangleCounts()
        let clustering = clustering(weighted: weighted)
        let rows = ids.indices.map { v in
            NodeCentrality(
                id: ids[v], degree: degree[v], strength: strength[v], betweenness: paths.betweenness[v],
                closeness: paths.closeness[v], eigenvector: eigenvector?[v], pagerank: pagerank?[v],
                triangles: triangles[v], clustering: clustering[v])
        }
        return (CentralityTable(rows: rows, failures: failures), paths.diameter)
    }

    /// `betweenness(weighted:)`, `closeness(weighted:)` and `diameter(of:)` from one search per source
    /// instead of three, with the same values to the bit.
    func pathMeasures(weighted: Bool, diameterOf component: [Int], progress: AnalysisProgress?) -> (
        betweenness: [Double], closeness: [Double], diameter: Int
    ) {
        precondition(component.isEmpty || !weighted, "the diameter counts edges: it needs unweighted searches")
        let n = vertexCount
        var inComponent = [Bool](repeating: false, count: n)
        for v in component { inComponent[v] = true }
        let partials = sweep(
            from: Array(0..<n), weighted: weighted, progress: progress,
            start: { (BrandesDependencies(vertexCount: n), ClosenessValues(), 0.0) },
            fold: { [inComponent] search, partial in
                partial.0.add(search)
                partial.1.add(search, vertexCount: n)
                if inComponent[search.order[0]] { partial.2 = max(partial.2, Self.eccentricity(in: search)) }
            })
        return (
            BrandesDependencies.betweenness(combining: partials.map(\.0), vertexCount: n),
            ClosenessValues.closeness(combining: partials.map(\.1), vertexCount: n),
            Int(partials.map(\.2).max() ?? 0)
        )
    }
}

/// One column of the centrality table, by node id, computing that measure alone: sizing nodes by
/// PageRank, or keeping the top nodes by degree, should not pay for betweenness, which is nearly all
/// of the table's time on a large network.
///
/// - Parameters:
///   - measure: The column.
///   - network: The network to measure.
///   - weighted: As for `centrality(of:weighted:)`.
/// - Returns: The same values as that column of `centrality(of:weighted:)`, keyed by node id.
/// - Throws: `AnalysisError.noConvergence` if an iterative measure does not converge: asked for this one column,
///   there is nothing else to give.
/// - Complexity: that of the one measure.
public func centralityValues(_ measure: CentralityMeasure, of network: Network, weighted: Bool = false) throws
    -> [String: Double]
{
    let graph = AnalysisGraph(network: network)
    let values: [Double] =
        switch measure {
        case .degree: graph.degrees().map(Double.init)
        case .strength: graph.strengths()
        case .betweenness: graph.betweenness(weighted: weighted)
        case .closeness: graph.closeness(weighted: weighted)
        case .eigenvector: try graph.eigenvectorCentrality(weighted: weighted)
        case .pagerank: try graph.pageRank()
        case .triangles: graph.triangleCounts().map(Double.init)
        case .clustering: graph.clustering(weighted: weighted)
        }
    return Dictionary(uniqueKeysWithValues: zip(graph.ids, values))
}
