/// The attributes that GraphML, GEXF and CSV exports carry, in one order, with one type each, so the
/// three formats say the same things under the same names.
///
/// Every value is rendered as the text the formats write: integers in decimal, doubles in the
/// shortest form that reads back to the same value (as in `network.json`), strings as they are. A
/// `nil` value means "absent": an affiliation that is not known, or evidence a membership edge does
/// not have.
enum ExportAttributes {
    /// The type an attribute is declared with.
    enum ValueType: Sendable {
        case int
        case double
        case string
    }

    struct Attribute<Subject>: Sendable {
        let name: String
        let type: ValueType
        let value: @Sendable (Subject) -> String?
    }

    /// A node's attributes beside its `id`.
    static let node: [Attribute<Node>] = [
        Attribute(name: "label", type: .string) { $0.label },
        Attribute(name: "kind", type: .string) { $0.kind.rawValue },
        Attribute(name: "mentions", type: .int) { String($0.mentions) },
        Attribute(name: "affiliation", type: .string) { $0.affiliation },
    ]

    /// An edge's attributes beside its `source` and `target`.
    ///
    /// `evidence`, `evidence_document` and `evidence_date` are the strongest stored sentence (largest
    /// |stance|, the first such in stored order), its document and its date. `first_date` and `last_date`
    /// span the dates of the stored evidence, which is capped (see `Edge.evidence`), so they bound the
    /// strongest sentences rather than every sentence behind the edge.
    static let edge: [Attribute<Edge>] = [
        Attribute(name: "kind", type: .string) { $0.kind.rawValue },
        Attribute(name: "weight", type: .int) { String($0.weight) },
        Attribute(name: "positive", type: .int) { String($0.positive) },
        Attribute(name: "negative", type: .int) { String($0.negative) },
        Attribute(name: "stance", type: .double) { JSONValue.number($0.stance) },
        Attribute(name: "sign", type: .int) { String($0.sign) },
        Attribute(name: "evidence", type: .string) { $0.strongestEvidence?.text },
        Attribute(name: "evidence_document", type: .string) { $0.strongestEvidence?.document },
        Attribute(name: "evidence_date", type: .string) { $0.strongestEvidence?.date },
        Attribute(name: "first_date", type: .string) { dateRange(of: $0)?.first },
        Attribute(name: "last_date", type: .string) { dateRange(of: $0)?.last },
    ]

    /// The earliest and latest `YYYY-MM-DD` dates of the stored evidence, or nil when none has one.
    ///
    /// Dates in any other form are left out, since GEXF readers reject a malformed time.
    static func dateRange(of edge: Edge) -> (first: String, last: String)? {
        let dates = edge.evidence.compactMap(\.date).filter(isCalendarDate)
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return (first, last)
    }

    /// Whether `text` has the shape `YYYY-MM-DD`, which sorts as text in date order.
    static func isCalendarDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return false }
        for (index, byte) in bytes.enumerated() {
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            if (index == 4 || index == 7) ? byte != UInt8(ascii: "-") : !isDigit { return false }
        }
        return true
    }
}
