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

    /// One centrality value: counts, and a strength that is a whole number, without decimals.
    static func measure(_ value: Double, of measure: CentralityMeasure) -> String {
        measure.isCount || (measure == .strength && value == value.rounded()) ? String(Int(value)) : fixed(value)
    }

    /// A score that may be undefined (no signed triangles, say): `-` then.
    static func optional(_ value: Double?) -> String {
        value.map { fixed($0) } ?? "-"
    }
}
