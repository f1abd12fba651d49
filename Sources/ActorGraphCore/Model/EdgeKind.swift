/// Where an edge comes from. The raw values are the `kind` strings of `network.json`.
public enum EdgeKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Two actors named in the same sentence.
    case relation
    /// A country and a grouping it belongs to, both named in the corpus.
    case membership

    public static func < (lhs: EdgeKind, rhs: EdgeKind) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
