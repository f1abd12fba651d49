import Foundation
import Testing

/// `graph extract` on the parts of a corpus and `graph merge` of their partials write the same four files as
/// `graph build` on the whole, byte for byte, however the corpus is split and the partials ordered and grouped.
///
/// The corpus: the five articles of `Corpus/`, 2,000 generated ones in three `.jsonl` files and 37 without ids in a
/// fourth, in one folder. A
/// split gives each article file to a random part, and cuts each `.jsonl` file at random lines into pieces that
/// go to `graph extract -` on standard input, with the file's name and the number of their first line.
@Suite struct MergeCommandTests {
    /// The corpus folder, and the four files of `graph build` on it.
    static let whole: (folder: URL, files: [String: Data]) = {
        let folder = try! GraphTool.scratchFolder()
        let corpus = GraphTool.repository.appendingPathComponent("Corpus")
        for name in try! FileManager.default.contentsOfDirectory(atPath: corpus.path) where name.hasSuffix(".txt") {
            try! FileManager.default.copyItem(
                at: corpus.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        for path in try! GeneratedCorpus.write(articles: 2_000, files: 3) {
            let url = URL(fileURLWithPath: path)
            try! FileManager.default.moveItem(at: url, to: folder.appendingPathComponent(url.lastPathComponent))
        }
        // Articles without an id are named by their line (`wire.jsonl:12`), blank lines counted: a part that
        // numbered its lines wrongly would name them wrongly.
        let wire = (1...40).map { line in
            line % 15 == 0 ? "" : #"{"date": "2023-05-\#(10 + line % 20)", "text": "India and Pakistan traded fire (\#(line))."}"#
        }
        try! (wire.joined(separator: "\n") + "\n").write(
            to: folder.appendingPathComponent("wire.jsonl"), atomically: true, encoding: .utf8)
        let out = try! GraphTool.scratchFolder()
        let run = try! GraphTool.run(["build", folder.path, "--out", out.path, "--quiet"])
        precondition(run.status == 0, run.stderr)
        return (folder, try! files(in: out))
    }()

    static let outputs = ["network.json", "documents.jsonl", "network.dot", "network.svg"]

    static func files(in folder: URL) throws -> [String: Data] {
        Dictionary(uniqueKeysWithValues: try outputs.map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) })
    }

