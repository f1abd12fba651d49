import ActorGraphCore
import Testing

@Suite struct CSVReaderTests {
    private func rows(_ text: String, delimiter: Unicode.Scalar = ",") throws(CSVReader.SyntaxError) -> [CSVReader.Row] {
        try CSVReader(delimiter: delimiter).rows(text)
    }

    @Test func plainRecordsWithLFOrCRLFOrCR() throws {
        let expected = [
            CSVReader.Row(line: 1, fields: ["source", "target"]), CSVReader.Row(line: 2, fields: ["IND", "RUS"]),
        ]
        #expect(try rows("source,target\nIND,RUS\n") == expected)
        #expect(try rows("source,target\r\nIND,RUS\r\n") == expected)
        #expect(try rows("source,target\rIND,RUS") == expected)
    }

    @Test func quotedFieldsHoldDelimitersDoubledQuotesAndLineBreaks() throws {
        let text = "id,label\r\nKOR,\"Korea, Republic of\"\r\nx,\"say \"\"no\"\"\"\r\nm,\"one\r\ntwo\nthree\"\r\nlast,1\r\n"
        let result = try rows(text)
        #expect(result.map(\.fields) == [
            ["id", "label"], ["KOR", "Korea, Republic of"], ["x", "say \"no\""], ["m", "one\r\ntwo\nthree"],
            ["last", "1"],
        ])
        // The multi-line field spans lines 4 to 6, so the next record starts on line 7.
        #expect(result.map(\.line) == [1, 2, 3, 4, 7])
    }

    @Test func byteOrderMarkIsDroppedAndBlankLinesSkipped() throws {
        let result = try rows("\u{FEFF}source,target\n\nIND,PAK\n\n\nCHN,IND")
        #expect(result == [
            CSVReader.Row(line: 1, fields: ["source", "target"]), CSVReader.Row(line: 3, fields: ["IND", "PAK"]),
            CSVReader.Row(line: 6, fields: ["CHN", "IND"]),
        ])
    }

    @Test func emptyFieldsAndTrailingDelimiterAreKept() throws {
        #expect(try rows("a,,c,\n,\"\",x\n").map(\.fields) == [["a", "", "c", ""], ["", "", "x"]])
    }

    @Test func quoteInsideAnUnquotedFieldIsKept() throws {
        #expect(try rows("a,5\" gun,b\n").map(\.fields) == [["a", "5\" gun", "b"]])
    }

    @Test func tabDelimiter() throws {
        #expect(try rows("source\ttarget\nUSA\t\"A, B\"\n", delimiter: "\t").map(\.fields) == [
            ["source", "target"], ["USA", "A, B"],
        ])
    }

    @Test func unterminatedQuoteNamesTheLineWhereItOpens() {
        #expect(throws: CSVReader.SyntaxError.self) { try rows("a,b\nc,\"open\nmore\nstill") }
        do {
            _ = try rows("a,b\nc,\"open\nmore\nstill")
        } catch {
            #expect(error.line == 2)
            #expect(error.description.hasPrefix("line 2: a quoted field opens here and is never closed"))
        }
    }

    @Test func textAfterClosingQuoteIsAnError() {
        do {
            _ = try rows("a,b\nc,d\n\"x\"y,z\n")
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.line == 3)
            #expect(error.message.contains("text follows the closing quote"))
        }
    }
}
