/// One row of the centrality table: every classic measure of one node.
///
/// The property names are the keys of `graph centrality --json`. Definitions and normalisation are
/// networkx's defaults; see the `AnalysisGraph` method of the same name for each. The four measures
/// marked "unweighted by default" take the weights when the table is made with
/// `centrality(of:weighted: true)`. The two iterative measures are nil when they could not be computed for the
/// network (see `CentralityTable.failures`); the others always can.
public struct NodeCentrality: Sendable, Hashable, Codable {
    public var id: String
    /// Neighbour count (`AnalysisGraph.degrees()`).
    public var degree: Int
    /// Sum of edge weights (`AnalysisGraph.strengths()`).
    public var strength: Double
    /// Normalised shortest-path betweenness, unweighted by default (`AnalysisGraph.betweenness(weighted:)`).
    public var betweenness: Double
    /// Closeness with the Wasserman–Faust correction, unweighted by default (`AnalysisGraph.closeness(weighted:)`).
    public var closeness: Double
    /// Eigenvector centrality, unweighted by default (`AnalysisGraph.eigenvectorCentrality(weighted:)`); nil when
    /// it could not be computed.
    public var eigenvector: Double?
    /// PageRank, alpha 0.85, weighted (`AnalysisGraph.pageRank()`); nil when it could not be computed.
    public var pagerank: Double?
    /// Triangles through the node (`AnalysisGraph.triangleCounts()`).
    public var triangles: Int
    /// Local clustering coefficient, unweighted by default (`AnalysisGraph.clustering(weighted:)`).
    public var clustering: Double

    public init(
        id: String, degree: Int, strength: Double, betweenness: Double, closeness: Double,
        eigenvector: Double?, pagerank: Double?, triangles: Int, clustering: Double
    ) {
        self.id = id
        self.degree = degree
        self.strength = strength
        self.betweenness = betweenness
        self.closeness = closeness
        self.eigenvector = eigenvector
        self.pagerank = pagerank
        self.triangles = triangles
        self.clustering = clustering
    }

    /// The row's value for one measure, as a `Double` (counts convert exactly); nil for a measure that could not
    /// be computed.
    public subscript(measure: CentralityMeasure) -> Double? {
        switch measure {
        case .degree: Double(degree)
        case .strength: strength
        case .betweenness: betweenness
        case .closeness: closeness
        case .eigenvector: eigenvector
        case .pagerank: pagerank
        case .triangles: Double(triangles)
        case .clustering: clustering
        }
    }
}

/// The columns of the centrality table. Raw values are the JSON keys and the CLI's `--by` values.
public enum CentralityMeasure: String, Sendable, Hashable, Codable, CaseIterable {
    case degree
    case strength
    case betweenness
    case closeness
    case eigenvector
    case pagerank
    case triangles
    case clustering

    /// True for the measures that are whole numbers (`degree`, `triangles`).
    public var isCount: Bool {
        self == .degree || self == .triangles
    }
}
