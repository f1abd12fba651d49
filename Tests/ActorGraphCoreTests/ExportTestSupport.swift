import ActorGraphCore
import Foundation

/// Networks and helpers shared by the GraphML, GEXF and CSV export tests.
enum ExportFixtures {
    /// The network the repository ships in `Graphs/network.json`, built from `Corpus/`.
    static func corpusNetwork() throws -> Network {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Graphs/network.json")
        return try NetworkJSON.read(from: url)
    }

    /// Labels with `&`, `<`, `>`, both quotes, a comma, a line break, a tab, a carriage return,
    /// non-ASCII text, space at the ends, and a control character XML 1.0 forbids (U+0007).
    static let awkwardLabel = "R&D <Lab> \"Quotes\", 'apostrophes'"
    static let multilineLabel = "Line one,\nline two\tand \"three\""
    static let ivoryCoast = "Côte d’Ivoire"
    static let paddedLabel = " padded "
    /// The UTF-8 offsets of the first `words` in `text`, as the extractor stores a cue's place.
    static func bytes(of words: String, in text: String) -> Range<Int> {
        let found = text.range(of: words)!
        let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
        return start..<(start + words.utf8.count)
    }

    static let evidenceText = "Côte d’Ivoire & ECOWAS signed <a pact>, \"at last\".\r\nBell\u{7} rang."

    /// A small network whose every text is hard to quote, with one pair that has both a relation and
    /// a membership edge, an undated edge, and a node without affiliation.
    static func awkwardNetwork() -> Network {
        let nodes = [
            Node(id: "CIV", label: ivoryCoast, kind: .country, mentions: 7),
            Node(id: "ECOWAS", label: "ECOWAS", kind: .grouping, mentions: 3),
            Node(id: "r&d<lab>", label: awkwardLabel, kind: .organization, mentions: 2, affiliation: "CIV"),
            Node(id: "multi-line", label: multilineLabel, kind: .person, mentions: 1),
            Node(id: "padded", label: paddedLabel, kind: .bloc, mentions: 0),
        ]
        let edges = [
            Edge(source: "CIV", target: "ECOWAS", kind: .membership, weight: 1),
            Edge(
                source: "CIV", target: "ECOWAS", kind: .relation, weight: 3, positive: 2, negative: 1,
                stance: 0.4166666666666667, sign: 1,
                evidence: [
                    Evidence(document: "a, \"b\".txt", sentence: 4, date: "2024-03-02", stance: -0.5, text: "weak"),
                    Evidence(
                        document: "côte&co.txt", sentence: 2, date: "2024-01-15", stance: 0.9, cue: "signed",
                        cueRange: bytes(of: "signed", in: evidenceText), text: evidenceText),
                    Evidence(document: "undated.txt", sentence: 1, date: "sometime", stance: 0.1, text: "x"),
                ]),
            Edge(
                source: "CIV", target: "r&d<lab>", kind: .relation, weight: 1, positive: 0, negative: 1,
                stance: -1, sign: -1,
                evidence: [Evidence(document: "d.txt", sentence: 0, stance: -1, text: "No date here.")]),
            Edge(source: "multi-line", target: "padded", kind: .relation, weight: 2),
        ]
        return Network(corpus: .init(documents: 3, sentences: 40), nodes: nodes, edges: edges)
    }

    /// A temporary file holding `text`; the caller removes it.
    static func temporaryFile(_ text: String, suffix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("actorgraph-export-\(UUID().uuidString)\(suffix)")
        try Data(text.utf8).write(to: url)
        return url
    }
}

/// Runs Python for the read-back tests.
enum Python {
    /// Whether `python3` can import `module`.
    static func canImport(_ module: String) -> Bool {
        (try? run(["-c", "import \(module)"]))?.status == 0
    }

    static let hasNetworkx = canImport("networkx")
    static let hasPython = canImport("csv")

    /// Runs `python3` with `arguments`; returns the exit status, standard output and standard error.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: Data, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        let errorFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("actorgraph-python-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return (process.terminationStatus, data, message)
    }

    /// Runs `script` with `arguments` and parses what it prints as JSON.
    static func json(_ script: String, _ arguments: [String]) throws -> Any {
        let result = try run(["-c", script] + arguments)
        guard result.status == 0 else { throw PythonFailed(message: result.error) }
        return try JSONSerialization.jsonObject(with: result.output)
    }

    struct PythonFailed: Error, CustomStringConvertible {
        let message: String
        var description: String { "python3 failed: \(message)" }
    }
}
