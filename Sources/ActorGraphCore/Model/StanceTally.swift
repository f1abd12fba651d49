/// Sentence counts and the mean stance they come to: how the sentences behind a pair make an edge's `weight`,
/// `positive`, `negative` and `stance`, and each month's of its `timeline`.
///
/// A sentence counts as cooperative when its stance for the pair is above 0, hostile when below; the edge's stance
/// is the mean over its sentences. Stances come to four decimals, so they are added as whole ten-thousandths: the
/// sum is exact and the mean the same in any order of adding, where a sum of doubles rounds differently by order
/// (-0.6137, 0.6234, 0.4728 and 0.5477 average 0.2575 or 0.2576). `graph build` counts each edge and month with it,
/// and ``PeopleFold`` again the sentences of a folded tie.
///
///     var tally = StanceTally()
///     tally.add(0.8)
///     tally.add(0)
///     tally.stance    // 0.4, with weight 2, positive 1, negative 0
public struct StanceTally: Sendable, Hashable, Codable {
    public private(set) var weight = 0
    public private(set) var positive = 0
    public private(set) var negative = 0
    /// The sum of the stances, in ten-thousandths.
    private(set) var stanceSum = 0

    public init() {}

    /// The counts an edge or a month states: its stance is their mean, so their sum is stance × weight, to the
    /// rounding of the stored mean.
    init(weight: Int, positive: Int, negative: Int, stance: Double) {
        self.weight = weight
        self.positive = positive
        self.negative = negative
        stanceSum = Int((stance * Double(weight) * 10_000).rounded())
    }

    /// The counts and the sum of stances in ten-thousandths, as the `Codable` form holds them.
    init(weight: Int, positive: Int, negative: Int, stanceSum: Int) {
        self.weight = weight
        self.positive = positive
        self.negative = negative
        self.stanceSum = stanceSum
    }

    public mutating func add(_ stance: Double) {
        weight += 1
        if stance > 0 { positive += 1 }
        if stance < 0 { negative += 1 }
        stanceSum += Self.tenThousandths(stance)
    }

    /// Takes away one sentence of this stance that ``add(_:)`` or the stated counts held.
    mutating func remove(_ stance: Double) {
        weight -= 1
        if stance > 0 { positive -= 1 }
        if stance < 0 { negative -= 1 }
        stanceSum -= Self.tenThousandths(stance)
    }

    /// Adds the sentences `other` counted.
    public mutating func add(_ other: StanceTally) {
        weight += other.weight
        positive += other.positive
        negative += other.negative
        stanceSum += other.stanceSum
    }

    /// The mean stance, clipped to [-1, 1] and rounded to four decimals as the network file writes it; 0 without
    /// sentences.
    public var stance: Double {
        max(-10_000, min(10_000, (Double(stanceSum) / Double(max(weight, 1))).rounded())) / 10_000
    }

    private static func tenThousandths(_ stance: Double) -> Int {
        Int((stance * 10_000).rounded())
    }
}
