import Foundation
import Testing

/// `Docs/Formats.md` names every field `graph build` writes: a field added to `network.json` or `documents.jsonl`
/// without a line in the document fails here.
@Suite struct FormatsDocumentTests {
    static let document = GraphTool.repository.appendingPathComponent("Docs/Formats.md")

    @Test func everyFieldOfAFreshBuildIsDocumented() throws {
        // The bundled corpus (evidence with cues and actors, timelines, the analysis) and one input it must skip,
        // so that `documents.jsonl` holds both kinds of line.
        let extra = try GraphTool.scratchFolder()
        let out = try GraphTool.scratchFolder()
        defer {
            try? FileManager.default.removeItem(at: extra)
            try? FileManager.default.removeItem(at: out)
        }
        try Data([0x49, 0x00, 0x4E, 0x00, 0x44]).write(to: extra.appendingPathComponent("binary.txt"))
        let run = try GraphTool.run(["build", "Corpus", extra.path, "--out", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")

        let text = try String(contentsOf: Self.document, encoding: .utf8)
        let networkSection = try #require(Self.section("## `network.json`", in: text))
        let documentsSection = try #require(Self.section("## `documents.jsonl`", in: text))

        let network = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("network.json")))
        let networkPaths = Self.keyPaths(of: network)
        #expect(networkPaths.isSuperset(of: ["format", "edges[].timeline[].month", "edges[].evidence[].cue",
                                             "edges[].evidence[].source", "analysis.balance.triangles.+++"]))
        for path in networkPaths.sorted() {
            #expect(networkSection.contains("`\(path)`"), "network.json field \(path) is not in Docs/Formats.md")
        }

        let lines = try String(contentsOf: out.appendingPathComponent("documents.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        let documentPaths = try lines.reduce(into: Set<String>()) { paths, line in
            paths.formUnion(Self.keyPaths(of: try JSONSerialization.jsonObject(with: Data(line.utf8))))
        }
        #expect(documentPaths.isSuperset(of: ["document", "error", "entities[].count"]))
        for path in documentPaths.sorted() {
            #expect(documentsSection.contains("`\(path)`"), "documents.jsonl field \(path) is not in Docs/Formats.md")
        }
    }

    /// Every key path in a JSON value, as the document writes them: `edges[].evidence[].cue`.
    static func keyPaths(of value: Any, under prefix: String = "") -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: []) { paths, field in
                let path = prefix.isEmpty ? field.key : "\(prefix).\(field.key)"
                paths.insert(path)
                paths.formUnion(keyPaths(of: field.value, under: path))
            }
        }
        if let array = value as? [Any] {
            return array.reduce(into: []) { $0.formUnion(keyPaths(of: $1, under: prefix + "[]")) }
        }
        return []
    }

    /// The text from `heading` to the next heading of the same level.
    static func section(_ heading: String, in text: String) -> Substring? {
        guard let start = text.range(of: "\n" + heading + "\n") else { return nil }
        let end = text.range(of: "\n## ", range: start.upperBound..<text.endIndex)?.lowerBound ?? text.endIndex
        return text[start.upperBound..<end]
    }
}
