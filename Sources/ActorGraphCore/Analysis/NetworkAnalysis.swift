/// The measures `graph build` stores beside the network in `network.json`, so that a script or a report can read
/// the numbers without running the tool: the whole network's measures, every node's centralities and the signed
/// balance. The tool itself recomputes them from the network when it needs them, so they can never disagree.
public struct NetworkAnalysis: Sendable, Hashable {
    public var graph: GraphMeasures
    /// Sorted by node id.
    public var nodes: [NodeCentrality]
    /// The centralities that could not be computed (nil in `nodes`), and why; empty when all were.
    public var failures: [MeasureFailure]
    public var balance: BalanceScores

    /// - Throws: `AnalysisError` when the walk balance's quadrature does not settle. A centrality that cannot be
    ///   computed does not throw: it is left out of `nodes` and named in `failures`.
    /// - Complexity: dominated by betweenness (O(n·e)) and walk balance (O(n·m·e), m Lanczos steps).
    public init(of network: Network) throws {
        let (table, graph) = centralityAndGraphMeasures(of: network)
        self.graph = graph
        nodes = table.rows.sorted { $0.id < $1.id }
        failures = table.failures
        balance = try SignedGraph(network: network).balanceScores()
    }
}
