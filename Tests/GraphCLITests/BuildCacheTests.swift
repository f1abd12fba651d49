import Foundation
import Testing

/// `graph build --cache DIR` writes the files of a clean build, byte for byte, and extracts only the parts of the
/// corpus that are new or changed: a file, or a run of 256 lines of a `.jsonl` file.
@Suite struct BuildCacheTests {
    /// A folder with `Corpus/`'s five articles and 600 generated ones in two `.jsonl` files of 300 lines (parts:
    /// lines 1–256 and 257–300 of each).
    static func corpus() throws -> URL {
        let folder = try GraphTool.scratchFolder()
        let corpus = GraphTool.repository.appendingPathComponent("Corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(at: corpus.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        for path in try GeneratedCorpus.write(articles: 600, files: 2) {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.moveItem(at: url, to: folder.appendingPathComponent(url.lastPathComponent))
        }
        return folder
    }

    /// The four files of `graph build` on `folder` with `options`, and the parts it took from the cache and
    /// extracted (when given `--cache`).
    static func build(_ folder: URL, _ options: [String] = []) throws -> (files: [String: Data], reused: Int?, extracted: Int?) {
        let out = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try GraphTool.run(["build", folder.path, "--out", out.path] + options)
        guard run.status == 0 else { throw GraphTool.BuildFailed(run: run) }
        let note = run.errorLines.first { $0.hasPrefix("Took ") }
        let numbers = note.map { $0.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .punctuationCharacters)) } }
        return (try MergeCommandTests.files(in: out), numbers?.first, numbers?.last)
    }

    @Test func aRebuildExtractsOnlyWhatChangedAndWritesTheCleanBuildsFiles() throws {
        let folder = try Self.corpus()
        let cache = try GraphTool.scratchFolder().appendingPathComponent("cache")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.build(folder, ["--cache", cache.path])
        #expect(first.files == (try Self.build(folder)).files)
        #expect((first.reused, first.extracted) == (0, 9))  // five files and two parts of each .jsonl file

        let again = try Self.build(folder, ["--cache", cache.path])
        #expect(again.files == first.files)
        #expect((again.reused, again.extracted) == (9, 0))

        // A day's news: articles appended to a feed file, a new article, and an article corrected.
        let feed = folder.appendingPathComponent("part-001.jsonl")
        let handle = try FileHandle(forWritingTo: feed)
        try handle.seekToEnd()
        for index in 0..<30 {
            let line = try JSONSerialization.data(withJSONObject: [
                "id": "new\(index)", "date": "2024-03-0\(1 + index % 9)",
                "text": "India and Japan signed a defence agreement. China criticised the agreement.",
            ], options: [.sortedKeys])
            try handle.write(contentsOf: line + Data("\n".utf8))
        }
        try handle.close()
        try "Talks in Delhi\n\nRussia and India agreed to expand their trade.\n"
            .write(to: folder.appendingPathComponent("005_new.txt"), atomically: true, encoding: .utf8)
        let corrected = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().first { $0.hasSuffix(".txt") }!
        let text = try String(contentsOf: folder.appendingPathComponent(corrected), encoding: .utf8)
        try (text + "\nPakistan condemned India.\n").write(
            to: folder.appendingPathComponent(corrected), atomically: true, encoding: .utf8)

        let next = try Self.build(folder, ["--cache", cache.path])
        #expect(next.files == (try Self.build(folder)).files)
        #expect((next.reused, next.extracted) == (7, 3))  // the feed's second part, the new file, the corrected one
    }

    @Test func otherDatesUseOtherPartsAndADamagedPartIsExtractedAgain() throws {
        let folder = try Self.corpus()
        let cache = try GraphTool.scratchFolder().appendingPathComponent("cache")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.build(folder, ["--cache", cache.path])
        func parts() throws -> Set<String> {
            Set(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".partial") })
        }
        let allDates = try parts()
        #expect(allDates.count == 9)
        let since = try Self.build(folder, ["--cache", cache.path, "--since", "2022"])
        #expect((since.reused, since.extracted) == (0, 9))
        #expect(since.files == (try Self.build(folder, ["--since", "2022"])).files)
        #expect(try parts().count == 18)

        // A cache file cut short (a disk that filled up) is read as missing: that part is extracted again.
        let damaged = cache.appendingPathComponent(allDates.sorted()[0])
        let bytes = try Data(contentsOf: damaged)
        try bytes.prefix(bytes.count / 2).write(to: damaged)
        let rebuilt = try Self.build(folder, ["--cache", cache.path])
        #expect((rebuilt.reused, rebuilt.extracted) == (8, 1))
        #expect(rebuilt.files == (try Self.build(folder)).files)
        #expect(try Data(contentsOf: damaged).count == bytes.count, "written whole again")
    }

    @Test func aCacheThatIsAFileIsRefusedAndNothingIsWritten() throws {
        let scratch = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("cache")
        try Data("not a folder".utf8).write(to: file)
        let out = scratch.appendingPathComponent("out")
        let run = try GraphTool.run(["build", "Corpus", "--cache", file.path, "--out", out.path])
        #expect(run.status == 1)
        #expect(run.errorLines == ["Error: cannot keep the cache in \(file.path): a file has that name; give --cache a folder that can be written"])
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
