import Foundation
import Testing

@testable import ActorGraphExtraction

@Suite struct DateRangeTests {
    @Test func aBoundCoversItsWholeYearOrMonth() throws {
        let range = try DateRange(since: "2021-04", until: "2023")
        #expect(range.contains("2021-04-01"))
        #expect(range.contains("2021-04-15"))
        #expect(range.contains("2023-12-31"))
        #expect(!range.contains("2021-03-31"))
        #expect(!range.contains("2024-01-01"))
    }

    @Test func undatedArticlesCountOnlyWithoutBounds() throws {
        #expect(DateRange.all.contains(nil))
        #expect(!(try DateRange(since: nil, until: "2030")).contains(nil))
    }

    @Test(arguments: ["2021-13", "2021-02-30", "21", "2021/04/15", "April 2021", "+2021", "2021-4-15", ""])
    func malformedBoundsAreRefusedWithTheFormToUse(_ text: String) {
        #expect(throws: DateRangeError.malformed(option: "--since", value: text)) {
            try DateRange(since: text, until: nil)
        }
        let message = String(describing: DateRangeError.malformed(option: "--until", value: text))
        #expect(message.contains("YYYY, YYYY-MM or YYYY-MM-DD"))
    }

    @Test func anEmptySpanIsRefused() {
        #expect(throws: DateRangeError.empty(since: "2023-12", until: "2023-11-30")) {
            try DateRange(since: "2023-12", until: "2023-11-30")
        }
        #expect((try? DateRange(since: "2023-12-28", until: "2023-12")) != nil, "a day inside the closing month")
    }

    @Test func theCorpusSplitsByDate() throws {
        let extractor = try RelationExtractor(gazetteer: try Gazetteer.load(adding: []), lexicon: try StanceLexicon.bundled())
        let recent = try CorpusBuild.run(
            paths: [ReadingFixtures.corpus], extractor: extractor, dates: try DateRange(since: "2022", until: nil))
        let lines = String(decoding: recent.documentIndex, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix(#"{"document":"004_66bc5cd5d1c12ee4.txt","#))
        #expect(recent.outOfRange == 4)
        #expect(throws: BuildError.self) {
            try CorpusBuild.run(paths: [ReadingFixtures.corpus], extractor: extractor, dates: try DateRange(since: "2030", until: nil))
        }
    }
}
