/// The rule that turns a net stance into a sign, shared by the builder, the queries and the scorers.
public enum Stance {
    /// A net stance must reach this size to give a sign; below it the text gives no net stance.
    public static let signThreshold = 0.05

    /// `1`, `-1`, or `0` when `|stance| < signThreshold`.
    public static func sign(of stance: Double) -> Int {
        abs(stance) < signThreshold ? 0 : (stance > 0 ? 1 : -1)
    }
}

extension Stance {
    /// A pair's stance in one sentence from the stances of the cues the sentence gives the pair: their sum, clipped
    /// to [-1, 1] and rounded to four decimals (as the extraction reads a sentence; ``PeopleFold`` applies it to the
    /// cues a folded pair gathers from the ties it merges).
    public static func ofSentence(cues: [Double]) -> Double {
        (max(-1, min(1, cues.reduce(0, +))) * 10_000).rounded() / 10_000
    }
}
