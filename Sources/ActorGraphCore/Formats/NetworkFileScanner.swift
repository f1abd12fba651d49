import Foundation

/// Reads a well-formed `network.json` straight from its bytes into ``NetworkJSON/File``, the fast path of
/// ``NetworkJSON/decode(_:)``.
///
/// `JSONDecoder` builds a map of the whole document and then decodes it through `Codable`: on a network of a million
/// edges (208 MB) that took 6 s and 890 MB for a one-node query. This reads each field as it passes, skips keys it
/// does not know (`analysis`) after checking their syntax, and holds nothing but the result. It accepts only what
/// `JSONDecoder` accepts the same way: on anything else (a syntax error, a missing field, a fraction or an
/// out-of-range number in a count, an unknown kind, a repeated key, invalid UTF-8) it gives nil, and the caller
/// decodes with `JSONDecoder`, whose errors name the fault.
///
/// - Complexity: O(n) in the length of the text.
struct NetworkFileScanner {
    /// Anything the fast path does not read; the caller falls back to `JSONDecoder`.
    private struct Unread: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The file `data` holds, or nil when it is not plainly a valid network file.
    static func file(_ data: Data) -> NetworkJSON.File? {
        data.withUnsafeBytes { raw in
            var scanner = NetworkFileScanner(raw.bindMemory(to: UInt8.self))
            return try? scanner.document()
        }
    }

    private mutating func document() throws(Unread) -> NetworkJSON.File {
        var format: String?
        var corpus: Network.Corpus?
        var nodes: [Node]?
        var edges: [NetworkJSON.FileEdge]?
        var sentences: [NetworkJSON.Sentence]?
        var folded: [Node]?
        try object { scanner, key throws(Unread) in
            switch key {
            case "format": format = try scanner.string()
            case "corpus": corpus = try scanner.nullOr { scanner throws(Unread) in try scanner.corpus() }
            case "nodes": nodes = try scanner.array { scanner throws(Unread) in try scanner.node() }
            case "edges": edges = try scanner.array { scanner throws(Unread) in try scanner.edge() }
            case "sentences":
                sentences = try scanner.nullOrArray { scanner throws(Unread) in try scanner.sentence() }
            case "folded":
                folded = try scanner.nullOrArray { scanner throws(Unread) in try scanner.node() }
            default: try scanner.skipValue()
            }
        }
        skipSpace()
        guard index == bytes.count, let format, let nodes, let edges else { throw Unread() }
        return NetworkJSON.File(
            format: format, corpus: corpus, nodes: nodes, edges: edges, sentences: sentences, folded: folded)
    }

    private mutating func corpus() throws(Unread) -> Network.Corpus {
        var documents: Int?
        var sentences: Int?
        var dates: [String]?
        try object { scanner, key throws(Unread) in
            switch key {
            case "documents": documents = try scanner.int()
            case "sentences": sentences = try scanner.int()
            case "dates":
                dates = try scanner.nullOrArray { scanner throws(Unread) in try scanner.string() }
            default: try scanner.skipValue()
            }
        }
        // Two dates in order, as `ClosedRange`'s decoding asks; anything else goes to JSONDecoder for its message.
        guard let documents, let sentences, dates.map({ $0.count == 2 && $0[0] <= $0[1] }) ?? true else {
            throw Unread()
        }
        return Network.Corpus(documents: documents, sentences: sentences, dates: dates.map { $0[0]...$0[1] })
    }

    private mutating func node() throws(Unread) -> Node {
        var id: String?, label: String?, kind: NodeKind?, mentions: Int?, affiliation: String?, aliases: [String]?
        try object { scanner, key throws(Unread) in
            switch key {
            case "id": id = try scanner.string()
            case "label": label = try scanner.string()
            case "kind": kind = NodeKind(rawValue: try scanner.string())
            case "mentions": mentions = try scanner.int()
            case "affiliation": affiliation = try scanner.nullOr { scanner throws(Unread) in try scanner.string() }
            case "aliases":
                aliases = try scanner.nullOrArray { scanner throws(Unread) in try scanner.string() }
            default: try scanner.skipValue()
            }
        }
        guard let id, let label, let kind, let mentions else { throw Unread() }
        return Node(
            id: id, label: label, kind: kind, mentions: mentions, affiliation: affiliation, aliases: aliases ?? [])
    }

