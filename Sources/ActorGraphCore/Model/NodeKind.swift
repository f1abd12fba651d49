/// What a node stands for. The raw values are the `kind` strings of `network.json`.
public enum NodeKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case country
    case grouping
    case bloc
    case person
    case organization

    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
