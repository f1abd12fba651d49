/// A sentence cut into lower-case words and the punctuation marks that shape its clauses, each with its place in the
/// sentence's UTF-8 bytes, so that gazetteer mentions (which carry byte offsets) can be placed among the words.
///
/// A word is a run of letters and digits with inner hyphens and apostrophes (`india-russia`, `india's`, `co-operate`);
/// hyphens and apostrophes at its edges are dropped. `’` becomes `'`. The marks kept are `,` `;` `:`, which shape
/// clauses, and `%`, which marks a sentence of figures (`StanceLexicon/figures`).
struct SentenceWords: Sendable {
    struct Word: Sendable, Hashable {
        /// Lower case.
        var text: String
        /// UTF-8 offsets in the sentence: `start..<end`.
        var start: Int
        var end: Int

        var isMark: Bool { text == "," || text == ";" || text == ":" }
    }

    let words: [Word]

    /// Cuts `sentence` in one pass over its UTF-8 bytes; a word's `String` is made only once its edges are known,
    /// and without Unicode look-ups for the ASCII letters that make up nearly all of English news.
    init(_ sentence: String) {
        var sentence = sentence
        words = sentence.withUTF8 { bytes in
            var words: [Word] = []
            /// Where the current run of letters, digits and joiners began, if one is under way.
            var run: Int?
            var position = 0
            while position < bytes.count {
                let byte = bytes[position]
                let (isWord, length) = WordCharacters.classify(bytes, at: position)
                if isWord || Self.joinerLength(bytes, at: position) > 0 || Self.isAbbreviationDot(bytes, at: position) {
                    run = run ?? position
                } else {
                    if let start = run { words += Self.word(bytes, start..<position) }
                    run = nil
                    if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
                        || byte == UInt8(ascii: "%")
                    {
                        words.append(Word(text: String(UnicodeScalar(byte)), start: position, end: position + 1))
                    }
                }
                position += length
            }
            if let start = run { words += Self.word(bytes, start..<bytes.count) }
            return words
        }
    }

    /// The word of a run of letters, digits and joiners, without the joiners at its edges; none if it has only
    /// joiners.
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ run: Range<Int>) -> [Word] {
        var start = run.lowerBound
        var end = run.upperBound
        while start < end, case let length = joinerLength(bytes, at: start), length > 0 { start += length }
        while end > start {
            if bytes[end - 1] == UInt8(ascii: "-") || bytes[end - 1] == UInt8(ascii: "'") {
                end -= 1
            } else if end - start >= 3, joinerLength(bytes, at: end - 3) == 3 {
                end -= 3
            } else {
                break
            }
        }
        guard start < end else { return [] }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let text: String
        if slice.allSatisfy({ $0 < 0x80 }) {
            text = String(decoding: slice.lazy.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        } else {
            var scalars = String.UnicodeScalarView()
            for scalar in String(decoding: slice, as: UTF8.self).unicodeScalars {
                scalars.append(scalar == "\u{2019}" ? "'" : scalar)
            }
            text = String(scalars).lowercased()
        }
        return [Word(text: text, start: start, end: end)]
    }

    /// The sentence's bytes from the first word of `cue` to the end of its last, and to a verb that undoes it
    /// ("lifted its sanctions"); nil if the sentence has no such words.
    func bytes(of cue: Cue) -> Range<Int>? {
        let last = cue.position + max(cue.length, 1) - 1
        guard cue.position >= 0, last < words.count else { return nil }
        let words = words[cue.position].start..<words[last].end
        guard let verb = cue.reversal else { return words }
        return min(words.lowerBound, verb.lowerBound)..<max(words.upperBound, verb.upperBound)
    }

    /// The byte where the cue's own words begin: its first word's start, or for a cue on the end of a hyphenated word
    /// (`*-led` in `US-led`) the start of that end, so the cue is read at `led`, not inside the name before it.
    func start(of cue: Cue) -> Int {
        let word = words[cue.position]
        guard cue.isHyphenSuffix else { return word.start }
        return word.end - (cue.lexiconPhrase.utf8.count - 2)
    }

    /// The words that overlap the bytes `start..<end`, as a range of word indices, or nil when none does.
    func indices(overlapping start: Int, _ end: Int) -> ClosedRange<Int>? {
        guard let first = words.firstIndex(where: { $0.end > start }), words[first].start < end else { return nil }
        let last = words[first...].lastIndex { $0.start < end } ?? first
        return first...last
    }

    /// Whether the byte at `position` is the period after a lone letter of an abbreviation that goes on (`U.S.-led`,
    /// `U.N.-backed`): the abbreviation and what is joined to it make one word, `u.s.-led`, so that the lexicon's
    /// `*-led` finds it as it finds `us-led`.
    private static func isAbbreviationDot(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        func isLetter(_ index: Int) -> Bool {
            bytes.indices.contains(index) && (0x41...0x5A).contains(bytes[index] & 0xDF)
        }
        guard bytes[position] == UInt8(ascii: "."), isLetter(position - 1), !isLetter(position - 2),
            position + 1 < bytes.count
        else { return false }
        return isLetter(position + 1) || bytes[position + 1] == UInt8(ascii: "-")
    }

    /// The length of the joiner (`-`, `'`, `’`) at `position`, or 0.
    private static func joinerLength(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Int {
        switch bytes[position] {
        case UInt8(ascii: "-"), UInt8(ascii: "'"): return 1
        case 0xE2:
            let isRightQuote =
                position + 2 < bytes.count && bytes[position + 1] == 0x80 && bytes[position + 2] == 0x99
            return isRightQuote ? 3 : 0
        default: return 0
        }
    }
}
