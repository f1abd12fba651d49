import Foundation

/// One line of `documents.jsonl`: an article that was read, or an input that was skipped and why.
public struct DocumentRecord: Sendable, Hashable {
    public var document: String
    public var title: String?
    public var date: String?
    public var sentences: Int?
    /// The actors the article names, most named first, then by id.
    public var entities: [(id: String, count: Int)]
    /// Why the input was skipped; nil for an article that was read.
    public var error: String?

    public static func == (lhs: DocumentRecord, rhs: DocumentRecord) -> Bool {
        lhs.line == rhs.line
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(line)
    }

    public static func read(document: String, title: String, date: String?, sentences: Int, mentions: [String: Int]) -> DocumentRecord {
        let entities = mentions.map { (id: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.id) < ($0.count, $1.id) }
        return DocumentRecord(document: document, title: title, date: date, sentences: sentences, entities: entities, error: nil)
    }

    public static func skipped(document: String, reason: String) -> DocumentRecord {
        DocumentRecord(document: document, title: nil, date: nil, sentences: nil, entities: [], error: reason)
    }

    /// The record as one line of JSON, without the newline.
    public var line: String {
        if let error {
            return JSONValue.object([("document", .string(document)), ("error", .string(error))]).render(style: .compact)
        }
        return JSONValue.object([
            ("document", .string(document)),
            ("title", .string(title ?? "")),
            ("date", date.map(JSONValue.string)),
            ("sentences", .int(sentences ?? 0)),
            ("entities", .array(entities.map { .object([("id", .string($0.id)), ("count", .int($0.count))]) })),
        ]).render(style: .compact)
    }
}

/// `documents.jsonl`: one record per line, in input order.
public enum DocumentIndex {
    public static func encode(_ records: [DocumentRecord]) -> String {
        String(decoding: encodedData(records), as: UTF8.self)
    }

    /// The UTF-8 bytes of ``encode(_:)``, made a line at a time: what `graph build` writes, without the text of
    /// every line held twice more (as lines, then joined) on a corpus of a million articles.
    public static func encodedData(_ records: [DocumentRecord]) -> Data {
        var data = Data()
        for record in records {
            data.append(contentsOf: record.line.utf8)
            data.append(UInt8(ascii: "\n"))
        }
        return data
    }
}
