/// A sentence cut into lower-case words and the punctuation marks that shape its clauses, each with its place in the
/// sentence's UTF-8 bytes, so that gazetteer mentions (which carry byte offsets) can be placed among the words.
///
/// A word is a run of letters and digits with inner hyphens and apostrophes (`india-russia`, `india's`, `co-operate`);
/// hyphens and apostrophes at its edges are dropped. `’` becomes `'`. The marks kept are `,` `;` `:`.
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

    init(_ sentence: String) {
        var words: [Word] = []
        var scalars: [(scalar: Unicode.Scalar, offset: Int)] = []
        var offset = 0
        func flush() {
            while let last = scalars.last, Self.isJoiner(last.scalar) { scalars.removeLast() }
            while let first = scalars.first, Self.isJoiner(first.scalar) { scalars.removeFirst() }
            if let first = scalars.first, let last = scalars.last {
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars.map { $0.scalar == "\u{2019}" ? "'" : $0.scalar })
                words.append(Word(text: String(text).lowercased(), start: first.offset, end: last.offset + last.scalar.utf8.count))
            }
            scalars.removeAll(keepingCapacity: true)
        }
        for scalar in sentence.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || Self.isJoiner(scalar) {
                scalars.append((scalar, offset))
            } else {
                flush()
                if scalar == "," || scalar == ";" || scalar == ":" {
                    words.append(Word(text: String(scalar), start: offset, end: offset + 1))
                }
            }
            offset += scalar.utf8.count
        }
        flush()
        self.words = words
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

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "'" || scalar == "\u{2019}"
    }
}
