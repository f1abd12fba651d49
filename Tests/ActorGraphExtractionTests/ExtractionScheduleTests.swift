import ActorGraphCore
import Foundation
import Testing

@testable import ActorGraphExtraction

/// A build's files do not depend on how its work was spread: one thread or several, batches of one input or of all,
/// a `.jsonl` file's bytes arriving in chunks of any size.
@Suite struct ExtractionScheduleTests {
    let extractor: RelationExtractor

    init() throws {
        extractor = try RelationExtractor(gazetteer: try Gazetteer.load(), lexicon: try StanceLexicon.bundled())
    }

    /// The five articles of `Corpus/`, and each of their paragraphs again as a dated line of a `.jsonl` file, with
    /// lines that are skipped among them: some fifty inputs in all.
    static func corpusFolder() throws -> String {
        var lines: [String] = []
        let documents = try ReadingFixtures.corpusDocuments().sorted { $0.key < $1.key }
        for (number, (name, document)) in documents.enumerated() {
            for (index, paragraph) in document.paragraphs.enumerated() {
                let article: [String: String] = [
                    "id": "\(name)#\(index)", "title": document.title, "text": paragraph,
                    "date": "2023-0\(number + 1)-1\(index % 10)",
                ]
                let json = try JSONSerialization.data(withJSONObject: article, options: [.sortedKeys])
                lines.append(String(decoding: json, as: UTF8.self))
            }
            lines += ["", "{\"id\": \"broken-\(number)\", \"text\": ", "[\"not an object\"]"]
        }
        var files: [String: Data] = ["paragraphs.jsonl": Data(lines.joined(separator: "\r\n").utf8)]
        for name in documents.map(\.key) {
            files["articles/\(name)"] = try Data(contentsOf: URL(fileURLWithPath: ReadingFixtures.corpus + "/" + name))
        }
        return try ReadingFixtures.folder(files)
    }

    /// `network.json` and `documents.jsonl` as a build on `schedule` would write them.
    func files(_ folder: String, _ schedule: ExtractionSchedule) throws -> (network: Data, documents: Data) {
        let build = try CorpusBuild.run(paths: [folder], extractor: extractor, evidenceLimit: nil, schedule: schedule)
        #expect(build.skipped.count == 10, "two bad lines of each of the five articles' paragraphs")
        return (NetworkJSON.encodedData(build.network), build.documentIndex)
    }

    @Test func sameFilesOnAnyThreadsAndBatches() throws {
        let folder = try Self.corpusFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let reference = try files(folder, ExtractionSchedule(workers: 1, batchInputs: 1_000_000, batchBytes: 1 << 40))
        #expect(reference.documents.split(separator: UInt8(ascii: "\n")).count > 50)
        let schedules = [
            ExtractionSchedule(workers: 1, batchInputs: 1, batchBytes: 1 << 40),
            ExtractionSchedule(workers: 2, batchInputs: 3, batchBytes: 1 << 40),
            ExtractionSchedule(workers: 4, batchInputs: 1_000_000, batchBytes: 1),
            ExtractionSchedule(workers: 7, batchInputs: 5, batchBytes: 2_000),
            .allCores,
        ]
        for schedule in schedules {
            let other = try files(folder, schedule)
            #expect(other.network == reference.network, "network.json with \(schedule)")
            #expect(other.documents == reference.documents, "documents.jsonl with \(schedule)")
        }
    }

    @Test(arguments: [1, 2, 3, 7, 64, 1 << 20])
    func linesAreTheSameInChunksOfAnySize(chunkSize: Int) {
        let file = Array("\u{FEFF}{\"a\": 1}\r\n\n  \t\r\n{\"b\": \"two\"}\n\n{\"c\": 3}".utf8)
        var lines = JSONLinesFormat.Lines()
        var found: [(String, Int)] = []
        let collect = { (line: UnsafeBufferPointer<UInt8>, number: Int) in
            found.append((String(decoding: line, as: UTF8.self), number))
        }
        file.withUnsafeBufferPointer { bytes in
            for start in stride(from: 0, to: bytes.count, by: chunkSize) {
                lines.feed(UnsafeBufferPointer(rebasing: bytes[start..<min(start + chunkSize, bytes.count)]), collect)
            }
        }
        lines.finish(collect)
        #expect(found.map(\.0) == ["{\"a\": 1}", "{\"b\": \"two\"}", "{\"c\": 3}"])
        #expect(found.map(\.1) == [1, 4, 6])
    }
}
