/// What a report on a network says, as a value: how much was read, the strongest cooperative and hostile
/// relations with the sentences behind them, the centrality table, the triangles, the balance of the signs and the
/// communities of cooperation.
///
/// `HTMLReport` and `MarkdownReport` render it; both only lay out what this value holds, so the two agree.
///
/// ```swift
/// let report = try NetworkReport(network: network)
/// report.cooperative.first?.pair      // e.g. ("IND", "RUS")
/// let html = HTMLReport(diagramSVG: svg).render(report)
/// ```
///
/// Every list is in a fixed order, so the same network gives the same report.
public struct NetworkReport: Sendable, Hashable {
    /// One relation worth reading, with the sentences that show it best.
    public struct Relation: Sendable, Hashable {
        public var edge: Edge
        /// The labels of `edge.source` and `edge.target`.
        public var sourceLabel: String
        public var targetLabel: String
        /// `weight × |stance|`: how many sentences name the pair, scaled by how strongly they lean.
        public var score: Double
        /// The strongest sentences in the relation's direction, at most `evidenceLimit` of them.
        public var evidence: [Evidence]
    }

    /// One row of the centrality table: the node and its measures.
    public struct CentralityRow: Sendable, Hashable {
        public var node: Node
        public var measures: NodeCentrality
    }

    /// The report's heading, e.g. "ActorGraph: 5 articles, 2021-04-15 to 2023-12-28".
    public var title: String
    public var corpus: Network.Corpus
    public var actorCount: Int
    /// Relation edges (not memberships), and how many of them are cooperative and hostile.
    public var relationCount: Int
    public var cooperativeCount: Int
    public var hostileCount: Int
    public var membershipCount: Int
    /// The first and last date of the network's articles, `YYYY-MM-DD` (``DiagramTitle/dates(of:)``); nil when none
    /// is dated.
    public var firstDate: String?
    public var lastDate: String?
    /// Relations with sign +1, strongest first (by `score`, then by pair).
    public var cooperative: [Relation]
    /// Relations with sign −1, strongest first.
    public var hostile: [Relation]
    /// Every node, by PageRank (highest first), then by id; by id alone when PageRank could not be computed.
    public var centrality: [CentralityRow]
    /// The centralities that could not be computed (nil in `centrality`), and why.
    public var centralityFailures: [MeasureFailure]
    /// Every triangle: unbalanced ones first, then balanced, then those with a neutral tie; by nodes within each.
    public var triangles: [Triangle]
    public var balance: BalanceScores
    /// Communities of cooperation: Louvain on the cooperative ties and memberships (`SignedGraph.louvainCommunities()`).
    public var communities: CommunityPartition
    /// The label of every node, by id, for naming triangle corners, camps and ties; and of every folded person
    /// (``Network/folded``), as "Sergey Lavrov (Russia)", for the evidence that counts through them.
    public var labels: [String: String]
    /// How many relations each list shows: the strongest cooperative and hostile, and each kind of change.
    public var relationLimit: Int
    /// What changed since an older network or between two periods of this one (`graph report --compare`,
    /// `--between`), for the "What changed" section; nil leaves the section out.
    public var changes: NetworkDiff?

    /// Gathers the report on `network`.
    ///
    /// - Parameters:
    ///   - title: The heading; nil gives `DiagramTitle`'s.
    ///   - relationLimit: How many cooperative and how many hostile relations to keep, and how many of each kind
    ///     of change to show.
    ///   - evidenceLimit: How many sentences to keep per relation.
    /// - Throws: `AnalysisError` when the walk balance does not converge. A centrality that cannot be computed does
    ///   not throw: it is named in `centralityFailures`.
    /// - Complexity: dominated by the centrality table, O(n · e).
    public init(network: Network, title: String? = nil, relationLimit: Int = 10, evidenceLimit: Int = 2) throws {
        let labels = Dictionary(uniqueKeysWithValues: (network.nodes + network.folded).map { ($0.id, network.actorLabel($0.id)) })
        let relations = network.edges.filter { $0.kind == .relation }
        let dates = DiagramTitle.dates(of: network)
        self.title = title ?? DiagramTitle.text(for: network)
        self.corpus = network.corpus
        self.actorCount = network.nodes.count
        self.relationCount = relations.count
        self.cooperativeCount = relations.filter { $0.sign > 0 }.count
        self.hostileCount = relations.filter { $0.sign < 0 }.count
        self.membershipCount = network.edges.count - relations.count
        self.firstDate = dates?.lowerBound
        self.lastDate = dates?.upperBound
        self.labels = labels
        self.relationLimit = relationLimit
        func strongest(sign: Int) -> [Relation] {
            relations.filter { $0.sign == sign }
                .map { edge in
                    Relation(
                        edge: edge, sourceLabel: labels[edge.source] ?? edge.source,
                        targetLabel: labels[edge.target] ?? edge.target,
                        score: Double(edge.weight) * abs(edge.stance),
                        evidence: Array(edge.evidenceByStrength.prefix(evidenceLimit)))
                }
                .sorted { ($1.score, $0.edge.source, $0.edge.target) < ($0.score, $1.edge.source, $1.edge.target) }
                .prefix(relationLimit).map { $0 }
        }
        self.cooperative = strongest(sign: 1)
        self.hostile = strongest(sign: -1)
        let nodes = Dictionary(uniqueKeysWithValues: network.nodes.map { ($0.id, $0) })
        let table = ActorGraphCore.centrality(of: network)
        func pageRank(_ row: CentralityRow) -> Double { row.measures.pagerank ?? 0 }
        self.centrality = table.rows
            .compactMap { row in nodes[row.id].map { CentralityRow(node: $0, measures: row) } }
            .sorted { (pageRank($1), $0.node.id) < (pageRank($0), $1.node.id) }
        self.centralityFailures = table.failures
        func rank(_ triangle: Triangle) -> Int {
            switch triangle.balanced {
            case false?: 0
            case true?: 1
            case nil: 2
            }
        }
        self.triangles = ActorGraphCore.triangles(in: network)
            .enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
        let signed = SignedGraph(network: network)
        self.balance = try signed.balanceScores()
        self.communities = signed.louvainCommunities()
    }

    /// The label of node `id`, or `id` itself for a node the network does not have.
    public func label(of id: String) -> String {
        labels[id] ?? id
    }

    /// The folded people a sentence counts through, "Sergey Lavrov (Russia), S. Jaishankar (India)"; nil for none.
    public func people(of evidence: Evidence) -> String? {
        evidence.people.isEmpty ? nil : evidence.people.map(label(of:)).joined(separator: ", ")
    }
}
