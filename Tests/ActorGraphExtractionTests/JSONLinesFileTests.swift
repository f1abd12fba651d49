import Foundation
import Testing

@testable import ActorGraphExtraction

/// A `.jsonl` file read from disk a chunk at a time gives what the same bytes give read whole: every kept fuzz input
/// of the `.jsonl` reader (blank and CRLF lines, byte-order marks, Latin-1, NUL bytes, broken JSON), in chunks of
/// one byte, a few bytes and a megabyte.
@Suite struct JSONLinesFileTests {
    static let inputs = FuzzCorpusReplayTests.folder.appendingPathComponent("fuzz-jsonl")

    @Test(arguments: [1, 7, 1 << 20])
    func chunksGiveWhatTheWholeFileGives(chunkSize: Int) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.inputs.path).sorted()
        #expect(names.count > 100)
        for name in names {
            let path = Self.inputs.appendingPathComponent(name).path
            let whole = CorpusReader().read(try Data(contentsOf: URL(fileURLWithPath: path)), name: "news.jsonl")
            var streamed: [CorpusItem] = []
            let file = JSONLinesFile(path: path, name: "news.jsonl", chunkSize: chunkSize)
            #expect(try file.lines { streamed += $0.read() })
            #expect(streamed == whole, "\(name) in chunks of \(chunkSize)")
        }
    }
}