    private mutating func edge() throws(Unread) -> NetworkJSON.FileEdge {
        var source: String?, target: String?, kind: EdgeKind?, weight: Int?
        var positive: Int?, negative: Int?, stance: Double?, sign: Int?
        var evidence: [NetworkJSON.FileEvidence]?, timeline: [StancePeriod]?
        try object { scanner, key throws(Unread) in
            switch key {
            case "source": source = try scanner.string()
            case "target": target = try scanner.string()
            case "kind": kind = EdgeKind(rawValue: try scanner.string())
            case "weight": weight = try scanner.int()
            case "positive": positive = try scanner.nullOr { scanner throws(Unread) in try scanner.int() }
            case "negative": negative = try scanner.nullOr { scanner throws(Unread) in try scanner.int() }
            case "stance": stance = try scanner.nullOr { scanner throws(Unread) in try scanner.double() }
            case "sign": sign = try scanner.nullOr { scanner throws(Unread) in try scanner.int() }
            case "evidence":
                evidence = try scanner.nullOrArray { scanner throws(Unread) in try scanner.evidence() }
            case "timeline":
                timeline = try scanner.nullOrArray { scanner throws(Unread) in try scanner.period() }
            default: try scanner.skipValue()
            }
        }
        guard let source, let target, let kind, let weight else { throw Unread() }
        return NetworkJSON.FileEdge(
            source: source, target: target, kind: kind, weight: weight, positive: positive, negative: negative,
            stance: stance, sign: sign, evidence: evidence, timeline: timeline)
    }

    private mutating func evidence() throws(Unread) -> NetworkJSON.FileEvidence {
        var document: String?, sentence: Int?, ref: Int?, date: String?, stance: Double?
        var cue: String?, source: String?, target: String?, text: String?, people: [String]?, cueRange: [Int]?
        try object { scanner, key throws(Unread) in
            switch key {
            case "document": document = try scanner.string()
            case "sentence": sentence = try scanner.int()
            case "ref": ref = try scanner.nullOr { scanner throws(Unread) in try scanner.int() }
            case "date": date = try scanner.nullOr { scanner throws(Unread) in try scanner.string() }
            case "stance": stance = try scanner.double()
            case "cue": cue = try scanner.nullOr { scanner throws(Unread) in try scanner.string() }
            case "source": source = try scanner.nullOr { scanner throws(Unread) in try scanner.string() }
            case "target": target = try scanner.nullOr { scanner throws(Unread) in try scanner.string() }
            case "text": text = try scanner.nullOr { scanner throws(Unread) in try scanner.string() }
            case "people":
                people = try scanner.nullOrArray { scanner throws(Unread) in try scanner.string() }
            case "cue_range":
                cueRange = try scanner.nullOrArray { scanner throws(Unread) in try scanner.int() }
            default: try scanner.skipValue()
            }
        }
        // Two offsets in order, as `Range`'s decoding asks; anything else goes to JSONDecoder for its message.
        guard let document, let sentence, let stance, cueRange.map({ $0.count == 2 && $0[0] <= $0[1] }) ?? true
        else { throw Unread() }
        return NetworkJSON.FileEvidence(
            document: document, sentence: sentence, ref: ref, date: date, stance: stance, writtenCue: cue,
            cueRange: cueRange.map { $0[0]..<$0[1] }, source: source, target: target, text: text, people: people ?? [])
    }

    /// A row of the `sentences` table.
    private mutating func sentence() throws(Unread) -> NetworkJSON.Sentence {
        var document: String?, sentence: Int?, date: String?, text: String?
        try object { scanner, key throws(Unread) in
            switch key {
            case "document": document = try scanner.string()
            case "sentence": sentence = try scanner.int()
            case "date": date = try scanner.nullOr { scanner throws(Unread) in try scanner.string() }
            case "text": text = try scanner.string()
            default: try scanner.skipValue()
            }
        }
        guard let document, let sentence, let text else { throw Unread() }
        return NetworkJSON.Sentence(document: document, sentence: sentence, date: date, text: text)
    }

    private mutating func period() throws(Unread) -> StancePeriod {
        var month: String?, weight: Int?, positive: Int?, negative: Int?, stance: Double?
        try object { scanner, key throws(Unread) in
            switch key {
            case "month": month = try scanner.string()
            case "weight": weight = try scanner.int()
            case "positive": positive = try scanner.int()
            case "negative": negative = try scanner.int()
            case "stance": stance = try scanner.double()
            default: try scanner.skipValue()
            }
        }
        guard let month, let weight, let positive, let negative, let stance else { throw Unread() }
        return StancePeriod(month: month, weight: weight, positive: positive, negative: negative, stance: stance)
    }

    // MARK: JSON syntax

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    /// Steps over `byte` after white space, or fails.
    private mutating func take(_ byte: UInt8) throws(Unread) {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { throw Unread() }
        index += 1
    }

    /// Whether the next byte after white space is `byte`, stepping over it if so.
    private mutating func takeIf(_ byte: UInt8) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// An object: `field` reads the value of each key; a key given twice fails.
    private mutating func object(
        _ field: (inout NetworkFileScanner, String) throws(Unread) -> Void
    ) throws(Unread) {
        try take(UInt8(ascii: "{"))
        if takeIf(UInt8(ascii: "}")) { return }
        var seen: [String] = []  // a handful of keys: a linear search costs less than hashing them
        repeat {
            let key = try string()
            guard !seen.contains(key) else { throw Unread() }
            seen.append(key)
            try take(UInt8(ascii: ":"))
            try field(&self, key)
        } while takeIf(UInt8(ascii: ","))
        try take(UInt8(ascii: "}"))
    }

