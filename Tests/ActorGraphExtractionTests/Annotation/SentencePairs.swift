import Foundation

/// One sentence of an annotated relation set and the sign a careful reader gives each pair it names.
struct SentencePairs {
    struct Gold: Hashable {
        var pair: ActorPair
        /// `1`, `-1` or `0`.
        var sign: Int
        /// Who acted on whom, where the annotation says.
        var source: String?
        /// An actor of the pair is only referred to ("the two countries"), so a name-based reader cannot see it.
        var coreference: Bool
    }

    var text: String
    var pairs: [Gold]

    /// `corpus-relations.tsv`: one row per (document, sentence, pair), columns
    /// `document sentence a b sign text note`; rows whose note starts `[coref]` are coreference rows.
    static func readCorpusRelations() throws -> [SentencePairs] {
        var order: [String] = []
        var bySentence: [String: [Gold]] = [:]
        for fields in try rows(of: "corpus-relations.tsv", columns: 7) {
            guard let sign = Self.sign(fields[4]) else { throw AnnotationError(file: "corpus-relations.tsv", row: 0, text: fields.joined(separator: "\t")) }
            let text = fields[5]
            if bySentence[text] == nil { order.append(text) }
            bySentence[text, default: []].append(
                Gold(pair: ActorPair(fields[2], fields[3]), sign: sign, source: nil, coreference: fields[6].hasPrefix("[coref]")))
        }
        return order.map { SentencePairs(text: $0, pairs: bySentence[$0] ?? []) }
    }

    /// `relations.tsv`: one row per sentence, columns `id source text pairs note`; `pairs` holds `A~B:S` (mutual or
    /// undirected) and `A>B:S` (A acted on B) items separated by spaces.
    static func readRelations() throws -> [SentencePairs] {
        try rows(of: "relations.tsv", columns: 5).enumerated().map { index, fields in
            SentencePairs(text: fields[2], pairs: try pairs(fields[3], file: "relations.tsv", row: index + 1))
        }
    }

    /// The news sample drawn from `../shared/bench/news.jsonl`, or nil where that file is missing.
    static let newsArticles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/bench/news.jsonl")

    /// `news-relations.tsv`, the rows of one split (`dev` or the held-out `test`): columns `id source span check pairs
    /// split`. The file stores no text (the bench's licence forbids copying it): each sentence is the UTF-8 bytes
    /// `span` of its article's `text` in `news.jsonl`, white space collapsed, as `Tests/Annotations/news_sentences.py`
    /// reads it (which also checks each sentence against its SHA-256 `check`).
    static func readNewsRelations(split: String) throws -> [SentencePairs] {
        var texts: [String: [UInt8]] = [:]
        for line in try String(contentsOf: newsArticles, encoding: .utf8).split(separator: "\n") {
            struct Article: Decodable { var id: String; var text: String }
            let article = try JSONDecoder().decode(Article.self, from: Data(line.utf8))
            texts[article.id] = Array(article.text.utf8)
        }
        return try rows(of: "news-relations.tsv", columns: 6).enumerated().compactMap { index, fields in
            guard fields[5] == split else { return nil }
            let bounds = fields[2].split(separator: "-").compactMap { Int($0) }
            guard fields[1].hasPrefix("bench:"), let article = texts[String(fields[1].dropFirst(6))], bounds.count == 2,
                bounds[0] < bounds[1], bounds[1] <= article.count
            else { throw AnnotationError(file: "news-relations.tsv", row: index + 1, text: fields[1] + " " + fields[2]) }
            let text = String(decoding: article[bounds[0]..<bounds[1]], as: UTF8.self)
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return SentencePairs(text: text, pairs: try pairs(fields[4], file: "news-relations.tsv", row: index + 1))
        }
    }

    /// The `A~B:S` (mutual or undirected) and `A>B:S` (A acted on B) items of a `pairs` column.
    private static func pairs(_ column: String, file: String, row: Int) throws -> [Gold] {
        try column.split(separator: " ").map { item -> Gold in
            let parts = item.split(separator: ":")
            let directed = parts.first?.contains(">") ?? false
            let ends = parts.first?.split(whereSeparator: { $0 == "~" || $0 == ">" }).map(String.init) ?? []
            guard parts.count == 2, ends.count == 2, let sign = Self.sign(String(parts[1])) else {
                throw AnnotationError(file: file, row: row, text: String(item))
            }
            return Gold(pair: ActorPair(ends[0], ends[1]), sign: sign, source: directed ? ends[0] : nil, coreference: false)
        }
    }

    private static func sign(_ text: String) -> Int? {
        ["+": 1, "-": -1, "0": 0][text]
    }

    /// The data rows of a tab-separated annotation file: comment lines and the header row dropped.
    private static func rows(of name: String, columns: Int) throws -> [[String]] {
        let text = try String(contentsOf: PairAnnotation.folder.appendingPathComponent(name), encoding: .utf8)
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
        return try lines.enumerated().map { index, line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= columns - 1 else { throw AnnotationError(file: name, row: index + 1, text: String(line)) }
            return fields + Array(repeating: "", count: max(0, columns - fields.count))
        }
    }
}