    /// Extracts one random split of the corpus into partials; returns their paths.
    static func extractParts(seed: UInt64, into scratch: URL) throws -> [String] {
        var random = GeneratedCorpus.SplitMix(seed: seed)
        let names = try FileManager.default.contentsOfDirectory(atPath: whole.folder.path).sorted()
        let parts = 2 + random.next(below: 3)
        var filesOfPart = Array(repeating: [String](), count: parts)
        var pieces: [(name: String, firstLine: Int, text: String)] = []
        for name in names {
            let path = whole.folder.appendingPathComponent(name).path
            guard name.hasSuffix(".jsonl") else {
                filesOfPart[random.next(below: parts)].append(path)
                continue
            }
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            var start = 0
            while start < lines.count - 1 {
                let end = min(lines.count - 1, start + 1 + random.next(below: 700))
                pieces.append((name, start + 1, lines[start..<end].joined(separator: "\n") + "\n"))
                start = end
            }
        }
        var partials: [String] = []
        for (index, files) in filesOfPart.enumerated() where !files.isEmpty {
            let partial = scratch.appendingPathComponent("files-\(index).partial").path
            let run = try GraphTool.run(["extract"] + files + ["-o", partial, "--quiet"])
            #expect(run.status == 0, "\(run.stderr)")
            partials.append(partial)
        }
        for (index, piece) in pieces.enumerated() {
            let input = scratch.appendingPathComponent("piece-\(index).jsonl")
            try piece.text.write(to: input, atomically: true, encoding: .utf8)
            let partial = scratch.appendingPathComponent("piece-\(index).partial").path
            let run = try GraphTool.run(
                ["extract", "-", "--name", piece.name, "--first-line", "\(piece.firstLine)", "-o", partial, "--quiet"],
                input: input)
            #expect(run.status == 0, "\(run.stderr)")
            partials.append(partial)
        }
        return partials
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func mergingTheParts(seed: UInt64) throws {
        let scratch = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let partials = try Self.extractParts(seed: seed, into: scratch)
        #expect(partials.count >= 4)
        var random = GeneratedCorpus.SplitMix(seed: seed &+ 100)

        // All at once, in a shuffled order.
        var shuffled = partials
        for index in shuffled.indices.reversed() { shuffled.swapAt(index, random.next(below: index + 1)) }
        let out = scratch.appendingPathComponent("out")
        let run = try GraphTool.run(["merge"] + shuffled + ["--out", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let merged = try Self.files(in: out)
        for name in Self.outputs {
            #expect(merged[name] == Self.whole.files[name], "\(name) differs from the build's (seed \(seed))")
        }

        // In groups: merged partials of partials, in two different groupings and orders, are the same file.
        func grouped(_ order: [String], size: Int, named label: String) throws -> String {
            var level = order
            var round = 0
            while level.count > 1 {
                level = try stride(from: 0, to: level.count, by: size).map { start in
                    let group = Array(level[start..<min(level.count, start + size)])
                    let partial = scratch.appendingPathComponent("\(label)-\(round)-\(start).partial").path
                    let run = try GraphTool.run(["merge"] + group + ["--partial", partial, "--quiet"])
                    #expect(run.status == 0, "\(run.stderr)")
                    return partial
                }
                round += 1
            }
            return level[0]
        }
        let pairs = try grouped(partials, size: 2, named: "pairs")
        let triples = try grouped(shuffled.reversed(), size: 3, named: "triples")
        #expect(try Data(contentsOf: URL(fileURLWithPath: pairs)) == Data(contentsOf: URL(fileURLWithPath: triples)))
        let fromGroups = scratch.appendingPathComponent("from-groups")
        let last = try GraphTool.run(["merge", triples, "--out", fromGroups.path, "--quiet"])
        #expect(last.status == 0, "\(last.stderr)")
        #expect(try Self.files(in: fromGroups) == Self.whole.files)
    }

    /// The partial of the whole folder is the merge of any split's partials, byte for byte.
    @Test func thePartialOfTheWholeIsTheMergeOfItsParts() throws {
        let scratch = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let whole = scratch.appendingPathComponent("whole.partial").path
        let run = try GraphTool.run(["extract", Self.whole.folder.path, "-o", whole, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let merged = scratch.appendingPathComponent("merged.partial").path
        let merge = try GraphTool.run(
            ["merge"] + (try Self.extractParts(seed: 7, into: scratch)) + ["--partial", merged, "--quiet"])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: whole)) == Data(contentsOf: URL(fileURLWithPath: merged)))
    }
}

/// What `graph merge` refuses, saying which file and why, with exit status 1 and nothing written.
@Suite struct MergeErrorTests {
    /// A partial of one short article, extracted with `options`.
    func partial(_ text: String, id: String, in scratch: URL, options: [String] = []) throws -> String {
        let input = scratch.appendingPathComponent("\(id).jsonl")
        let line = try JSONSerialization.data(withJSONObject: ["id": id, "text": text], options: [.sortedKeys])
        try (String(decoding: line, as: UTF8.self) + "\n").write(to: input, atomically: true, encoding: .utf8)
        let partial = scratch.appendingPathComponent("\(id).partial").path
        let run = try GraphTool.run(["extract", input.path, "-o", partial, "--quiet"] + options)
        #expect(run.status == 0, "\(run.stderr)")
        return partial
    }

    func refused(_ arguments: [String], in scratch: URL) throws -> String {
        let out = scratch.appendingPathComponent("out")
        let run = try GraphTool.run(["merge"] + arguments + ["--out", out.path])
        #expect(run.status == 1)
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written")
        #expect(run.errorLines.count == 1, "\(run.stderr)")
        return run.stderr
    }

    @Test func partialsOfAnotherGazetteerDoNotMerge() throws {
        let scratch = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let extra = scratch.appendingPathComponent("extra.json")
        try #"{"countries": [{"id": "NRN", "name": "Narnia", "demonyms": ["Narnian"]}]}"#
            .write(to: extra, atomically: true, encoding: .utf8)
        let plain = try partial("India and Japan signed a defence pact.", id: "a", in: scratch)
        let narnian = try partial("Narnia criticised India.", id: "b", in: scratch, options: ["--gazetteer", extra.path])
        let message = try refused([plain, narnian], in: scratch)
        #expect(message.contains("b.partial was extracted with another gazetteer"))
        // Given the same gazetteer file, the second merges; the first, extracted without it, does not.
        let out = scratch.appendingPathComponent("narnia")
        let run = try GraphTool.run(["merge", narnian, "--gazetteer", extra.path, "--out", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("network.json"), encoding: .utf8).contains("Narnia"))
    }

    @Test func aPartOfTheCorpusMergedTwiceIsRefused() throws {
        let scratch = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let a = try partial("India and Japan signed a defence pact.", id: "a", in: scratch)
        let message = try refused([a, a], in: scratch)
        #expect(message.contains("line 1 of a.jsonl is in two of the partial networks"))
    }

    @Test func damagedAndForeignFilesAreNamed() throws {
        let scratch = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let a = try partial("India and Japan signed a defence pact. China criticised the pact.", id: "a", in: scratch)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: a))
        // Cut in the middle of its last line, as a copy that stopped part way leaves it.
        let cut = scratch.appendingPathComponent("cut.partial")
        try bytes.prefix(bytes.count - 40).write(to: cut)
        let lines = bytes.split(separator: UInt8(ascii: "\n")).count
        #expect(try refused([cut.path], in: scratch).contains("cut.partial: line \(lines) is damaged"))
        // A file of another kind: the document index of a build.
        let index = scratch.appendingPathComponent("documents.jsonl")
        try #"{"document":"a","title":"","sentences":1,"entities":[]}"#.write(to: index, atomically: true, encoding: .utf8)
        #expect(try refused([index.path], in: scratch).contains("documents.jsonl is not a partial network"))
        // A partial of a later format version.
        let later = scratch.appendingPathComponent("later.partial")
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: #""version":1"#, with: #""version":2"#)
        try text.write(to: later, atomically: true, encoding: .utf8)
        #expect(try refused([later.path], in: scratch).contains("later.partial is a partial network of version 2"))
    }

