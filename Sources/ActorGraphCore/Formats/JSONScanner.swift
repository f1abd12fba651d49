import Foundation

/// Reads JSON straight from its bytes, a value at a time, into whatever the caller builds: the fast path of the
/// readers of the tool's own files (`network.json` through ``NetworkJSON/decode(_:)``, partial networks).
///
/// `JSONDecoder` builds a map of the whole document and then decodes it through `Codable`, which on files of many
/// small objects costs most of the time of reading them. A scanner reads each field as it passes and holds nothing
/// but the result. It accepts only what `JSONDecoder` accepts the same way: on anything else (a syntax error, a
/// fraction or an out-of-range number where a count is read, a repeated key, invalid UTF-8) it throws ``Unread``,
/// and the caller decodes with `JSONDecoder`, whose errors name the fault.
///
///     var scanner = JSONScanner(bytes)
///     try scanner.object { scanner, key throws(JSONScanner.Unread) in
///         if key == "weight" { weight = try scanner.int() } else { try scanner.skipValue() }
///     }
///
/// - Complexity: O(n) in the length of the text.
public struct JSONScanner {
    /// Anything the scanner does not read; the caller falls back to `JSONDecoder`.
    public struct Unread: Error {
        public init() {}
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    /// A scanner at the start of `bytes`, which must outlive it.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Whether only white space is left.
    public mutating func isAtEnd() -> Bool {
        skipSpace()
        return index == bytes.count
    }

    /// `true` or `false`.
    public mutating func bool() throws(Unread) -> Bool {
        if literal("true") { return true }
        if literal("false") { return false }
        throw Unread()
    }

    mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    /// Steps over `byte` after white space, or fails.
    mutating func take(_ byte: UInt8) throws(Unread) {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { throw Unread() }
        index += 1
    }

    /// Whether the next byte after white space is `byte`, stepping over it if so.
    mutating func takeIf(_ byte: UInt8) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// An object: `field` reads the value of each key; a key given twice fails.
    public mutating func object(
        _ field: (inout JSONScanner, String) throws(Unread) -> Void
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

    public mutating func array<T>(_ element: (inout JSONScanner) throws(Unread) -> T) throws(Unread) -> [T] {
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
    public mutating func nullOrArray<T>(
        _ element: (inout JSONScanner) throws(Unread) -> T
    ) throws(Unread) -> [T]? {
        if literal("null") { return nil }
        return try array(element)
    }

    /// `null` as nil, or the value `read` reads.
    public mutating func nullOr<T>(_ read: (inout JSONScanner) throws(Unread) -> T) throws(Unread) -> T? {
        if literal("null") { return nil }
        return try read(&self)
    }

    public mutating func literal(_ word: StaticString) -> Bool {
        skipSpace()
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for k in 0..<count where bytes[index + k] != word.utf8Start[k] { return false }
        index += count
        return true
    }

    /// A string, its escapes resolved; invalid UTF-8 or a raw control character fails.
    public mutating func string() throws(Unread) -> String {
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
    public mutating func int() throws(Unread) -> Int {
        let (text, isInteger) = try number()
        guard isInteger, let value = Int(String(decoding: text, as: UTF8.self)) else { throw Unread() }
        return value
    }

    public mutating func double() throws(Unread) -> Double {
        let (text, _) = try number()
        guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else { throw Unread() }
        return value
    }

    /// Steps over any value, checking its syntax.
    public mutating func skipValue() throws(Unread) {
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
