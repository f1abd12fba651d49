/// How big each node is drawn, and which nodes keep their names, from their centrality.
///
/// Size follows the square root of a node's share of the highest PageRank, so area (what the eye compares)
/// grows about linearly with it. The sizes are minimums: Graphviz still widens a node to fit its name. Past
/// `DOTWriter.labelledNodeLimit` nodes only that many, the most central (ties by id), are named.
struct DOTNodeSize {
    /// Width and height in inches of the least and the most central node.
    static let smallest = (width: 0.45, height: 0.3)
    static let largest = (width: 1.6, height: 0.75)
    /// Width and height of an unnamed node.
    static let unnamed = (width: 0.25, height: 0.18)
    /// The diameter in inches of the least and the most central node's mark on a map, where the name is beside it.
    static let mark = (smallest: 0.14, largest: 0.38)

    private let relative: [String: Double]
    private let named: Set<String>?

    /// - Parameter importance: PageRank (or any non-negative score) by node id; missing ids count as 0.
    init(network: Network, importance: [String: Double]) {
        let top = network.nodes.map { importance[$0.id] ?? 0 }.max() ?? 0
        var relative: [String: Double] = [:]
        for node in network.nodes {
            relative[node.id] = top > 0 ? ((importance[node.id] ?? 0) / top).squareRoot() : 0
        }
        self.relative = relative
        if network.nodes.count > DOTWriter.labelledNodeLimit {
            let ranked = network.nodes.map(\.id).sorted { (relative[$1] ?? 0, $0) < (relative[$0] ?? 0, $1) }
            named = Set(ranked.prefix(DOTWriter.labelledNodeLimit))
        } else {
            named = nil
        }
    }

    /// Whether node `id` is drawn with its name.
    func isNamed(_ id: String) -> Bool {
        named?.contains(id) ?? true
    }

    /// The diameter of node `id`'s mark on a map, in inches.
    func markInches(of id: String) -> Double {
        Self.mark.smallest + (relative[id] ?? 0) * (Self.mark.largest - Self.mark.smallest)
    }

    /// The minimum width and height of node `id`, in inches.
    func inches(of id: String) -> (width: Double, height: Double) {
        guard isNamed(id) else { return Self.unnamed }
        let share = relative[id] ?? 0
        return (
            Self.smallest.width + share * (Self.largest.width - Self.smallest.width),
            Self.smallest.height + share * (Self.largest.height - Self.smallest.height)
        )
    }
}
