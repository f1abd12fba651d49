/// Reading and writing the CoNLL-U format of Universal Dependencies (https://universaldependencies.org/format.html):
/// one word per line in ten tab-separated columns, sentences separated by blank lines, comments starting with `#`.
///
/// A basic-tree parser uses the word lines only; multiword-token lines (`1-2`) and empty nodes (`8.1`) are kept as
/// they are so that a sentence written back out has every line it came with.
public struct TreebankSentence: Sendable {
    /// The lines before the words: comments, in order.
    public var comments: [String] = []
    /// Every line that is not a comment, in order: words, multiword tokens and empty nodes.
    public var lines: [Line] = []

    public enum Line: Sendable {
        /// A syntactic word: its ten columns.
        case word([String])
        /// A multiword-token range or an empty node, carried through untouched.
        case other(String)
    }

    /// The word lines' columns.
    public var words: [[String]] {
        lines.compactMap { if case .word(let columns) = $0 { columns } else { nil } }
    }

    public var forms: [String] { words.map { $0[1] } }
}

public enum CoNLLU {
    public struct FormatError: Error, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// The sentences of a CoNLL-U text. Only the ID and FORM columns of word lines must be present (gold-tokenised
    /// input); missing columns are filled with `_`.
    public static func read(_ text: String) throws -> [TreebankSentence] {
        var sentences: [TreebankSentence] = []
        var current = TreebankSentence()
        var lineNumber = 0
        var wordCount = 0
        func finish() {
            if !current.lines.isEmpty || !current.comments.isEmpty { sentences.append(current) }
            current = TreebankSentence()
            wordCount = 0
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                finish()
            } else if line.hasPrefix("#") {
                current.comments.append(String(line))
            } else {
                var columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard columns.count >= 2, let id = columns.first, !id.isEmpty else {
                    throw FormatError(line: lineNumber, reason: "a word line needs at least an ID and a FORM column")
                }
                if id.contains("-") || id.contains(".") {
                    current.lines.append(.other(String(line)))
                    continue
                }
                guard Int(id) == wordCount + 1 else {
                    throw FormatError(line: lineNumber, reason: "word ID \(id) out of order (expected \(wordCount + 1))")
                }
                wordCount += 1
                columns += Array(repeating: "_", count: max(0, 10 - columns.count))
                current.lines.append(.word(Array(columns.prefix(10))))
            }
        }
        finish()
        return sentences
    }

    /// The sentence in CoNLL-U, followed by the blank line that ends it.
    public static func write(_ sentence: TreebankSentence) -> String {
        var out = sentence.comments.map { $0 + "\n" }.joined()
        for line in sentence.lines {
            switch line {
            case .word(let columns): out += columns.joined(separator: "\t") + "\n"
            case .other(let text): out += text + "\n"
            }
        }
        return out + "\n"
    }
}
