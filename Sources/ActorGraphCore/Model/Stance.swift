/// The rule that turns a net stance into a sign, shared by the builder, the queries and the scorers.
public enum Stance {
    /// A net stance must reach this size to give a sign; below it the text gives no net stance.
    public static let signThreshold = 0.05

    /// `1`, `-1`, or `0` when `|stance| < signThreshold`.
    public static func sign(of stance: Double) -> Int {
        abs(stance) < signThreshold ? 0 : (stance > 0 ? 1 : -1)
    }
}