    @Test func partialsOfOtherDatesDoNotMergeAndThoseOfTheSameMergeIntoTheBuild() throws {
        let scratch = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        func write(_ name: String, _ articles: [(String, String)]) throws -> String {
            let lines = try articles.map { date, text in
                String(decoding: try JSONSerialization.data(
                    withJSONObject: ["id": "\(name)-\(date)", "date": date, "text": text], options: [.sortedKeys]), as: UTF8.self)
            }
            let url = scratch.appendingPathComponent(name)
            try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        let a = try write("a.jsonl", [("2022-03-01", "India and Japan signed a pact."), ("2023-05-02", "China criticised India.")])
        let b = try write("b.jsonl", [("2021-01-09", "Russia praised India."), ("2023-07-04", "India and Russia held talks.")])
        func extract(_ path: String, _ options: [String]) throws -> String {
            let partial = path + options.joined() + ".partial"
            let run = try GraphTool.run(["extract", path, "-o", partial, "--quiet"] + options)
            #expect(run.status == 0, "\(run.stderr)")
            return partial
        }
        let message = try refused([try extract(a, ["--since", "2023"]), try extract(b, [])], in: scratch)
        #expect(message.contains("b.jsonl.partial keeps the articles dated any date, the partials before it those dated from 2023"))

        let out = scratch.appendingPathComponent("merged")
        let merge = try GraphTool.run(
            ["merge", try extract(b, ["--since", "2023"]), try extract(a, ["--since", "2023"]), "--out", out.path])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stdout.contains("Read 2 documents (0 skipped, 2 left out as not dated from 2023)"))
        let built = scratch.appendingPathComponent("built")
        let build = try GraphTool.run(["build", a, b, "--since", "2023", "--out", built.path, "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(try MergeCommandTests.files(in: out) == MergeCommandTests.files(in: built))
    }

    @Test func extractSaysWhatItNeeds() throws {
        let missing = try GraphTool.run(["extract", "no-such-folder", "-o", "x.partial"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no-such-folder: no such file or folder"))
        let badName = try GraphTool.run(["extract", "-", "--name", "news.txt", "-o", "x.partial"])
        #expect(badName.status == 64)
        #expect(badName.stderr.contains("--name must name a .jsonl file"))
        #expect(!FileManager.default.fileExists(atPath: GraphTool.repository.appendingPathComponent("x.partial").path))
        let both = try GraphTool.run(["merge", "x.partial", "--out", "x", "--partial", "y.partial"])
        #expect(both.status == 64)
        #expect(both.stderr.contains("Give --out (the network's files) or --partial (one partial network), not both."))
    }
}
