import Foundation
import Testing

/// `network.json` is written as `actor-graph/2` (each sentence once, in `sentences`) and every command still reads
/// `actor-graph/1`: the version 1 file of the bundled corpus (`Tests/Fixtures/network-v1.json`, as the last version 1
/// build wrote it) and the same network converted to version 2 answer every query and export alike.
@Suite struct NetworkFormatVersionTests {
    static let version1 = "Tests/Fixtures/network-v1.json"

    /// The version 1 fixture converted by `graph export --format json`, in a new folder.
    private static func converted() throws -> (folder: URL, file: String) {
        let folder = try GraphTool.scratchFolder()
        let file = folder.appendingPathComponent("network.json").path
        let run = try GraphTool.run(["export", "--format", "json", "--graph", version1, "-o", file])
        #expect(run.status == 0, "\(run.stderr)")
        return (folder, file)
    }

    @Test func aVersion1FileConvertsToASmallerVersion2FileThatDiffsAsTheSame() throws {
        let (folder, file) = try Self.converted()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = try Data(contentsOf: GraphTool.repository.appendingPathComponent(Self.version1))
        let new = try Data(contentsOf: URL(fileURLWithPath: file))
        let json = try GraphTool.json(String(decoding: new, as: UTF8.self))
        #expect(json["format"] as? String == "actor-graph/2")
        #expect((json["sentences"] as? [Any])?.count == 100, "352 evidence items quote 100 sentences")
        #expect(new.count * 4 < old.count * 3, "\(new.count) bytes against \(old.count)")

        let diff = try GraphTool.run(["diff", Self.version1, file])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("Nothing changed"), "\(diff.stdout)")
    }

    /// Queries (their JSON keeps each sentence's text inline) and the exports give the same bytes from either file.
    @Test(arguments: [
        ["edge", "India", "Russia", "--json"], ["edge", "India", "Russia"], ["neighbors", "India", "--json"],
        ["path", "Japan", "Ukraine", "--json"], ["triangles", "--unbalanced"], ["export", "--format", "graphml"],
        ["export", "--format", "gexf"], ["export", "--format", "json", "--fold", "people"],
    ])
    func bothVersionsAnswerAlike(_ arguments: [String]) throws {
        let (folder, file) = try Self.converted()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = try GraphTool.run(arguments + ["--graph", Self.version1])
        let new = try GraphTool.run(arguments + ["--graph", file])
        #expect(old.status == 0 && new.status == 0, "\(old.stderr) \(new.stderr)")
        #expect(old.stdout.count > 500)
        #expect(old.stdout == new.stdout)
    }

    @Test func theCSVExportIsTheSameFromEitherVersion() throws {
        let (folder, file) = try Self.converted()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, graph) in [("v1", Self.version1), ("v2", file)] {
            let run = try GraphTool.run(["export", "--format", "csv", "--graph", graph, "-o", folder.appendingPathComponent(name).path])
            #expect(run.status == 0, "\(run.stderr)")
        }
        for table in ["nodes.csv", "edges.csv"] {
            let v1 = try Data(contentsOf: folder.appendingPathComponent("v1/\(table)"))
            let v2 = try Data(contentsOf: folder.appendingPathComponent("v2/\(table)"))
            #expect(!v1.isEmpty && v1 == v2, "\(table)")
        }
    }

    @Test func edgeJSONKeepsTheSentenceInline() throws {
        let run = try GraphTool.run(["edge", "India", "Russia", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let edges = try #require(try GraphTool.json(run.stdout)["edges"] as? [[String: Any]])
        let items = edges.flatMap { $0["evidence"] as? [[String: Any]] ?? [] }
        #expect(items.count > 20)
        #expect(items.allSatisfy { ($0["text"] as? String)?.isEmpty == false && $0["ref"] == nil })
        #expect(items.contains { $0["date"] as? String == "2023-12-28" })
    }

    /// A sentence naming five countries relates ten pairs; the built file holds its text once, and each pair's
    /// evidence reads it back.
    @Test func aBuildWritesASentenceOfManyPairsOnce() throws {
        let folder = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sentence = "India, Russia, China, Brazil and South Africa agreed to deepen cooperation at the summit in Kazan."
        let line = try JSONSerialization.data(withJSONObject: [
            "id": "kazan", "date": "2024-10-23", "title": "Summit", "text": sentence + " Brazil praised India.",
        ])
        try (line + Data("\n".utf8)).write(to: folder.appendingPathComponent("news.jsonl"))
        let out = folder.appendingPathComponent("out")
        let build = try GraphTool.run(["build", folder.appendingPathComponent("news.jsonl").path, "--out", out.path, "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("network.json"), encoding: .utf8)
        #expect(text.components(separatedBy: sentence).count == 2, "the sentence is written once")
        let json = try GraphTool.json(text)
        let edges = try #require(json["edges"] as? [[String: Any]])
        let quoting = edges.filter { ($0["evidence"] as? [[String: Any]] ?? []).contains { $0["sentence"] as? Int == 1 } }
        #expect(quoting.count == 10)

        let graph = out.appendingPathComponent("network.json").path
        for (a, b) in [("China", "South Africa"), ("Brazil", "Russia")] {
            let edge = try GraphTool.run(["edge", a, b, "--json", "--graph", graph])
            #expect(edge.status == 0, "\(edge.stderr)")
            let items = try #require(try GraphTool.json(edge.stdout)["edges"] as? [[String: Any]])
                .flatMap { $0["evidence"] as? [[String: Any]] ?? [] }
            #expect(items.map { $0["text"] as? String } == [sentence])
            #expect(items.map { $0["date"] as? String } == ["2024-10-23"])
        }
    }

    /// Two inputs of the same name give two sentences with the same `document` and `sentence`: `ref` keeps each
    /// pair's evidence on its own text.
    @Test func inputsOfTheSameNameKeepTheirOwnSentences() throws {
        let folder = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (sub, text) in [("a", "India and Russia signed a defence agreement in Moscow."),
                            ("b", "India condemned Pakistan over the border attack.")] {
            let dir = folder.appendingPathComponent(sub)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Data((text + "\n").utf8).write(to: dir.appendingPathComponent("x.txt"))
        }
        let out = folder.appendingPathComponent("out")
        let build = try GraphTool.run([
            "build", folder.appendingPathComponent("a/x.txt").path, folder.appendingPathComponent("b/x.txt").path,
            "--out", out.path, "--quiet",
        ])
        #expect(build.status == 0, "\(build.stderr)")
        let graph = out.appendingPathComponent("network.json").path
        let rows = try #require(try GraphTool.json(String(contentsOfFile: graph, encoding: .utf8))["sentences"] as? [[String: Any]])
        #expect(rows.map { $0["document"] as? String } == ["x.txt", "x.txt"])
        for (a, b, text) in [("India", "Russia", "India and Russia signed a defence agreement in Moscow."),
                             ("India", "Pakistan", "India condemned Pakistan over the border attack.")] {
            let edge = try GraphTool.run(["edge", a, b, "--json", "--graph", graph])
            let items = try #require(try GraphTool.json(edge.stdout)["edges"] as? [[String: Any]])
                .flatMap { $0["evidence"] as? [[String: Any]] ?? [] }
            #expect(items.map { $0["text"] as? String } == [text])
        }
    }

    @Test func anImportIsWrittenAsVersion2WithNoSentences() throws {
        let folder = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let edges = folder.appendingPathComponent("edges.csv")
        try Data("source,target,weight,sign\nIND,RUS,3,1\nIND,PAK,2,-1\n".utf8).write(to: edges)
        let network = folder.appendingPathComponent("network.json")
        let run = try GraphTool.run(["import", edges.path, "-o", network.path])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try GraphTool.json(String(contentsOf: network, encoding: .utf8))
        #expect(json["format"] as? String == "actor-graph/2")
        #expect((json["sentences"] as? [Any])?.isEmpty == true)
        #expect((json["edges"] as? [Any])?.count == 2)
    }
}
