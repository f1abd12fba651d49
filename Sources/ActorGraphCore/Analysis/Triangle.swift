/// Three mutually tied actors and the signs of their three ties.
///
/// `nodes` holds the three ids in sorted order, and `signs` the sign of each pair in the fixed order
/// (nodes[0]–nodes[1], nodes[0]–nodes[2], nodes[1]–nodes[2]). A pair's sign is the `sign` of its
/// `relation` edge when it has one (1, −1, or 0 where the text gives no net stance); a pair tied only
/// by `membership` counts as +1, since belonging to a grouping is a cooperative tie.
///
///     // India–Russia +1, India–USA −1, Russia–USA −1
///     triangle.nodes      // ["IND", "RUS", "USA"]
///     triangle.signs      // [1, -1, -1]
///     triangle.pattern    // "+--"
///     triangle.balanced   // true: "the enemy of my friend is my enemy"
public struct Triangle: Sendable, Hashable, Codable {
    /// The three ids, sorted.
    public let nodes: [String]
    /// The signs of the pairs (0,1), (0,2), (1,2) of `nodes`.
    public let signs: [Int]

    public init(nodes: [String], signs: [Int]) {
        precondition(nodes.count == 3 && signs.count == 3, "a triangle has three nodes and three ties")
        precondition(nodes[0] < nodes[1] && nodes[1] < nodes[2], "a triangle's nodes are sorted and distinct")
        self.nodes = nodes
        self.signs = signs
    }

    /// The signs as one of `+++`, `++-`, `+--`, `---`: positives first, then neutral ties shown as
    /// `0`, then negatives, so the pattern does not depend on which pair carries which sign.
    public var pattern: String {
        String(signs.sorted(by: >).map { $0 > 0 ? "+" : $0 < 0 ? "-" : "0" })
    }

    /// Structural balance in the strict (Heider; Cartwright and Harary, 1956) reading: balanced when
    /// the product of the three signs is positive (`+++`, `+--`), unbalanced when negative (`++-`,
    /// `---`), and nil when a tie is neutral, since then the triangle has no sign.
    public var balanced: Bool? {
        let product = signs.reduce(1, *)
        return product == 0 ? nil : product > 0
    }
}
