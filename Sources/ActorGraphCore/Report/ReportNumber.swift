import Foundation

/// Number formatting shared by the report renderers: fixed digits, so the same network gives the same text.
enum ReportNumber {
    static func fixed(_ value: Double, digits: Int = 4) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// A stance with its sign always shown, e.g. `+0.41`, `-0.80`.
    static func signed(_ value: Double) -> String {
        String(format: "%+.2f", value)
    }

    /// One centrality value: counts, and a strength that is a whole number, without decimals; `—` for a measure
    /// that could not be computed.
    static func measure(_ value: Double?, of measure: CentralityMeasure) -> String {
        guard let value else { return "—" }
        return measure.isCount || (measure == .strength && value == value.rounded()) ? String(Int(value)) : fixed(value)
    }

    /// One sentence per measure that could not be computed (shown as `—` in its table), saying why.
    static func failures(_ failures: [MeasureFailure]) -> [String] {
        failures.map { "— \($0.measure) could not be computed: \($0.reason)." }
    }

    /// A score that may be undefined (no signed triangles, say): `-` then.
    static func optional(_ value: Double?) -> String {
        value.map { fixed($0) } ?? "-"
    }
}
