/// How a relation leaned in one calendar month: the counts and net stance of the sentences behind it that come from
/// articles of that month. An edge's `timeline` lists its months in order, so a reader sees the stance move.
public struct StancePeriod: Sendable, Hashable, Codable {
    /// `YYYY-MM`.
    public var month: String
    public var weight: Int
    public var positive: Int
    public var negative: Int
    /// The mean stance of the month's sentences, in [-1, 1].
    public var stance: Double

    public init(month: String, weight: Int, positive: Int, negative: Int, stance: Double) {
        self.month = month
        self.weight = weight
        self.positive = positive
        self.negative = negative
        self.stance = stance
    }
}
