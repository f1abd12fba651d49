/// Page debris: lines a news site wraps around an article that are not article text.
///
/// Scraped articles carry links to other stories ("Read Also: ..."), comment-form text ("Leave a
/// Reply"), share and follow buttons, photo credits and stray markup. Such a line is dropped as
/// a whole. The patterns are data, in ``Boilerplate/patterns``; add one there (with a line of
/// the page it comes from in its comment) rather than special-casing a reader.
///
/// Lines are compared in lower case with curly apostrophes made straight, so "Author’s Profile"
/// and "AUTHOR'S PROFILE" are the same line. Only lines of at most ``maximumLength`` UTF-8 bytes
/// are compared with the patterns: debris is short, and long lines are article paragraphs.
enum Boilerplate {
    /// How a ``DebrisPattern`` matches a lower-cased line.
    enum Match: Sendable {
        /// The line is the phrase.
        case line
        /// The line starts with the phrase, followed by a non-letter or the end of the line
        /// (so "subscribe" matches "Subscribe to our newsletter" but not "Subscribers said").
        case prefix
        /// The line starts with the phrase and ends with the given text.
        case prefixAndSuffix(String)
        /// The phrase appears anywhere in the line.
        case contains
    }

    /// One kind of debris line.
    struct DebrisPattern: Sendable {
        var phrase: String
        var match: Match
    }

    /// Lines longer than this (in UTF-8 bytes) are never debris.
    static let maximumLength = 240

    /// The debris table. Comments give a line as it appears on a page.
    static let patterns: [DebrisPattern] = [
        // Links to other stories: "Read Also: Australia clinch first victory of World Cup ...".
        .init(phrase: "read also", match: .prefix),
        .init(phrase: "also read", match: .prefix),
        .init(phrase: "read more", match: .prefix),
        .init(phrase: "see also", match: .prefix),
        .init(phrase: "related:", match: .prefix),
        .init(phrase: "related articles", match: .line),
        .init(phrase: "related stories", match: .line),
        .init(phrase: "click here to", match: .prefix),
        // Comment forms: "Leave a Reply", "Your email address will not be published. Required
        // fields are marked *".
        .init(phrase: "leave a reply", match: .line),
        .init(phrase: "leave a comment", match: .line),
        .init(phrase: "your email address will not be published", match: .prefix),
        .init(phrase: "required fields are marked", match: .prefix),
        // Navigation and author boxes: "Back to top button", "Author’s Profile".
        .init(phrase: "back to top", match: .prefix),
        .init(phrase: "skip to content", match: .line),
        .init(phrase: "author's profile", match: .line),
        .init(phrase: "about the author", match: .line),
        // Follow, share and subscribe buttons: "Follow EurAsian Times on Google News".
        .init(phrase: "follow", match: .prefixAndSuffix("on google news")),
        .init(phrase: "follow us on", match: .prefix),
        .init(phrase: "share this", match: .prefix),
        .init(phrase: "subscribe", match: .prefix),
        .init(phrase: "sign up for our", match: .prefix),
        .init(phrase: "share", match: .line),
        .init(phrase: "tweet", match: .line),
        .init(phrase: "print", match: .line),
        .init(phrase: "email", match: .line),
        .init(phrase: "whatsapp", match: .line),
        .init(phrase: "facebook", match: .line),
        .init(phrase: "twitter", match: .line),
        .init(phrase: "linkedin", match: .line),
        .init(phrase: "telegram", match: .line),
        // Credits: "SOURCE: TWITTER, ANI", "Image Source: Reuters", "Photo: PTI".
        .init(phrase: "source:", match: .prefix),
        .init(phrase: "image source:", match: .prefix),
        .init(phrase: "photo:", match: .prefix),
        .init(phrase: "image:", match: .prefix),
        .init(phrase: "photo credit", match: .prefix),
        .init(phrase: "image credit", match: .prefix),
        .init(phrase: "file photo", match: .line),
        // Advertising and site furniture: "Advertisement", "Tags: India, Russia".
        .init(phrase: "advertisement", match: .line),
        .init(phrase: "story continues below advertisement", match: .line),
        .init(phrase: "tags:", match: .prefix),
        .init(phrase: "filed under", match: .prefix),
        .init(phrase: "copyright", match: .prefix),
        .init(phrase: "\u{A9}", match: .prefix),
        .init(phrase: "all rights reserved", match: .contains),
    ]

    /// True when `line` (white-space folded) is debris: it matches a pattern of the table, or is
    /// stray markup such as `!-- Google tag (gtag.js) -->` (any line starting with `<` or `!--`, or
    /// ending with `-->`).
    ///
    /// - Complexity: O(*p* · *m*) for *p* patterns and a line of at most *m* =
    ///   ``maximumLength`` bytes; O(1) for longer lines beyond the markup check.
    static func isDebris(_ line: String) -> Bool {
        if line.hasPrefix("<") || line.hasPrefix("!--") || line.hasSuffix("-->") { return true }
        guard line.utf8.count <= maximumLength else { return false }
        let text = normalized(line)
        return patterns.contains { pattern in
            switch pattern.match {
            case .line:
                return text == pattern.phrase
            case .prefix:
                guard text.hasPrefix(pattern.phrase) else { return false }
                let next = text.unicodeScalars.dropFirst(pattern.phrase.unicodeScalars.count).first
                return next.map { !$0.properties.isAlphabetic } ?? true
            case .prefixAndSuffix(let suffix):
                return text.hasPrefix(pattern.phrase + " ") && text.hasSuffix(suffix)
            case .contains:
                return text.contains(pattern.phrase)
            }
        }
    }

    /// Lower case, with curly apostrophes and the prime made straight.
    private static func normalized(_ line: String) -> String {
        let lower = line.lowercased()
        guard lower.utf8.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "`") }) else { return lower }
        var scalars = String.UnicodeScalarView()
        for scalar in lower.unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{02BC}", "\u{2032}", "`": scalars.append("'")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
