/// An undirected, signed, weighted tie between two nodes, with the sentences behind it.
///
/// `source < target` in plain string order; there is at most one edge per pair and kind.
public struct Edge: Sendable, Hashable, Codable {
    public var source: String
    public var target: String
    public var kind: EdgeKind
    /// The number of sentences that name both ends (1 for a membership edge).
    public var weight: Int
    /// How many of those sentences carry a cooperative cue for this pair.
    public var positive: Int
    /// How many of those sentences carry a conflictual cue for this pair.
    public var negative: Int
    /// The net cue strength over the pair's sentences, in [-1, 1].
    public var stance: Double
    /// `1`, `-1`, or `0` where the text gives no net stance.
    public var sign: Int
    /// The strongest sentences behind the edge; capped, while the counts above are exact.
    public var evidence: [Evidence]
    /// The edge's counts month by month, over the sentences of dated articles; empty when none is dated.
    public var timeline: [StancePeriod]

    public init(
        source: String, target: String, kind: EdgeKind, weight: Int,
        positive: Int = 0, negative: Int = 0, stance: Double = 0, sign: Int = 0, evidence: [Evidence] = [],
        timeline: [StancePeriod] = []
    ) {
        precondition(source < target, "an edge's source sorts before its target")
        self.source = source
        self.target = target
        self.kind = kind
        self.weight = weight
        self.positive = positive
        self.negative = negative
        self.stance = stance
        self.sign = sign
        self.evidence = evidence
        self.timeline = timeline
    }

    /// The end that is not `id`, or nil when `id` is neither end.
    public func otherEnd(of id: String) -> String? {
        if id == source { return target }
        if id == target { return source }
        return nil
    }
}
