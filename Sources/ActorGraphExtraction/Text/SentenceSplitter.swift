/// Splits a paragraph of news prose into sentences.
///
/// A sentence ends at `.`, `!`, `?`, `…` or `...` followed by white space and then an upper-case
/// letter, a digit, or an opening quote or bracket. Closing quotes and brackets right after the
/// terminator stay with the sentence they close:
///
///     SentenceSplitter().split("“We are partners,” he said. “Ties remain strong.” Lavrov agreed.")
///     // ["“We are partners,” he said.", "“Ties remain strong.”", "Lavrov agreed."]
///
/// A single period does not end a sentence after a single capital initial ("S. Jaishankar",
/// "George W. Bush") or after an abbreviation in ``Abbreviations/neverFinal`` ("Gen.", "Dec.",
/// "Ltd."), nor after one in ``Abbreviations/beforeNumber`` when a number follows ("No. 10").
/// After "etc." and dotted acronyms ("U.S.", "e.g.", "a.m.") it ends one only when the next
/// word is in ``Abbreviations/sentenceStarters`` ("... imposed by the U.S. The move ...").
/// A paragraph without a terminator is one sentence. Sentences come out white-space folded;
/// empty ones are dropped.
///
/// The scan runs over the folded paragraph's UTF-8 bytes; only the word before a period that
/// may end a sentence is decoded.
///
/// - Complexity: O(*n*) in the length of the paragraph.
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ paragraph: String) -> [String] {
        var text = paragraph.foldingWhiteSpace
        return text.withUTF8 { bytes in
            var sentences: [String] = []
            var start = 0
            var index = 0
            while index < bytes.count {
                guard let terminatorLength = Marks.terminator(bytes, index) else {
                    index += 1
                    continue
                }
                var end = index + terminatorLength
                while end < bytes.count, let length = Marks.terminator(bytes, end) { end += length }
                let singlePeriod = bytes[index] == UInt8(ascii: ".") && end == index + 1
                while end < bytes.count, let length = Marks.closer(bytes, end) { end += length }
                guard end + 1 < bytes.count, bytes[end] == 0x20, Marks.canStartSentence(bytes, end + 1) else {
                    index = end
                    continue
                }
                if singlePeriod, !periodEndsSentence(bytes, period: index, next: end + 1) {
                    index = end + 1
                    continue
                }
                sentences.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                start = end + 1
                index = start
            }
            if start < bytes.count {
                sentences.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            }
            return sentences
        }
    }

    /// Whether the period at `period` closes a sentence, judged by the word it ends and, for
    /// abbreviations that may close one, by the word that starts at `next`.
    private func periodEndsSentence(_ bytes: UnsafeBufferPointer<UInt8>, period: Int, next: Int) -> Bool {
        var wordStart = period
        while wordStart > 0, bytes[wordStart - 1] != 0x20 { wordStart -= 1 }
        while wordStart < period, let length = Marks.opener(bytes, wordStart) { wordStart += length }
        guard wordStart < period else { return true }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<period]), as: UTF8.self)
        let scalars = word.unicodeScalars
        if scalars.count == 1, let only = scalars.first, only.properties.isUppercase { return false }
        if Abbreviations.neverFinal.contains(word) { return false }
        if Abbreviations.beforeNumber.contains(word) { return !Marks.isDigit(bytes[next]) }
        if Abbreviations.mayBeFinal.contains(word) || Self.isDottedAcronym(scalars) {
            var end = next
            while end < bytes.count, Marks.isASCIILetter(bytes[end]) { end += 1 }
            let following = String(decoding: UnsafeBufferPointer(rebasing: bytes[next..<end]), as: UTF8.self)
            return Abbreviations.sentenceStarters.contains(following)
        }
        return true
    }

    /// "U.S", "e.g", "a.m", "U.N": single letters joined by periods (the final period is the one
    /// being judged, so it is not part of the word).
    private static func isDottedAcronym(_ word: String.UnicodeScalarView) -> Bool {
        var letters = 0
        var expectLetter = true
        for scalar in word {
            if expectLetter {
                guard scalar.properties.isAlphabetic else { return false }
                letters += 1
            } else if scalar != "." {
                return false
            }
            expectLetter.toggle()
        }
        return letters >= 2 && !expectLetter
    }
}

/// The punctuation the splitter looks for, recognised by its UTF-8 bytes. Each function returns
/// the mark's length in bytes at `index`, or nil when there is none.
private enum Marks {
    /// `.`, `!`, `?`, `…` (U+2026).
    static func terminator(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        switch bytes[index] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return 1
        case 0xE2: return matches(bytes, index, [0xE2, 0x80, 0xA6]) ? 3 : nil
        default: return nil
        }
    }

    /// `"`, `'`, `)`, `]`, `”`, `’`, `»`, `›`.
    static func closer(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        switch bytes[index] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"): return 1
        case 0xC2: return matches(bytes, index, [0xC2, 0xBB]) ? 2 : nil
        case 0xE2:
            let isCloser =
                matches(bytes, index, [0xE2, 0x80, 0x9D]) || matches(bytes, index, [0xE2, 0x80, 0x99])
                || matches(bytes, index, [0xE2, 0x80, 0xBA])
            return isCloser ? 3 : nil
        default: return nil
        }
    }

    /// `"`, `'`, `(`, `[`, `“`, `‘`, `«`, `‹`.
    static func opener(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        switch bytes[index] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["): return 1
        case 0xC2: return matches(bytes, index, [0xC2, 0xAB]) ? 2 : nil
        case 0xE2:
            let isOpener =
                matches(bytes, index, [0xE2, 0x80, 0x9C]) || matches(bytes, index, [0xE2, 0x80, 0x98])
                || matches(bytes, index, [0xE2, 0x80, 0xB9])
            return isOpener ? 3 : nil
        default: return nil
        }
    }

    /// An upper-case letter, a digit or an opening quote or bracket.
    static func canStartSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return (0x41...0x5A).contains(byte) || isDigit(byte) || opener(bytes, index) != nil }
        if opener(bytes, index) != nil { return true }
        var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isUppercase
    }

    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    static func isASCIILetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ pattern: [UInt8]) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }
}
