/// The measures `graph build` stores beside the network in `network.json`, so that a script or a report can read
/// the numbers without running the tool: the whole network's measures, every node's centralities and the signed
/// balance. The tool itself recomputes them from the network when it needs them, so they can never disagree.
public struct NetworkAnalysis: Sendable, Hashable {
    public var graph: GraphMeasures
    /// Sorted by node id.
    public var nodes: [NodeCentrality]
    public var balance: BalanceScores

    /// - Throws: `AnalysisError` when an iterative measure does not converge.
    /// - Complexity: dominated by betweenness (O(n·e)) and walk balance (O(n·m·e), m Lanczos steps).
    public init(of network: Network) throws {
        (nodes, graph) = try centralityAndGraphMeasures(of: network)
        nodes.sort { $0.id < $1.id }
        balance = try SignedGraph(network: network).balanceScores()
    }
}
