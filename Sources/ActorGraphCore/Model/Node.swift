/// An actor of the network: a country, a grouping, a bloc, a person or an organization.
public struct Node: Sendable, Hashable, Codable {
    /// Stable identifier: ISO 3166-1 alpha-3 for a country, the usual acronym for a grouping, a slug otherwise.
    public var id: String
    /// The name people read.
    public var label: String
    public var kind: NodeKind
    /// How many times the corpus names this actor, under any of its names.
    public var mentions: Int
    /// For a person or organization: the alpha-3 code of the country it acts for, where known.
    public var affiliation: String?

    public init(id: String, label: String, kind: NodeKind, mentions: Int = 0, affiliation: String? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.mentions = mentions
        self.affiliation = affiliation
    }
}
