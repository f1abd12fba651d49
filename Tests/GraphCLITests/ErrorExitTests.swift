import Foundation
import Testing

/// Bad input gives one line on standard error that says what was wrong, a non-zero exit, and nothing half-written.
@Suite struct ErrorExitTests {
    @Test func unknownNameSuggestsTheNearestOne() throws {
        let network = try GraphTool.buildCorpus().appendingPathComponent("network.json").path
        let run = try GraphTool.run(["neighbors", "Inida", "--graph", network])

        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.errorLines.count == 1)
        #expect(run.stderr.contains("\"Inida\"") && run.stderr.contains("\"India\""))
    }

    @Test func missingNetworkFileSaysHowToMakeOne() throws {
        let missing = try GraphTool.scratchFolder().appendingPathComponent("network.json").path
        let run = try GraphTool.run(["neighbors", "India", "--graph", missing])

        #expect(run.status != 0)
        #expect(run.errorLines.count == 1)
        #expect(run.stderr.contains(missing) && run.stderr.contains("graph build"))
    }

    @Test func corruptNetworkFileIsNamedAndRejected() throws {
        let folder = try GraphTool.buildCorpus()
        let file = folder.appendingPathComponent("network.json")
        let whole = try Data(contentsOf: file)
        try whole.prefix(whole.count / 2).write(to: file)
        let run = try GraphTool.run(["edge", "India", "Russia", "--graph", file.path])

        #expect(run.status != 0)
        #expect(run.errorLines.count == 1)
        #expect(run.stderr.contains(file.path) && run.stderr.contains("not a network file"))
    }

    /// Numbers the analysis cannot take (a sign of 2, a negative count, a stance past 1) are refused on reading,
    /// with the edge named, instead of stopping a later command on a failed precondition (signal 4).
    @Test(arguments: [
        ("\"sign\": 1", "\"sign\": 2", "sign 2"),
        ("\"sign\": 1", "\"sign\": -7", "sign -7"),
        ("\"positive\": 3", "\"positive\": -3", "positive -3"),
        ("\"stance\": 0.5", "\"stance\": 1.5", "stance 1.5"),
    ])
    func impossibleNumbersInANetworkFileAreRefused(original: String, replacement: String, message: String) throws {
        let file = try GraphTool.scratchFolder().appendingPathComponent("network.json")
        let network = """
            {"format": "actor-graph/1", "corpus": {"documents": 1, "sentences": 1},
             "nodes": [{"id": "IND", "label": "India", "kind": "country", "mentions": 1},
                       {"id": "PAK", "label": "Pakistan", "kind": "country", "mentions": 1},
                       {"id": "RUS", "label": "Russia", "kind": "country", "mentions": 1}],
             "edges": [{"source": "IND", "target": "PAK", "kind": "relation", "weight": 3, "positive": 0,
                        "negative": 2, "stance": -0.5, "sign": -1, "evidence": []},
                       {"source": "IND", "target": "RUS", "kind": "relation", "weight": 4, "positive": 3,
                        "negative": 0, "stance": 0.5, "sign": 1, "evidence": []},
                       {"source": "PAK", "target": "RUS", "kind": "relation", "weight": 1, "positive": 1,
                        "negative": 0, "stance": 0.4, "sign": 1, "evidence": []}]}
            """
        try network.write(to: file, atomically: true, encoding: .utf8)
        for command in [["centrality", "--signed"], ["triangles"], ["balance"], ["communities"]] {
            let good = try GraphTool.run(command + ["--graph", file.path])
            #expect(good.status == 0, "\(command): \(good.stderr)")
        }
        let broken = network.replacingOccurrences(of: original, with: replacement)
        #expect(broken != network)
        try broken.write(to: file, atomically: true, encoding: .utf8)
        for command in [["centrality", "--signed"], ["triangles"], ["balance"], ["communities"], ["report", "-o", "-"]] {
            let run = try GraphTool.run(command + ["--graph", file.path])
            #expect(run.status == 1, "\(command) exits with an error, not a signal")
            #expect(run.errorLines.count == 1, "\(command): \(run.stderr)")
            #expect(run.stderr.contains(message) && run.stderr.contains(file.path), "\(command): \(run.stderr)")
        }
    }

    /// When nothing could be read, the one error line says why, for a single input as for many.
    @Test func aSingleUnreadableInputSaysWhy() throws {
        let input = try GraphTool.scratchFolder().appendingPathComponent("scan.txt")
        try Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x00, 0x00, 0x03]).write(to: input)
        let run = try GraphTool.run(["build", input.path, "--out", try GraphTool.scratchFolder().path])
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1, "\(run.stderr)")
        #expect(run.stderr.contains("scan.txt: not valid UTF-8 text: it contains NUL bytes"), "\(run.stderr)")
        #expect(!run.stderr.contains("see the reasons above"))
    }

    @Test func aFractionalCountInANetworkFileIsNamed() throws {
        let file = try GraphTool.buildCorpus().appendingPathComponent("network.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        var edges = try #require(json["edges"] as? [[String: Any]])
        edges[0]["weight"] = 2.5
        json["edges"] = edges
        try JSONSerialization.data(withJSONObject: json).write(to: file)
        let run = try GraphTool.run(["neighbors", "India", "--graph", file.path])
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1)
        #expect(run.stderr.contains("edges[0].weight is 2.5, not a whole number"), "\(run.stderr)")
    }

    @Test func buildGoesOnPastAnUnreadableFileAndRecordsIt() throws {
        let input = try GraphTool.scratchFolder()
        let article = GraphTool.repository.appendingPathComponent("Corpus/003_60f3e7a5cadbf312.txt")
        try FileManager.default.copyItem(at: article, to: input.appendingPathComponent("article.txt"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF, 0xFE, 0x00, 0x01]).write(to: input.appendingPathComponent("archive.txt"))
        let out = try GraphTool.scratchFolder()
        let run = try GraphTool.run(["build", input.path, "--out", out.path])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.errorLines.count == 1)
        #expect(run.stderr.contains("archive.txt"))
        #expect(run.stdout.contains("Read 1 documents (1 skipped)"))
        let index = try String(contentsOf: out.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        #expect(index.split(separator: "\n").count == 2, "one record read, one skipped")
        #expect(index.contains("archive.txt") && index.contains("article.txt"))
    }

    @Test func failedBuildLeavesThePreviousNetworkUntouched() throws {
        let out = try GraphTool.buildCorpus()
        let before = try Data(contentsOf: out.appendingPathComponent("network.json"))
        let empty = try GraphTool.scratchFolder()
        let run = try GraphTool.run(["build", empty.path, "--out", out.path])

        #expect(run.status != 0)
        #expect(run.errorLines.count == 1)
        #expect(run.stderr.contains("no articles found"))
        #expect(try Data(contentsOf: out.appendingPathComponent("network.json")) == before)
    }

    /// The diagram is rendered before anything is written (issue 13: a Graphviz failure used to leave a new
    /// network beside an old picture). Graphviz without its plugins (`GVBINDIR` naming no folder) cannot lay out:
    /// the build fails with one line and the folder keeps the previous four files, byte for byte, and nothing else.
    @Test func aGraphvizFailureWritesNothing() throws {
        let out = try GraphTool.buildCorpus()
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let before = try names.map { try Data(contentsOf: out.appendingPathComponent($0)) }
        let article = GraphTool.repository.appendingPathComponent("Corpus/003_60f3e7a5cadbf312.txt")
        let run = try GraphTool.run(
            ["build", article.path, "--out", out.path, "--quiet"], environment: ["GVBINDIR": "/nonexistent"])
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1 && run.stderr.contains("Graphviz"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == names)
        #expect(try names.map { try Data(contentsOf: out.appendingPathComponent($0)) } == before)
    }

    @Test func missingInputPathIsNamed() throws {
        let missing = try GraphTool.scratchFolder().appendingPathComponent("articles").path
        let run = try GraphTool.run(["build", missing, "--out", try GraphTool.scratchFolder().path])

        #expect(run.status != 0)
        #expect(run.errorLines.count == 1)
        #expect(run.stderr.contains(missing))
    }
}
