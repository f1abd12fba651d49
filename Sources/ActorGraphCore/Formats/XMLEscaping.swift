/// Escaping for the two places text goes in an XML 1.0 document: element content and attribute values.
///
/// XML 1.0 forbids most C0 control characters (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F) and the
/// non-characters U+FFFE and U+FFFF anywhere in a document, even as character references. Sentences
/// scraped from the web do carry them now and then, so they are **replaced** by U+FFFD (the
/// replacement character) rather than rejected: an export never fails because of one stray byte in
/// one sentence, and the mark shows a reader where something was dropped.
///
/// Tab, line feed and carriage return are allowed but a parser changes them: it turns a CR or CRLF
/// into LF everywhere, and in an attribute value it turns tab, LF and CR into spaces. To read back
/// exactly what was written, a CR is written as `&#13;` in content, and all three are written as
/// character references in attribute values.
///
/// ```swift
/// XMLEscaping.text("Trade & <tariffs>")        // "Trade &amp; &lt;tariffs&gt;"
/// XMLEscaping.attribute("say \"no\"\nthen go")  // "say &quot;no&quot;&#10;then go"
/// ```
enum XMLEscaping {
    /// What stands in for a character XML 1.0 cannot hold.
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// `text` escaped for element content (between tags).
    ///
    /// `>` is escaped too, so `]]>` in a sentence can never be read as the end of a CDATA section.
    static func text(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// `text` escaped for an attribute value written between double quotes.
    static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    /// Whether XML 1.0 allows `scalar` in a document (the `Char` production of the XML 1.0 specification).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where inAttribute: out += "&quot;"
            case "\r": out += "&#13;"
            case "\n" where inAttribute: out += "&#10;"
            case "\t" where inAttribute: out += "&#9;"
            default:
                out.unicodeScalars.append(isAllowed(scalar) ? scalar : replacement)
            }
        }
        return out
    }
}
