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
    /// Other names a query may give for the actor (`New Delhi`, `Indian`, `Putin`), as `graph build` took them from
    /// its gazetteer, `--gazetteer` files included; sorted, each once whatever its case. Stored so that queries
    /// resolve names from the network alone, by the names the build knew. Empty for an imported node.
    public var aliases: [String]

    public init(
        id: String, label: String, kind: NodeKind, mentions: Int = 0, affiliation: String? = nil, aliases: [String] = []
    ) {
        self.id = id
        self.label = label
        self.kind = kind
        self.mentions = mentions
        self.affiliation = affiliation
        self.aliases = aliases
    }
}

extension Node {
    private enum CodingKeys: String, CodingKey {
        case id, label, kind, mentions, affiliation, aliases
    }

    /// Reads a node of `network.json`, where `affiliation` and `aliases` are optional.
    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try fields.decode(String.self, forKey: .id),
            label: try fields.decode(String.self, forKey: .label),
            kind: try fields.decode(NodeKind.self, forKey: .kind),
            mentions: try fields.decode(Int.self, forKey: .mentions),
            affiliation: try fields.decodeIfPresent(String.self, forKey: .affiliation),
            aliases: try fields.decodeIfPresent([String].self, forKey: .aliases) ?? [])
    }
}
