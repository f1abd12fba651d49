/// A measure that could not be computed for a network, and why.
///
/// One measure failing (a power iteration that does not converge in time, say) takes out that measure only: the
/// table or analysis it belongs to still holds every other measure, with this one's values nil (`null` in JSON,
/// "—" in tables) and this value saying why.
public struct MeasureFailure: Sendable, Hashable {
    /// The measure's key in JSON output: `eigenvector`, `pagerank`.
    public var measure: String
    /// What went wrong, in one line: the error's description.
    public var reason: String

    public init(measure: String, reason: String) {
        self.measure = measure
        self.reason = reason
    }

    /// Runs `compute`; what it throws becomes a failure of `measure`, appended to `failures`, and nil.
    static func attempt<Value>(
        _ measure: String, recordingIn failures: inout [MeasureFailure], _ compute: () throws -> Value
    ) -> Value? {
        do {
            return try compute()
        } catch {
            failures.append(MeasureFailure(measure: measure, reason: String(describing: error)))
            return nil
        }
    }
}
