import Foundation
import Testing

@testable import ActorGraphCore

/// `documents.jsonl` per `Docs/Formats.md`: one compact JSON object per line, in input order; a skipped input carries
/// `error`.
@Suite struct DocumentIndexTests {
    @Test func readRecordHasTheContractsFieldsInOrder() {
        let record = DocumentRecord.read(
            document: "004_66bc5cd5d1c12ee4.txt", title: "Modi meets Putin", date: "2023-12-28", sentences: 17,
            mentions: ["RUS": 18, "IND": 21])
        #expect(record.line == #"{"document":"004_66bc5cd5d1c12ee4.txt","title":"Modi meets Putin","date":"2023-12-28","sentences":17,"entities":[{"id":"IND","count":21},{"id":"RUS","count":18}]}"#)
    }

    @Test func undatedRecordLeavesDateOut() {
        let record = DocumentRecord.read(document: "a.txt", title: "T", date: nil, sentences: 2, mentions: [:])
        #expect(record.line == #"{"document":"a.txt","title":"T","sentences":2,"entities":[]}"#)
    }

    /// Most named first; a tie goes to the smaller id, so the line does not follow dictionary order.
    @Test func entitiesAreSortedByCountThenId() {
        let mentions = ["vladimir-putin": 3, "USA": 3, "IND": 7, "CHN": 3, "PAK": 1]
        let record = DocumentRecord.read(document: "d", title: "", date: nil, sentences: 1, mentions: mentions)
        #expect(record.entities.map(\.id) == ["IND", "CHN", "USA", "vladimir-putin", "PAK"])
        #expect(record.entities.map(\.count) == [7, 3, 3, 3, 1])
    }

    @Test func skippedInputSaysWhy() {
        let record = DocumentRecord.skipped(document: "feed.jsonl:3", reason: "line 3 is not JSON: \"oops\"")
        #expect(record.line == #"{"document":"feed.jsonl:3","error":"line 3 is not JSON: \"oops\""}"#)
        #expect(record.entities.isEmpty && record.sentences == nil)
    }

    @Test func encodeWritesOneLinePerRecordInInputOrder() {
        let records = [
            DocumentRecord.read(document: "b.txt", title: "Line\nbreak", date: nil, sentences: 1, mentions: ["IND": 1]),
            DocumentRecord.skipped(document: "a.pdf", reason: "not text"),
            DocumentRecord.read(document: "a.txt", title: "Côte d’Ivoire", date: "2024-01-15", sentences: 3, mentions: [:]),
        ]
        let text = DocumentIndex.encode(records)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines.last == "")
        #expect(lines[0].hasPrefix(#"{"document":"b.txt","title":"Line\nbreak","#))
        #expect(lines[1].hasPrefix(#"{"document":"a.pdf""#))
        #expect(lines[2].contains("Côte d’Ivoire"))
        for line in lines.dropLast() {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any])
        }
        #expect(DocumentIndex.encode([]) == "")
    }

    /// Reads the committed `Graphs/documents.jsonl` back into records and writes it again: the same bytes.
    @Test func committedIndexRoundTrips() throws {
        let bytes = try Data(contentsOf: RepositoryFiles.documents)
        let text = try #require(String(data: bytes, encoding: .utf8))
        let records = try text.split(separator: "\n").map { try record(from: String($0)) }
        #expect(records.count == 5)
        #expect(records.map(\.document) == records.map(\.document).sorted(), "input order is the corpus's order")
        #expect(DocumentIndex.encode(records) == text)
        let network = try NetworkJSON.read(from: RepositoryFiles.network)
        #expect(records.count == network.corpus.documents)
        #expect(records.compactMap(\.sentences).reduce(0, +) == network.corpus.sentences)
        let named = Set(records.flatMap { $0.entities.map(\.id) })
        #expect(named == Set(network.nodes.map(\.id)), "every node is named by some document, and only nodes are")
    }

    /// A record from one line of `documents.jsonl`, checking the field types `Docs/Formats.md` gives.
    private func record(from line: String) throws -> DocumentRecord {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let document = try #require(object["document"] as? String)
        if let error = object["error"] as? String {
            return .skipped(document: document, reason: error)
        }
        let date = object["date"] as? String
        if let date {
            #expect(date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil, "date is YYYY-MM-DD")
        }
        let entities = try #require(object["entities"] as? [[String: Any]])
        var mentions: [String: Int] = [:]
        for entity in entities {
            mentions[try #require(entity["id"] as? String)] = try #require(entity["count"] as? Int)
        }
        return .read(
            document: document, title: try #require(object["title"] as? String), date: date,
            sentences: try #require(object["sentences"] as? Int), mentions: mentions)
    }
}
