/// Cuts a sentence into the syntactic words of UD English EWT, the treebank the tagger and parser learned from, so
/// that what they see at run time is divided as what they were trained on.
///
/// The treebank's rules, as applied here:
/// - punctuation at the edges of a written word is its own token (`(`, `"`, `,`, `.`, `?!`, `...`), but the period
///   of an abbreviation stays (`U.S.`, `Mr.`, `Jan.`, `J.`);
/// - clitics are split off: `India's` → `India` `'s`, `don't` → `do` `n't`, `can't` → `ca` `n't`,
///   `won't` → `wo` `n't`, `we're` → `we` `'re`, `cannot` → `can` `not`, `gonna` → `gon` `na`;
/// - hyphens between words are their own token (`U.S.-led` → `U.S.` `-` `led`, `Indo-Pak` → `Indo` `-` `Pak`)
///   except after a bound prefix (`anti-war`, `co-operate`, `e-mail`, `non-aligned` stay whole) and between digits
///   (`2-1`); a slash between words likewise (`and/or`), not between digits (`9/11`);
/// - a currency sign before a number and a percent sign after one are split off (`$5`, `50%`).
///
/// Each token keeps the UTF-8 offsets of the bytes it covers, so an entity mention found in the same sentence lines
/// up with the parse.
public enum EnglishTokenizer {
    public static func tokenize(_ sentence: String) -> [ParseToken] {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = 0
        for scalar in sentence.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += scalar.utf8.count
        }
        offsets.append(offset)
        var cutter = Cutter(utf8: Array(sentence.utf8), scalars: scalars, offsets: offsets)
        var start = 0
        for i in 0...scalars.count where i == scalars.count || isWhitespace(scalars[i]) {
            if start < i { cutter.cutWord(start..<i) }
            start = i + 1
        }
        return cutter.tokens
    }

    /// Whether `scalar` separates words; ASCII, almost every character of news, without a look-up of Unicode's
    /// properties.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    private struct Cutter {
        /// The sentence's bytes, which `offsets` index: a token's text is a slice of them.
        let utf8: [UInt8]
        let scalars: [Unicode.Scalar]
        let offsets: [Int]
        var tokens: [ParseToken] = []

        func text(_ range: Range<Int>) -> String {
            String(decoding: utf8[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
        }

        func token(_ range: Range<Int>, form: String? = nil) -> ParseToken {
            ParseToken(form: form ?? text(range), start: offsets[range.lowerBound], end: offsets[range.upperBound])
        }

        /// One run of characters between spaces.
        mutating func cutWord(_ whole: Range<Int>) {
            var low = whole.lowerBound
            var high = whole.upperBound
            var trailing: [ParseToken] = []
            var changed = true
            while changed && low < high {
                changed = false
                if let length = openingLength(low, high) {
                    tokens.append(token(low..<low + length))
                    low += length
                    changed = true
                }
                if low < high, let length = closingLength(low, high) {
                    trailing.append(token(high - length..<high))
                    high -= length
                    changed = true
                }
            }
            if low < high { cutInside(low..<high) }
            tokens.append(contentsOf: trailing.reversed())
        }

        /// The length of the punctuation to split off at the front of `low..<high`, or nil.
        func openingLength(_ low: Int, _ high: Int) -> Int? {
            let c = scalars[low]
            let next: Unicode.Scalar? = low + 1 < high ? scalars[low + 1] : nil
            switch c {
            case "\"", "\u{201C}", "\u{2018}", "(", "[", "{", "\u{00AB}", "\u{00BF}", "\u{00A1}", "\u{2014}",
                "\u{2013}", "*":
                return high - low > 1 ? 1 : nil
            case "'":
                // `'90s` and a lone clitic such as `'s` are words, not an opening quote.
                if let next, next.properties.numericType != nil || isClitic(low, high) { return nil }
                return high - low > 1 ? 1 : nil
            case "$", "\u{20AC}", "\u{00A3}", "\u{00A5}":
                if let next, next.properties.numericType != nil { return 1 }
                return nil
            default:
                return nil
            }
        }

        /// The length of the punctuation to split off at the end of `low..<high`, or nil.
        func closingLength(_ low: Int, _ high: Int) -> Int? {
            guard high - low > 1 else { return nil }
            let c = scalars[high - 1]
            switch c {
            case "\"", "\u{201D}", ")", "]", "}", "\u{00BB}", ",", ";", ":", "\u{2026}", "\u{2014}", "\u{2013}", "*":
                return 1
            case "'", "\u{2019}":
                // `'s`, `n't` are clitics the inside cutter handles; a bare final apostrophe (`countries'`) or
                // a closing quote goes.
                return isClitic(low, high) ? nil : 1
            case "!", "?":
                var start = high - 1
                while start > low, scalars[start - 1] == "!" || scalars[start - 1] == "?" { start -= 1 }
                return start > low ? high - start : nil
            case ".":
                var start = high - 1
                while start > low, scalars[start - 1] == "." { start -= 1 }
                if start == low { return nil }
                if high - start > 1 { return high - start }
                return isAbbreviation(low..<high - 1) ? nil : 1
            case "%":
                return scalars[high - 2].properties.numericType != nil ? 1 : nil
            default:
                return nil
            }
        }

        /// Whether the text before a final period is an abbreviation that keeps it: letters with inner periods
        /// (`U.S`, `e.g`), one letter (an initial), or a listed short form.
        func isAbbreviation(_ range: Range<Int>) -> Bool {
            let word = text(range)
            if word.count == 1, let c = word.unicodeScalars.first, c.properties.isAlphabetic { return true }
            if word.contains("."), word.unicodeScalars.allSatisfy({ $0 == "." || $0.properties.isAlphabetic }) {
                return true
            }
            return Self.abbreviations.contains(word.lowercased())
        }

        static let abbreviations: Set<String> = [
            "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "reps", "gov", "lt", "col", "capt", "sgt", "cmdr",
            "adm", "maj", "st", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "vs", "etc", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "mt", "ft", "approx", "dept",
            "est", "govt", "pres", "rev", "hon", "messrs", "mme", "mlle", "ave", "blvd",
        ]

        static let clitics: [String] = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"]

        /// Whether `low..<high` ends with a clitic the inside cutter splits (`India's`, `don't`), or is one.
        func isClitic(_ low: Int, _ high: Int) -> Bool {
            let lower = normalisedApostrophes(text(low..<high)).lowercased()
            return Self.clitics.contains { lower.hasSuffix($0) }
        }

        func normalisedApostrophes(_ text: String) -> String {
            text.replacingOccurrences(of: "\u{2019}", with: "'")
        }

        /// The middle of a written word: hyphens and slashes between words, then clitics off the last piece.
        mutating func cutInside(_ range: Range<Int>) {
            var pieceStart = range.lowerBound
            var i = range.lowerBound
            while i < range.upperBound {
                let c = scalars[i]
                if (c == "-" || c == "/" || c == "\u{2013}" || c == "\u{2014}"), i > pieceStart, i + 1 < range.upperBound,
                    splitsAt(i, pieceStart: pieceStart, end: range.upperBound)
                {
                    cutClitics(pieceStart..<i)
                    var dashEnd = i + 1
                    while dashEnd < range.upperBound, scalars[dashEnd] == c { dashEnd += 1 }
                    tokens.append(token(i..<dashEnd))
                    pieceStart = dashEnd
                    i = dashEnd
                    continue
                }
                i += 1
            }
            if pieceStart < range.upperBound { cutClitics(pieceStart..<range.upperBound) }
        }

        func splitsAt(_ i: Int, pieceStart: Int, end: Int) -> Bool {
            let before = scalars[i - 1]
            let after = scalars[i + 1]
            let digits = before.properties.numericType != nil && after.properties.numericType != nil
            if digits { return false }
            if scalars[i] == "\u{2013}" || scalars[i] == "\u{2014}" || after == scalars[i] { return true }
            guard before.properties.isAlphabetic || before == "." else { return false }
            guard after.properties.isAlphabetic || after.properties.numericType != nil else { return false }
            if scalars[i] == "/" { return true }
            return !Self.boundPrefixes.contains(text(pieceStart..<i).lowercased())
        }

        /// Prefixes the treebank keeps joined to the word after their hyphen (counted in EWT's training file).
        static let boundPrefixes: Set<String> = [
            "e", "non", "pre", "anti", "mid", "re", "post", "co", "over", "pro", "multi", "ex", "sub", "semi", "cross",
            "neo", "counter", "intra", "inter", "micro", "socio", "psycho", "vice", "arch", "un", "ultra", "bi", "tri",
            "de",
        ]

        mutating func cutClitics(_ range: Range<Int>) {
            // Every clitic holds an apostrophe and every fused word has five or six letters: most words are neither,
            // and stay whole without being lower-cased (this runs on every word the parser reads).
            guard Self.fusedLengths.contains(range.count)
                || scalars[range].contains(where: { $0 == "'" || $0 == "\u{2019}" })
            else {
                tokens.append(token(range))
                return
            }
            let lower = normalisedApostrophes(text(range)).lowercased()
            if range.count > 1, let clitic = Self.clitics.first(where: { lower.hasSuffix($0) && lower.count > $0.count }) {
                let split = range.upperBound - clitic.unicodeScalars.count
                tokens.append(token(range.lowerBound..<split))
                tokens.append(token(split..<range.upperBound))
                return
            }
            if let parts = Self.fusedWords[lower] {
                let split = range.lowerBound + parts
                tokens.append(token(range.lowerBound..<split))
                tokens.append(token(split..<range.upperBound))
                return
            }
            tokens.append(token(range))
        }

        /// Words the treebank writes as two, with the length of the first.
        static let fusedWords: [String: Int] = ["cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3]
        static let fusedLengths = Set(fusedWords.keys.map(\.unicodeScalars.count))
    }
}
