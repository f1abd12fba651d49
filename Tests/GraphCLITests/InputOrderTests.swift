import Foundation
import Testing

/// The same articles give the same files whatever order they are named in and however many cores read them.
///
/// The articles: the five of `Corpus/`, and three written here in which an official the gazetteer does not list is
/// Israeli in two and (misread) Palestinian in one, so the first article read used to decide his affiliation.
@Suite struct InputOrderTests {
    static let articles = [
        "talks.txt": """
            Defence talks in Jerusalem

            Israeli Defence Minister Avi Cohenstein met the United States envoy in Jerusalem on Monday. Cohenstein \
            said Israel and the United States had agreed to deepen their cooperation.
            """,
        "border.txt": """
            Border crossing reopens

            Palestinian officials welcomed the decision, and Palestinian Interior Minister Avi Cohenstein thanked \
            Egypt for its support. Egypt and Jordan also condemned the violence.
            """,
        "visit.txt": """
            A visit to Washington

            The United States praised Israel on Thursday as Israeli Defence Minister Avi Cohenstein arrived in \
            Washington for talks.
            """,
    ]

    /// Every article as a path of its own, written articles first, in their listed order, then `Corpus/`'s.
    static func inputs() throws -> [String] {
        let folder = try GraphTool.scratchFolder()
        var paths: [String] = []
        for name in ["border.txt", "talks.txt", "visit.txt"] {
            let url = folder.appendingPathComponent(name)
            try articles[name]!.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        let corpus = GraphTool.repository.appendingPathComponent("Corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }
        #expect(names.count == 5)
        return paths + names.sorted().map { corpus.appendingPathComponent($0).path }
    }

    /// The four files of `graph build PATHS` (through `launcher`, where one is given), by name.
    static func build(_ paths: [String], launcher: [String] = []) throws -> [String: String] {
        let out = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try GraphTool.run(["build"] + paths + ["--out", out.path, "--quiet"], launcher: launcher)
        guard run.status == 0 else { throw GraphTool.BuildFailed(run: run) }
        var files: [String: String] = [:]
        for name in ["network.json", "documents.jsonl", "network.dot", "network.svg"] {
            files[name] = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    /// The SVG without the numbers of its layout (positions, sizes, paths), which Graphviz computes in floating point:
    /// what it shows (labels, tooltips, colours, links) is left.
    static func withoutGeometry(_ svg: String) -> String {
        svg.replacingOccurrences(
            of: #"\b(x|y|cx|cy|rx|ry|d|points|transform|viewBox|width|height)="[^"]*""#, with: "$1=\"…\"",
            options: .regularExpression)
    }

    @Test func theOrderOfTheInputFilesChangesNothingButTheDocumentIndexsOrder() throws {
        let paths = try Self.inputs()
        let forward = try Self.build(paths)
        let backward = try Self.build(paths.reversed())
        #expect(forward["network.json"] == backward["network.json"])
        #expect(forward["network.dot"] == backward["network.dot"])
        #expect(Self.withoutGeometry(forward["network.svg"]!) == Self.withoutGeometry(backward["network.svg"]!))
        // documents.jsonl lists the articles in the order they were named (CONTRACT.md): the same lines, reversed.
        let lines = { (files: [String: String]) in files["documents.jsonl"]!.split(separator: "\n") }
        #expect(lines(forward).reversed() == lines(backward))
        // Two of the three articles call him Israeli.
        let network = try GraphTool.json(forward["network.json"]!)
        let nodes = try #require(network["nodes"] as? [[String: Any]])
        let official = try #require(nodes.first { $0["id"] as? String == "avi-cohenstein" })
        #expect(official["affiliation"] as? String == "ISR")
    }

    /// `taskset` pins the build to one core, where Dispatch runs it on one thread; without it, it uses them all.
    @Test(.enabled(if: Self.oneCore != nil, "taskset (util-linux) is not installed: one-core build skipped"))
    func oneThreadAndAllCoresWriteTheSameBytes() throws {
        let paths = try Self.inputs()
        let allCores = try Self.build(paths)
        let oneCore = try Self.build(paths, launcher: try #require(Self.oneCore))
        for name in ["network.json", "documents.jsonl", "network.dot"] {
            #expect(allCores[name] == oneCore[name], "\(name) differs")
        }
        #expect(Self.withoutGeometry(allCores["network.svg"]!) == Self.withoutGeometry(oneCore["network.svg"]!))
    }

    /// The done-when of the issue on a large input: 1,500 generated articles in 12 files, built in their order on
    /// every core and in the reverse order on one thread, give the same network, the same DOT and the same
    /// picture, and the same document index but for the order of its lines.
    @Test(.enabled(if: Self.oneCore != nil, "taskset (util-linux) is not installed: one-core build skipped"))
    func aLargeCorpusInReverseOnOneThreadWritesTheSameBytes() throws {
        let paths = try GeneratedCorpus.write(articles: 1_500, files: 12)
        let allCores = try Self.build(paths)
        let oneCore = try Self.build(paths.reversed(), launcher: try #require(Self.oneCore))
        #expect(allCores["network.json"] == oneCore["network.json"], "network.json differs")
        #expect(allCores["network.dot"] == oneCore["network.dot"], "network.dot differs")
        #expect(Self.withoutGeometry(allCores["network.svg"]!) == Self.withoutGeometry(oneCore["network.svg"]!))
        let lines = { (files: [String: String]) in files["documents.jsonl"]!.split(separator: "\n").sorted() }
        #expect(lines(allCores) == lines(oneCore))
        // The generated official is called Israeli and Palestinian in different articles: a vote, whatever the order.
        let nodes = try #require(try GraphTool.json(allCores["network.json"]!)["nodes"] as? [[String: Any]])
        #expect(nodes.contains { $0["id"] as? String == "avi-cohenstein" && $0["affiliation"] != nil })
    }

    /// `taskset -c N` for the first core this process may run on; nil without `taskset`.
    static let oneCore: [String]? = {
        let taskset = "/usr/bin/taskset"
        guard FileManager.default.isExecutableFile(atPath: taskset),
            let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") })
        else { return nil }
        let first = line.dropFirst("Cpus_allowed_list:".count).drop { $0 == " " || $0 == "\t" }.prefix { $0.isNumber }
        return first.isEmpty ? nil : [taskset, "-c", String(first)]
    }()
}
