/// `.txt` articles: one paragraph per line, or per block of hard-wrapped lines.
///
/// Scraped articles put each paragraph (and each heading, date or credit) on a line of its own,
/// often with no blank line between a heading and its text (Corpus/003: "India does not have to
/// worry" directly above its paragraph), so a line is a paragraph. Text wrapped at a fixed width
/// (mail archives, wire exports) is recognised by two marks together: no line is longer than
/// ``wrapWidthLimit`` characters, and some line runs on into the next mid-sentence (it does not
/// end with punctuation and the next line starts in lower case). There a line at least
/// ``joinRatio`` of the widest line is joined with the line after it, and shorter lines (a
/// paragraph's last line, a heading) end a paragraph.
enum PlainTextFormat {
    /// A file whose longest line is longer than this is not hard-wrapped.
    static let wrapWidthLimit = 100
    /// In a hard-wrapped file, a line this fraction of the longest one or longer continues.
    static let joinRatio = 0.6

    /// The logical lines of a plain-text article, unfolded.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    static func logicalLines(_ text: String) -> [String] {
        let lines = TextDecoding.lines(of: text)
        let lengths = lines.map { $0.unicodeScalars.count }
        let widest = lengths.max() ?? 0
        guard widest <= wrapWidthLimit, runsOn(lines) else { return lines.map(String.init) }

        let continuing = Int((Double(widest) * joinRatio).rounded(.up))
        var result: [String] = []
        var current = ""
        for (line, length) in zip(lines, lengths) {
            let isBlank = !line.unicodeScalars.contains { !$0.isWhiteSpace }
            if isBlank {
                if !current.isEmpty { result.append(current) }
                current = ""
                continue
            }
            current += current.isEmpty ? String(line) : " " + line
            if length < continuing {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Whether some line continues a sentence on the next line: it ends without punctuation and
    /// the next line starts with a lower-case letter.
    private static func runsOn(_ lines: [Substring]) -> Bool {
        for (line, next) in zip(lines, lines.dropFirst()) {
            guard let last = line.unicodeScalars.last(where: { !$0.isWhiteSpace }),
                let first = next.unicodeScalars.first(where: { !$0.isWhiteSpace })
            else { continue }
            if first.properties.isLowercase, !".!?:;\"\u{201D}\u{2026}".unicodeScalars.contains(last) { return true }
        }
        return false
    }
}
