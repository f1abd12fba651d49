import ActorGraphCore

/// The rules that turn the text of an imported value into the value a `Node` or `Edge` holds, shared by
/// the CSV and GraphML importers so both accept the same things and say the same things when they cannot.
///
/// An empty value means "not given" everywhere. Numbers may have space around them.
enum ImportFields {
    /// A value that cannot be used; the message says which, why, and what to write instead.
    struct Invalid: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    /// A node or edge id: the text without space at its ends; an empty id is an error.
    static func id(_ text: String?, column: String) throws(Invalid) -> String {
        let id = trimmed(text)
        guard !id.isEmpty else { throw Invalid("\(column) is empty; every edge needs a source and a target") }
        return id
    }

    /// An edge's weight: a whole number of 1 or more, 1 when not given.
    ///
    /// `network.json` counts weights in whole units (sentences, events), so `3.0` is read as 3 but
    /// `2.5` is refused rather than rounded behind the user's back.
    static func weight(_ text: String?) throws(Invalid) -> Int {
        let value = trimmed(text)
        if value.isEmpty { return 1 }
        let hint = "give a whole number of 1 or more, or leave it empty for 1"
        guard let number = Double(value), number.isFinite else {
            throw Invalid("weight \"\(value)\" is not a number; \(hint)")
        }
        guard number >= 1 else {
            throw Invalid("weight \"\(value)\" is less than 1; \(hint), or drop the row")
        }
        guard number == number.rounded(), number < 1e15 else {
            throw Invalid(
                "weight \"\(value)\" is not a whole number; weights count sentences or events, so round or scale"
                    + " the column to whole numbers")
        }
        return Int(number)
    }

    /// A count (`positive`, `negative`, `mentions`): a whole number of 0 or more, 0 when not given.
    static func count(_ text: String?, name: String) throws(Invalid) -> Int {
        let value = trimmed(text)
        if value.isEmpty { return 0 }
        guard let number = Double(value), number.isFinite, number >= 0, number == number.rounded(), number < 1e15
        else {
            throw Invalid("\(name) \"\(value)\" is not a whole number of 0 or more; give a count, or leave it empty for 0")
        }
        return Int(number)
    }

    /// A stance: a number in [-1, 1], or nil when not given.
    static func stance(_ text: String?) throws(Invalid) -> Double? {
        let value = trimmed(text)
        if value.isEmpty { return nil }
        guard let number = Double(value), number.isFinite else {
            throw Invalid("stance \"\(value)\" is not a number; give a number from -1 to 1, or leave it empty")
        }
        guard (-1...1).contains(number) else {
            throw Invalid(
                "stance \"\(value)\" is outside [-1, 1]; put a score on another scale (such as Goldstein's) in the"
                    + " sign column, whose sign alone is used")
        }
        return number
    }

    /// A sign: `1`, `-1`, `0`, `+` or `-`, or any number, whose sign is taken (so a Goldstein score or
    /// a tone can be used as it is); nil when not given.
    static func sign(_ text: String?) throws(Invalid) -> Int? {
        let value = trimmed(text)
        switch value {
        case "": return nil
        case "+": return 1
        case "-": return -1
        default:
            guard let number = Double(value), !number.isNaN else {
                throw Invalid("sign \"\(value)\" is not 1, -1, 0, + or -, nor a number whose sign could be taken")
            }
            return number > 0 ? 1 : number < 0 ? -1 : 0
        }
    }

    /// An edge kind, in any case; `relation` when not given.
    static func edgeKind(_ text: String?) throws(Invalid) -> EdgeKind {
        let value = trimmed(text)
        if value.isEmpty { return .relation }
        guard let kind = EdgeKind(rawValue: value.lowercased()) else {
            throw Invalid("edge kind \"\(value)\" is not relation or membership; leave it empty for relation")
        }
        return kind
    }

    /// A node kind, in any case; nil when not given.
    static func nodeKind(_ text: String?) throws(Invalid) -> NodeKind? {
        let value = trimmed(text)
        if value.isEmpty { return nil }
        guard let kind = NodeKind(rawValue: value.lowercased()) else {
            let kinds = NodeKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw Invalid("node kind \"\(value)\" is not one of \(kinds); leave it empty to have it guessed")
        }
        return kind
    }

    /// The kind of a node the file does not describe: `country` when its id looks like an ISO 3166-1
    /// alpha-3 code (three capital ASCII letters, as GDELT, ICEWS and COW-style files use), `organization`
    /// otherwise. The guess is wrong for three-letter groupings such as `SCO`; a nodes file fixes that.
    static func guessedKind(of id: String) -> NodeKind {
        let bytes = Array(id.utf8)
        let isAlpha3 = bytes.count == 3 && bytes.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        return isAlpha3 ? .country : .organization
    }

    /// An affiliation: nil when not given.
    static func optional(_ text: String?) -> String? {
        let value = trimmed(text)
        return value.isEmpty ? nil : value
    }

    private static func trimmed(_ text: String?) -> String {
        var value = Substring(text ?? "")
        while value.first?.isWhitespace == true { value.removeFirst() }
        while value.last?.isWhitespace == true { value.removeLast() }
        return String(value)
    }
}
