/// A sentence cut into words at white space, with the punctuation around each word set aside: what the
/// ``OfficialFinder`` reads names and titles from.
struct NameTokens {
    struct Token {
        /// UTF-8 offsets of the word without its punctuation and without a possessive `'s`.
        var start: Int
        var end: Int
        var text: String
        /// The punctuation that ends the word's phrase (`,` `.` `;` `:` `)` ...), if any.
        var stop: Character?
        /// Whether the word ended in `'s` or `’s` (`Pakistan's`).
        var possessive: Bool
    }

    let tokens: [Token]

    init(_ sentence: String) {
        var tokens: [Token] = []
        let bytes = Array(sentence.utf8)
        var position = 0
        while position < bytes.count {
            while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
            let start = position
            while position < bytes.count, !Self.isSpace(bytes[position]) { position += 1 }
            guard start < position else { break }
            if let token = Self.token(bytes, start, position) {
                // An opening bracket or quote mark also breaks the phrase: `General Motors (GM`.
                if token.start > start, !tokens.isEmpty, tokens[tokens.count - 1].stop == nil {
                    tokens[tokens.count - 1].stop = "("
                }
                tokens.append(token)
            } else if !tokens.isEmpty, tokens[tokens.count - 1].stop == nil {
                tokens[tokens.count - 1].stop = "-"  // a lone dash or quote mark breaks the phrase
            }
        }
        self.tokens = tokens
    }

    /// The tokens that lie inside the byte range.
    func indices(within start: Int, _ end: Int) -> ClosedRange<Int>? {
        guard let first = tokens.firstIndex(where: { $0.start >= start && $0.end <= end }),
            let last = tokens.lastIndex(where: { $0.start >= start && $0.end <= end })
        else { return nil }
        return first...last
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static let leading: Set<Character> = ["\"", "'", "(", "[", "\u{201C}", "\u{2018}"]
    private static let trailing: Set<Character> = [
        ",", ";", ":", "!", "?", ")", "]", "\"", "'", ".", "\u{201D}", "\u{2019}",
    ]

    private static func token(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Token? {
        var text = Substring(String(decoding: bytes[start..<end], as: UTF8.self))
        var first = start
        var last = end
        while let c = text.first, leading.contains(c) {
            first += c.utf8.count
            text = text.dropFirst()
        }
        var stop: Character?
        while let c = text.last, trailing.contains(c) {
            // Keep the period of an initial or an abbreviation (`S.`, `U.S.`).
            if c == ".", text.dropLast().count <= 1 || text.dropLast().contains(".") { break }
            stop = c == "," ? "," : stop ?? c
            last -= c.utf8.count
            text = text.dropLast()
        }
        var possessive = false
        if text.hasSuffix("'s") || text.hasSuffix("\u{2019}s") {
            possessive = true
            last -= text.suffix(2).utf8.count
            text = text.dropLast(2)
        }
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        return Token(start: first, end: last, text: String(text), stop: stop, possessive: possessive)
    }
}

extension NameTokens.Token {
    /// Starts with a capital and is not all capitals (`Kudashev`, `S.`; not `NATO` or `said`).
    var isCapitalised: Bool {
        guard let first = text.first, first.isUppercase else { return false }
        return text.count <= 2 || text.contains(where: \.isLowercase)
    }
}
