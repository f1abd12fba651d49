/// A JSON value whose objects keep their keys in the order they were written.
///
/// Foundation's `JSONEncoder` gives no key-order guarantee without `.sortedKeys`, and sorted keys would scatter
/// the fields of `network.json` away from the order `Docs/Formats.md` documents. Writing through this type makes every
/// file and every `--json` answer the same bytes for the same value.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.int(a), .int(b)): a == b
        case let (.double(a), .double(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(render(style: .compact))
    }

    /// An object from key–value pairs, leaving out the pairs whose value is nil.
    public static func object(_ fields: [(String, JSONValue?)]) -> JSONValue {
        .object(fields.compactMap { key, value in value.map { (key, $0) } })
    }
}

extension JSONValue {
    /// How a value is laid out as text.
    public enum Style: Sendable {
        /// One line, no spaces.
        case compact
        /// Containers that hold containers are broken over indented lines; an array of scalars stays on one line,
        /// and so does an object whose values are scalars or such arrays, so a node (with its `aliases`) or an
        /// evidence item (with its `people`) is one line of a diff.
        case readable
    }

    /// The value as JSON text.
    public func render(style: Style = .readable) -> String {
        var out = ""
        write(into: &out, style: style, indent: 0)
        return out
    }

    var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// Whether the value is written on one line in the readable style: a scalar, an array of scalars, or an object
    /// whose values are scalars or arrays of scalars.
    private var isFlat: Bool {
        switch self {
        case .array(let items): items.allSatisfy(\.isScalar)
        case .object(let fields): fields.allSatisfy { $0.1.isScalar || $0.1.isFlatArray }
        default: true
        }
    }

    private var isFlatArray: Bool {
        if case .array(let items) = self { items.allSatisfy(\.isScalar) } else { false }
    }

    func write(into out: inout String, style: Style, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += Self.number(d)
        case .string(let s): Self.quote(s, into: &out)
        case .array(let items):
            writeContainer(into: &out, style: style, indent: indent, open: "[", close: "]", count: items.count) {
                out, i, inner in items[i].write(into: &out, style: style, indent: inner)
            }
        case .object(let fields):
            let separator = style == .compact ? ":" : ": "
            writeContainer(into: &out, style: style, indent: indent, open: "{", close: "}", count: fields.count) {
                out, i, inner in
                Self.quote(fields[i].0, into: &out)
                out += separator
                fields[i].1.write(into: &out, style: style, indent: inner)
            }
        }
    }

    private func writeContainer(
        into out: inout String, style: Style, indent: Int, open: String, close: String, count: Int,
        element: (inout String, Int, Int) -> Void
    ) {
        out += open
        defer { out += close }
        guard count > 0 else { return }
        if style == .compact || isFlat {
            let comma = style == .compact ? "," : ", "
            for i in 0..<count {
                if i > 0 { out += comma }
                element(&out, i, indent)
            }
            return
        }
        let inner = indent + 1
        let pad = String(repeating: " ", count: inner)
        for i in 0..<count {
            out += i == 0 ? "\n" : ",\n"
            out += pad
            element(&out, i, inner)
        }
        out += "\n" + String(repeating: " ", count: indent)
    }

    /// A finite double in the shortest form that reads back to the same value; JSON has no NaN or infinity,
    /// so those become 0 (no measure of ours produces them on purpose).
    static func number(_ d: Double) -> String {
        guard d.isFinite else { return "0" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return "\(d)"
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        defer { out += "\"" }
        // Most strings (ids, labels, names) need no escape: append them whole.
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            out += s
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
