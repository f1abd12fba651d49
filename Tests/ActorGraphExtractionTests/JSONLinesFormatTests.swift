import Foundation
import Testing

@testable import ActorGraphExtraction

@Suite struct JSONLinesFormatTests {
    static let file = """
        {"id": "reuters-1", "title": "Russia, India hold talks", "text": "MOSCOW, Dec. 28 (Reuters) - Russia and India held talks.\\nRead Also: Something else\\n\\nThey agreed on oil. Mr. Lavrov said so.", "date": "28-DEC-2023"}

        {"title": "No id here", "text": "India and Pakistan spoke.", "date": "December 28, 2023"}
        {"id": 42, "text": "Japan and Australia met.", "date": null}
        {"id": "broken", "text": "unterminated
        ["not", "an", "object"]
        {"id": "no-text", "title": "Title only"}
        {"id": "bad-date", "text": "China and Russia met.", "date": "sometime in 2023"}
        {"id": "empty", "text": "Read Also: nothing\\nLeave a Reply"}
        """

    func items() throws -> [CorpusItem] {
        try ReadingFixtures.read("news.jsonl", Self.file)
    }

    @Test func goodLinesAreReadAroundBadOnes() throws {
        let items = try items()
        #expect(items.count == 8)
        guard case .document(let first) = items[0] else {
            Issue.record("line 1 should be a document")
            return
        }
        #expect(first.name == "reuters-1")
        #expect(first.title == "Russia, India hold talks")
        #expect(first.date == "2023-12-28")
        #expect(
            first.paragraphs == [
                "Russia and India held talks.", "They agreed on oil. Mr. Lavrov said so.",
            ])
        #expect(
            first.sentences == [
                "Russia, India hold talks", "Russia and India held talks.",
                "They agreed on oil.", "Mr. Lavrov said so.",
            ])
        guard case .document(let second) = items[1], case .document(let third) = items[2],
            case .document(let badDate) = items[6]
        else {
            Issue.record("lines 3, 4 and 9 should be documents")
            return
        }
        #expect(second.name == "news.jsonl:3")
        #expect(second.date == "2023-12-28")
        #expect(third.name == "42")
        #expect(third.title == "")
        #expect(third.date == nil)
        #expect(badDate.name == "bad-date")
        #expect(badDate.date == nil)
    }

    @Test func badLinesAreSkippedWithTheirLineNumber() throws {
        let skipped = try items().compactMap { item -> SkippedInput? in
            if case .skipped(let skipped) = item { return skipped }
            return nil
        }
        #expect(skipped.map(\.name) == ["news.jsonl:5", "news.jsonl:6", "no-text", "empty"])
        #expect(skipped[0].reason.hasPrefix("line 5: invalid JSON"))
        #expect(skipped[1].reason == "line 6: invalid JSON: not an object")
        #expect(skipped[2].reason == "line 7: no \"text\" string in the object")
        #expect(skipped[3].reason == "line 9: empty: no article text")
    }

    @Test func invalidUTF8OnOneLineSkipsOnlyThatLine() throws {
        var data = Data(#"{"id": "a", "text": "India spoke."}"#.utf8)
        data.append(contentsOf: [0x0A] + Array(#"{"id": "b", "text": "Caf"#.utf8) + [0xE9] + Array(#"."}"#.utf8))
        data.append(contentsOf: [0x0D, 0x0A] + Array(#"{"id": "c", "text": "Russia spoke."}"#.utf8) + [0x0D, 0x0A])
        let folder = try ReadingFixtures.folder(["x.jsonl": data])
        let items = try CorpusReader().read([folder])
        #expect(items.count == 3)
        if case .skipped(let skipped) = items[1] {
            #expect(skipped.name == "x.jsonl:2")
            #expect(skipped.reason.contains("not valid UTF-8"))
        } else {
            Issue.record("line 2 should be skipped")
        }
        if case .document(let document) = items[2] {
            #expect(document.name == "c")
            #expect(document.paragraphs == ["Russia spoke."])
        } else {
            Issue.record("line 3 should be a document")
        }
    }

    /// A line shaped like a link to another story goes from a body that has more, but is the text of an item that is
    /// all it has.
    @Test func aLoneHeadlineShapedLineIsTheItemsText() throws {
        let file = """
            {"id": "a", "text": "The game is out on 9 March in the US and 11 March in the UK"}
            {"id": "b", "text": "India and Japan signed a pact.\\nLatest Satellite Images Reaffirm India's Strategic Deployment In Ladakh"}
            """
        let items = try ReadingFixtures.read("feed.jsonl", file)
        guard case .document(let lone) = items[0], case .document(let linked) = items[1] else {
            Issue.record("both lines should be documents")
            return
        }
        #expect(lone.paragraphs == ["The game is out on 9 March in the US and 11 March in the UK"])
        #expect(linked.paragraphs == ["India and Japan signed a pact."])
    }
}
