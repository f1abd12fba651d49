/// Headline-shaped lines: the title of a plain-text article, and the links to other stories or
/// section headings that pages scatter through the body.
enum Headline {
    /// Whether the first line of a plain-text article can be its title: at most 200 characters
    /// and not ending with a period (a headline ends bare, or with `?` or `!`).
    static func looksLikeTitle(_ line: String) -> Bool {
        guard !line.isEmpty, line.unicodeScalars.count <= 200 else { return false }
        return lastMark(of: line) != "."
    }

    /// Whether `line` is a Title Case headline rather than a sentence: at least 5 words, no
    /// closing punctuation, at least 3 words of 4 or more letters, and at most one in five of
    /// those starting with a lower-case letter.
    ///
    ///     isTitleCase("Latest Satellite Images Reaffirm India’s Strategic Deployment In Ladakh")
    ///     // true: a link to another story
    ///     isTitleCase("India does not have to worry")  // false: a sentence-case heading stays
    ///
    /// - Complexity: O(*n*) in the length of the line.
    static func isTitleCase(_ line: String) -> Bool {
        guard let mark = lastMark(of: line), !".!?\u{2026}".unicodeScalars.contains(mark) else {
            return false
        }
        var words = 0
        var long = 0
        var lowercaseLong = 0
        for token in line.split(separator: " ") {
            var letters = 0
            var firstLetter: Unicode.Scalar?
            for scalar in token.unicodeScalars where scalar.isLetter {
                letters += 1
                if firstLetter == nil { firstLetter = scalar }
            }
            guard let first = firstLetter else { continue }
            words += 1
            guard letters >= 4 else { continue }
            long += 1
            if first.isASCII ? (0x61...0x7A).contains(first.value) : first.properties.isLowercase { lowercaseLong += 1 }
        }
        return words >= 5 && long >= 3 && lowercaseLong * 5 <= long
    }

    /// The last scalar of `line` that is not a closing quote or bracket.
    private static func lastMark(of line: String) -> Unicode.Scalar? {
        line.unicodeScalars.last { !"\"')]\u{201D}\u{2019}\u{BB}".unicodeScalars.contains($0) }
    }
}

extension Unicode.Scalar {
    /// A letter, answered without a property lookup for ASCII.
    fileprivate var isLetter: Bool {
        isASCII ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : properties.isAlphabetic
    }
}
