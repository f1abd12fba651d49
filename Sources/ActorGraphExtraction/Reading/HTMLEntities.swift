/// HTML character references: `&amp;`, `&#8217;`, `&#x2019;` and the named entities news pages
/// use. An unknown or malformed reference is left as written.
enum HTMLEntities {
    /// Named entities, without `&` and `;`.
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "minus": "\u{2212}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}",
        "laquo": "\u{AB}", "raquo": "\u{BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}",
        "bull": "\u{2022}", "middot": "\u{B7}", "prime": "\u{2032}", "Prime": "\u{2033}",
        "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "deg": "\u{B0}", "times": "\u{D7}",
        "euro": "\u{20AC}", "pound": "\u{A3}", "yen": "\u{A5}", "cent": "\u{A2}", "sect": "\u{A7}",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "zwnj": "\u{200C}",
        "zwj": "\u{200D}", "shy": "\u{AD}",
        "aacute": "\u{E1}", "eacute": "\u{E9}", "iacute": "\u{ED}", "oacute": "\u{F3}",
        "uacute": "\u{FA}", "agrave": "\u{E0}", "egrave": "\u{E8}", "ccedil": "\u{E7}",
        "ntilde": "\u{F1}", "auml": "\u{E4}", "ouml": "\u{F6}", "uuml": "\u{FC}", "szlig": "\u{DF}",
        "Eacute": "\u{C9}", "Ouml": "\u{D6}", "Uuml": "\u{DC}",
    ]

    /// `text` with its character references replaced by the characters they stand for.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "&",
                let semicolon = scalars[index..<min(scalars.count, index + 12)].firstIndex(of: ";"),
                let decoded = reference(String(String.UnicodeScalarView(scalars[(index + 1)..<semicolon])))
            else {
                out.append(scalars[index])
                index += 1
                continue
            }
            out.append(decoded)
            index = semicolon + 1
        }
        return String(out)
    }

    /// The character for a reference's body: "amp", "#8217", "#x2019".
    private static func reference(_ body: String) -> Unicode.Scalar? {
        guard body.hasPrefix("#") else { return named[body] }
        let digits = body.dropFirst()
        let value: UInt32?
        if digits.first == "x" || digits.first == "X" {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        // NUL and C1 controls are never text; Windows-1252 punctuation written as &#146; is.
        guard let code = value, code != 0 else { return nil }
        if (0x80...0x9F).contains(code) { return windows1252[code] }
        return Unicode.Scalar(code)
    }

    /// The characters pages mean when they write a Windows-1252 byte as a reference.
    private static let windows1252: [UInt32: Unicode.Scalar] = [
        0x85: "\u{2026}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}", 0x94: "\u{201D}",
        0x96: "\u{2013}", 0x97: "\u{2014}",
    ]
}
