/// White-space folding shared by the readers and the sentence splitter.
///
/// Scraped news text carries every kind of space: tabs, non-breaking spaces (`U+00A0`, as in
/// "Read Also:\u{A0}Australia"), thin spaces, line and paragraph separators, and invisible
/// zero-width characters. Folding turns every run of them into one ASCII space and trims the ends,
/// so later stages compare and split plain text. It works on UTF-8 bytes: the readers fold every
/// line of every article, so it must not cost more than a copy.
extension String {
    /// The string with every run of white space replaced by one space, zero-width characters and
    /// byte-order marks removed, and no space at either end. An already folded string is
    /// returned as it is.
    ///
    ///     "  India\u{A0} and\tRussia \n".foldingWhiteSpace  // "India and Russia"
    ///
    /// - Complexity: O(*n*) in the number of UTF-8 bytes.
    var foldingWhiteSpace: String {
        var text = self
        return text.withUTF8 { bytes in
            if !Self.needsFolding(bytes) { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let (kind, length) = Self.spacing(bytes, index)
                switch kind {
                case .space:
                    pendingSpace = !out.isEmpty
                case .invisible:
                    break
                case .other:
                    if pendingSpace {
                        out.append(0x20)
                        pendingSpace = false
                    }
                    out.append(contentsOf: bytes[index..<(index + length)])
                }
                index += length
            }
            return String(decoding: out, as: UTF8.self)
        } ?? self
    }

    /// Whether folding changes `bytes`: a space at an end, two spaces in a row, or any white
    /// space other than a plain space, or an invisible character.
    private static func needsFolding(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == 0x20 || last == 0x20 { return true }
        var previousSpace = false
        for (index, byte) in bytes.enumerated() {
            if byte == 0x20 {
                if previousSpace { return true }
                previousSpace = true
                continue
            }
            previousSpace = false
            if byte < 0x20 || byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF {
                if spacing(bytes, index).kind != .other { return true }
            }
        }
        return false
    }

    fileprivate enum Spacing { case space, invisible, other }

    /// What the character starting at `index` is, and its length in bytes. White space is
    /// Unicode's White_Space set: U+0009–000D, U+0020, U+0085, U+00A0, U+1680, U+2000–200A,
    /// U+2028, U+2029, U+202F, U+205F, U+3000. Invisible: U+00AD, U+200B–200D, U+2060, U+FEFF.
    fileprivate static func spacing(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (kind: Spacing, length: Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (byte == 0x20 || (0x09...0x0D).contains(byte) ? .space : .other, 1) }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        guard index + length <= bytes.count else { return (.other, bytes.count - index) }
        let second = length > 1 ? bytes[index + 1] : 0
        let third = length > 2 ? bytes[index + 2] : 0
        switch (byte, second, third) {
        case (0xC2, 0x85, _), (0xC2, 0xA0, _), (0xE1, 0x9A, 0x80), (0xE2, 0x80, 0x80...0x8A),
            (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9), (0xE2, 0x80, 0xAF), (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80):
            return (.space, length)
        case (0xC2, 0xAD, _), (0xE2, 0x80, 0x8B...0x8D), (0xE2, 0x81, 0xA0), (0xEF, 0xBB, 0xBF):
            return (.invisible, length)
        default:
            return (.other, length)
        }
    }
}

extension Unicode.Scalar {
    /// True for any space, tab, line break or other Unicode white space (`U+00A0` included).
    var isWhiteSpace: Bool {
        switch value {
        case 0x20, 0x09...0x0D: return true
        case 0..<0x80: return false
        default: return properties.isWhitespace
        }
    }
}
