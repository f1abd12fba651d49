/// A sentence with its part-of-speech tags and its dependency tree in the Universal Dependencies scheme.
public struct ParsedSentence: Sendable {
    public var tokens: [ParseToken]
    /// The universal part-of-speech tag of each token.
    public var tags: [UniversalTag]
    /// The Penn Treebank tag of each token (`VBD`, `NNP`, ...), as UD English writes in its XPOS column.
    public var pennTags: [String]
    /// The index of each token's head, or nil for the root of the sentence.
    public var heads: [Int?]
    /// The relation of each token to its head: `nsubj`, `obj`, `obl:agent`, `nmod:poss`, ... (`root` for the root).
    public var relations: [String]

    public init(tokens: [ParseToken], tags: [UniversalTag], pennTags: [String], heads: [Int?], relations: [String]) {
        self.tokens = tokens
        self.tags = tags
        self.pennTags = pennTags
        self.heads = heads
        self.relations = relations
    }

    public var count: Int { tokens.count }

    /// The universal part of a relation: `nsubj` of `nsubj:pass`.
    public static func universal(_ relation: String) -> Substring {
        relation.split(separator: ":", maxSplits: 1).first ?? Substring(relation)
    }

    /// Whether `relation` is `kind` or a subtype of it; `kind` may itself name a subtype (`obl:agent`).
    public static func relation(_ relation: String, isA kind: String) -> Bool {
        relation == kind || (relation.hasPrefix(kind) && relation.dropFirst(kind.count).first == ":")
    }
}
