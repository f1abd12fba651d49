/// Quoting for the two kinds of text a DOT file holds.
///
/// Every ID and every attribute value is written as a quoted string, so keywords (`graph`, `node`,
/// `edge`, `strict`, `subgraph`, `digraph`) and punctuation in names can never change the
/// structure of the file.
enum DOTEscaping {
    /// `text` as a DOT double-quoted string, escaped for Graphviz's label language.
    ///
    /// A backslash becomes `\\` (so `\N` or `\l` in a name stays literal text), a quote `\"`, and a
    /// line break `\n` (a centred line in labels and tooltips). Other control characters become spaces, and the
    /// other characters XML 1.0 forbids (U+FFFE, U+FFFF) become U+FFFD, since Graphviz copies labels and tooltips
    /// into SVG as they are and one such character makes the whole picture unreadable.
    ///
    /// ```swift
    /// DOTEscaping.quoted("say \"no\"")  // "\"say \\\"no\\\"\""
    /// ```
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": continue
            default:
                if scalar.properties.generalCategory == .control {
                    out += " "
                } else {
                    out.unicodeScalars.append(XMLEscaping.isAllowed(scalar) ? scalar : XMLEscaping.replacement)
                }
            }
        }
        return out + "\""
    }

    /// Graphviz's `dot` and `neato` programs refuse a quoted string longer than 16,384 bytes in a file.
    static let longestString = 16_384

    /// `text` quoted as `quoted` does, but cut into pieces joined by DOT's `+` (`"a…" + "…z"`, which DOT reads as
    /// one string) where it is long, so that the programs read it as the library does: for a drawing's
    /// `_background`, which holds the whole map.
    static func quotedInPieces(_ text: String) -> String {
        var pieces: [String] = []
        var piece = ""
        for character in text {
            piece.append(character)
            if piece.utf8.count >= longestString / 4 {
                pieces.append(piece)
                piece = ""
            }
        }
        if !piece.isEmpty || pieces.isEmpty { pieces.append(piece) }
        return pieces.map(quoted).joined(separator: " + ")
    }

    /// `text` escaped for the inside of a Graphviz HTML-like label (`<...>`), characters XML forbids replaced.
    static func html(_ text: String) -> String {
        var out = ""
        var allowed = String.UnicodeScalarView()
        allowed.append(contentsOf: text.unicodeScalars.map { XMLEscaping.isAllowed($0) ? $0 : XMLEscaping.replacement })
        for character in String(allowed) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\r\n", "\r": out += "<br/>"
            default: out.append(character)
            }
        }
        return out
    }
}
