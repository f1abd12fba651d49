/// A stance cue found in a sentence: what was written, and how it leans once negation is applied.
public struct Cue: Sendable, Hashable {
    /// The cue as the lexicon writes it, after `not ` where a negator turned it (`not against`).
    public var phrase: String
    /// Its signed strength in [-1, 1].
    public var stance: Double
    /// The index of its first word among the sentence's words.
    public var position: Int
}

/// How a sentence leans: the sum of its cues, clipped to [-1, 1], and the cue that weighs most in that direction.
public struct SentenceStance: Sendable, Hashable {
    public var stance: Double
    public var cues: [Cue]

    /// The cue that decided the sign, or nil for a sentence without net stance.
    public var decisiveCue: Cue? {
        guard stance != 0 else { return nil }
        return cues.filter { ($0.stance > 0) == (stance > 0) }.max { abs($0.stance) < abs($1.stance) }
    }

    public static let neutral = SentenceStance(stance: 0, cues: [])
}
