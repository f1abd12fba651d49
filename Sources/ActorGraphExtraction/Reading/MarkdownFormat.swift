/// `.md` / `.markdown` articles: YAML front matter, block structure and inline markup.
///
/// Front matter (`---` ... `---` at the top) gives `title:` and `date:`. Blank lines separate
/// paragraphs and the lines of a paragraph are joined; headings, list items and HTML lines are
/// paragraphs of their own. Fenced code, tables, rules and link reference definitions are not
/// article text. Inline markup goes: `[text](url)` and `[text][ref]` become their text, images
/// disappear, emphasis markers and backticks are removed, backslash escapes are resolved.
enum MarkdownFormat {
    /// The front matter's title and date (date as `YYYY-MM-DD`) and the body's logical lines.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    static func read(_ text: String) -> (title: String?, date: String?, lines: [String]) {
        var lines = TextDecoding.lines(of: text)[...]
        var title: String?
        var date: String?
        if lines.first?.trimmingSpaces == "---",
            let end = lines.dropFirst().firstIndex(where: { $0.trimmingSpaces == "---" || $0.trimmingSpaces == "..." })
        {
            for line in lines[lines.index(after: lines.startIndex)..<end] {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingSpaces.lowercased()
                let value = unquoted(line[line.index(after: colon)...].trimmingSpaces)
                if key == "title", !value.isEmpty { title = value }
                if key == "date", let parsed = NewsDate(parsing: value) { date = parsed.iso }
            }
            lines = lines[lines.index(after: end)...]
        }
        return (title, date, blocks(lines).map(inlineText))
    }

    /// Paragraphs, headings and list items, with block markers removed but inline markup kept.
    private static func blocks(_ lines: ArraySlice<Substring>) -> [String] {
        var result: [String] = []
        var current = ""
        var fence: String?
        func flush() {
            if !current.isEmpty { result.append(current) }
            current = ""
        }
        for raw in lines {
            var line = raw.trimmingSpaces
            if let open = fence {
                if line.hasPrefix(open) { fence = nil }
                continue
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                flush()
                fence = String(line.prefix(3))
                continue
            }
            while line.hasPrefix(">") { line = line.dropFirst().trimmingSpaces }
            if line.isEmpty || isRule(line) || line.hasPrefix("|") || isReferenceDefinition(line) {
                flush()
                continue
            }
            if let heading = headingText(line) {
                flush()
                result.append(heading)
            } else if let item = listItemText(line) {
                flush()
                current = item
            } else if line.hasPrefix("<") {
                flush()
                result.append(line)
            } else {
                current += current.isEmpty ? line : " " + line
            }
        }
        flush()
        return result
    }

    /// "## Heading ##" → "Heading".
    private static func headingText(_ line: String) -> String? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingSpaces
        while text.hasSuffix("#") { text.removeLast() }
        return text.trimmingSpaces
    }

    /// "- item", "* item", "+ item", "1. item", "2) item" → "item".
    private static func listItemText(_ line: String) -> String? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return String(line.dropFirst(2))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else {
            return nil
        }
        return String(rest.dropFirst(2))
    }

    /// `---`, `***`, `___`, `===` (also setext underlines), with optional spaces.
    private static func isRule(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_=".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// `[ref]: https://...`
    private static func isReferenceDefinition(_ line: String) -> Bool {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return false }
        return line[line.index(after: close)...].hasPrefix(":")
    }

    private static func unquoted(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first else {
            return value
        }
        return String(value.dropFirst().dropLast())
    }

    /// The text of a block with inline markup removed.
    static func inlineText(_ block: String) -> String {
        let text = Array(block.unicodeScalars)
        var out = String.UnicodeScalarView()
        appendInline(text[...], to: &out)
        return String(out)
    }

    private static func appendInline(_ text: ArraySlice<Unicode.Scalar>, to out: inout String.UnicodeScalarView) {
        var index = text.startIndex
        while index < text.endIndex {
            let scalar = text[index]
            let next = index + 1 < text.endIndex ? text[index + 1] : nil
            if scalar == "\\", let escaped = next, escaped.isASCIIPunctuation {
                out.append(escaped)
                index += 2
            } else if scalar == "!", next == "[", let link = link(in: text, at: index + 1) {
                index = link.end  // images are not text
            } else if scalar == "[", let link = link(in: text, at: index) {
                appendInline(link.label, to: &out)
                index = link.end
            } else if scalar == "`" {
                index += 1
            } else if scalar == "*" || scalar == "_" {
                var end = index
                while end < text.endIndex, text[end] == scalar { end += 1 }
                let before = index > text.startIndex ? text[index - 1] : nil
                let after = end < text.endIndex ? text[end] : nil
                if !isEmphasisRun(before: before, after: after) { out.append(contentsOf: text[index..<end]) }
                index = end
            } else {
                out.append(scalar)
                index += 1
            }
        }
    }

    /// An emphasis marker touches a word on exactly one side: "**bold**" loses its stars,
    /// "snake_case" and "marked *" keep theirs.
    private static func isEmphasisRun(before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        let wordBefore = before.map { !$0.isWhiteSpace } ?? false
        let wordAfter = after.map { !$0.isWhiteSpace } ?? false
        let alnumBefore = before?.isWordScalar ?? false
        let alnumAfter = after?.isWordScalar ?? false
        return wordBefore != wordAfter || (wordBefore && !(alnumBefore && alnumAfter))
    }

    /// `[label](url)` or `[label][ref]` starting at `start`: the label and the index after it.
    private static func link(
        in text: ArraySlice<Unicode.Scalar>, at start: Int
    ) -> (label: ArraySlice<Unicode.Scalar>, end: Int)? {
        var depth = 0
        var close = start
        while close < text.endIndex {
            if text[close] == "[" { depth += 1 }
            if text[close] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            close += 1
        }
        guard close + 1 < text.endIndex else { return nil }
        let opener = text[close + 1]
        let closer: Unicode.Scalar = opener == "(" ? ")" : "]"
        guard opener == "(" || opener == "[",
            let end = text[(close + 2)...].firstIndex(of: closer)
        else { return nil }
        return (text[(start + 1)..<close], end + 1)
    }
}

extension Unicode.Scalar {
    /// Markdown's escapable characters: the ASCII punctuation marks.
    fileprivate var isASCIIPunctuation: Bool {
        (33...47).contains(value) || (58...64).contains(value) || (91...96).contains(value)
            || (123...126).contains(value)
    }
}
