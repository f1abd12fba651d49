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
/// to within rounding. To sort by one column, read it with `row[measure]`.
///
/// - Returns: One row per node, sorted by id; empty for a network without nodes.
/// - Throws: `AnalysisError.noConvergence` if eigenvector centrality or PageRank does not converge
///   in networkx's 100 iterations (rare: it takes a graph whose leading eigenvalues nearly tie).
/// - Complexity: O(n · e) time, dominated by betweenness and closeness.
public func centrality(of network: Network) throws -> [NodeCentrality] {
    let graph = AnalysisGraph(network: network)
    guard graph.vertexCount > 0 else { return [] }
    let degree = graph.degrees()
    let strength = graph.strengths()
    let betweenness = graph.betweenness()
    let closeness = graph.closeness()
    let eigenvector = try graph.eigenvectorCentrality()
    let pagerank = try graph.pageRank()
    let triangles = graph.triangleCounts()
    let clustering = graph.clustering()
    return graph.ids.indices.map { v in
        NodeCentrality(
            id: graph.ids[v], degree: degree[v], strength: strength[v], betweenness: betweenness[v],
            closeness: closeness[v], eigenvector: eigenvector[v], pagerank: pagerank[v],
            triangles: triangles[v], clustering: clustering[v])
    }
}
