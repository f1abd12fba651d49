/// Every classic centrality measure of every node of a network, one row per node in id order.
///
/// The measures run on `AnalysisGraph(network:)`: all nodes (isolated ones included), one edge per
/// connected pair weighing the sum of that pair's relation and membership weights. Each measure
/// uses networkx's definition and defaults (see `NodeCentrality`), so the table matches
///
///     G = nx.Graph(); G.add_nodes_from(ids); G.add_weighted_edges_from(pairs)
///     nx.betweenness_centrality(G), nx.closeness_centrality(G), nx.eigenvector_centrality(G),
///     nx.pagerank(G), nx.triangles(G), nx.clustering(G), G.degree(), G.degree(weight="weight")
///
/// to within rounding. With `weighted`, betweenness, closeness, eigenvector and clustering use the
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
/// - Returns: One row per node, sorted by id; empty for a network without nodes.
/// - Throws: `AnalysisError.noConvergence` if eigenvector centrality or PageRank does not converge
///   in networkx's 100 iterations (rare: it takes a graph whose leading eigenvalues nearly tie).
/// - Complexity: O(n · e) time unweighted, O(n · e log e) weighted, dominated by betweenness and
///   closeness.
public func centrality(of network: Network, weighted: Bool = false, progress: AnalysisProgress? = nil) throws
    -> [NodeCentrality]
{
    let graph = AnalysisGraph(network: network)
    guard graph.vertexCount > 0 else { return [] }
    let degree = graph.degrees()
    let strength = graph.strengths()
    let (betweenness, closeness) = graph.betweennessAndCloseness(weighted: weighted, progress: progress)
    let eigenvector = try graph.eigenvectorCentrality(weighted: weighted)
    let pagerank = try graph.pageRank()
    let triangles = graph.triangleCounts()
    let clustering = graph.clustering(weighted: weighted)
    return graph.ids.indices.map { v in
        NodeCentrality(
            id: graph.ids[v], degree: degree[v], strength: strength[v], betweenness: betweenness[v],
            closeness: closeness[v], eigenvector: eigenvector[v], pagerank: pagerank[v],
            triangles: triangles[v], clustering: clustering[v])
    }
}

extension AnalysisGraph {
    /// `betweenness(weighted:)` and `closeness(weighted:)` from one search per source instead of two,
    /// with the same values to the bit.
    func betweennessAndCloseness(weighted: Bool, progress: AnalysisProgress?) -> (
        betweenness: [Double], closeness: [Double]
    ) {
        let n = vertexCount
        let partials = sweep(
            from: Array(0..<n), weighted: weighted, progress: progress,
            start: { (BrandesDependencies(vertexCount: n), ClosenessValues()) },
            fold: { search, partial in
                partial.0.add(search)
                partial.1.add(search, vertexCount: n)
            })
        return (
            BrandesDependencies.betweenness(combining: partials.map(\.0), vertexCount: n),
            ClosenessValues.closeness(combining: partials.map(\.1), vertexCount: n)
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
/// - Throws: `AnalysisError.noConvergence` if an iterative measure does not converge.
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