    private mutating func array<T>(_ element: (inout NetworkFileScanner) throws(Unread) -> T) throws(Unread) -> [T] {
        try take(UInt8(ascii: "["))
        var items: [T] = []
        if takeIf(UInt8(ascii: "]")) { return items }
        repeat {
            items.append(try element(&self))
        } while takeIf(UInt8(ascii: ","))
        try take(UInt8(ascii: "]"))
        return items
    }

    /// `null` as nil, or an array of what `element` reads.
    private mutating func nullOrArray<T>(
        _ element: (inout NetworkFileScanner) throws(Unread) -> T
    ) throws(Unread) -> [T]? {
        if literal("null") { return nil }
        return try array(element)
    }

    /// `null` as nil, or the value `read` reads.
    private mutating func nullOr<T>(_ read: (inout NetworkFileScanner) throws(Unread) -> T) throws(Unread) -> T? {
        if literal("null") { return nil }
        return try read(&self)
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        skipSpace()
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for k in 0..<count where bytes[index + k] != word.utf8Start[k] { return false }
        index += count
        return true
    }

    /// A string, its escapes resolved; invalid UTF-8 or a raw control character fails.
    private mutating func string() throws(Unread) -> String {
        try take(UInt8(ascii: "\""))
        let start = index
        var escaped = false
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            guard bytes[index] >= 0x20 else { throw Unread() }
            if bytes[index] == UInt8(ascii: "\\") {
                escaped = true
                index += 1
            }
            index += 1
        }
        guard index < bytes.count else { throw Unread() }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        guard escaped else {
            if !raw.contains(where: { $0 >= 0x80 }) { return String(decoding: raw, as: UTF8.self) }
            guard let text = String(validating: raw, as: UTF8.self) else { throw Unread() }
            return text
        }
        return try Self.unescape(raw)
    }

    private static func unescape(_ raw: UnsafeBufferPointer<UInt8>) throws(Unread) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var k = 0
        func hex4() throws(Unread) -> UInt32 {
            guard k + 4 < raw.count else { throw Unread() }
            var value: UInt32 = 0
            for byte in raw[(k + 1)...(k + 4)] {
                guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { throw Unread() }
                value = value * 16 + UInt32(digit)
            }
            k += 4
            return value
        }
        while k < raw.count {
            guard raw[k] == UInt8(ascii: "\\") else {
                out.append(raw[k])
                k += 1
                continue
            }
            k += 1
            guard k < raw.count else { throw Unread() }
            switch raw[k] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(raw[k])
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var value = try hex4()
                if (0xD800..<0xDC00).contains(value) {
                    guard k + 2 < raw.count, raw[k + 1] == UInt8(ascii: "\\"), raw[k + 2] == UInt8(ascii: "u")
                    else { throw Unread() }
                    k += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw Unread() }
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(value) else { throw Unread() }
                out.append(contentsOf: String(scalar).utf8)
            default: throw Unread()
            }
            k += 1
        }
        guard let text = String(validating: out, as: UTF8.self) else { throw Unread() }
        return text
    }

    /// The bytes of a JSON number, checked against its grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func number() throws(Unread) -> (text: UnsafeBufferPointer<UInt8>, isInteger: Bool) {
        skipSpace()
        let start = index
        func digits() -> Int {
            let from = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - from
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let leading = index
        guard digits() > 0, bytes[leading] != UInt8(ascii: "0") || index - leading == 1 else { throw Unread() }
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw Unread() }
            isInteger = false
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw Unread() }
            isInteger = false
        }
        return (UnsafeBufferPointer(rebasing: bytes[start..<index]), isInteger)
    }

    /// A whole number written without fraction or exponent, that fits an `Int`.
    private mutating func int() throws(Unread) -> Int {
        let (text, isInteger) = try number()
        guard isInteger, let value = Int(String(decoding: text, as: UTF8.self)) else { throw Unread() }
        return value
    }

    private mutating func double() throws(Unread) -> Double {
        let (text, _) = try number()
        guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else { throw Unread() }
        return value
    }

    /// Steps over any value, checking its syntax.
    private mutating func skipValue() throws(Unread) {
        skipSpace()
        guard index < bytes.count else { throw Unread() }
        switch bytes[index] {
        case UInt8(ascii: "{"): try object { scanner, _ throws(Unread) in try scanner.skipValue() }
        case UInt8(ascii: "["): _ = try array { scanner throws(Unread) in try scanner.skipValue() }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"): guard literal("true") else { throw Unread() }
        case UInt8(ascii: "f"): guard literal("false") else { throw Unread() }
        case UInt8(ascii: "n"): guard literal("null") else { throw Unread() }
        default: _ = try number()
        }
    }
}
