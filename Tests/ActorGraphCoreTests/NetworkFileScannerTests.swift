import Foundation
import Testing

@testable import ActorGraphCore

/// The fast path of `NetworkJSON.decode` reads what `JSONDecoder` reads, the same way, and hands everything else
/// over to it.
@Suite struct NetworkFileScannerTests {
    func decoded(_ text: String) throws -> NetworkJSON.File {
        try JSONDecoder().decode(NetworkJSON.File.self, from: Data(text.utf8))
    }

    @Test func theCommittedNetworkReadsAsJSONDecoderReadsIt() throws {
        let data = try Data(contentsOf: RepositoryFiles.network)
        let scanned = try #require(NetworkFileScanner.file(data))
        #expect(scanned == (try JSONDecoder().decode(NetworkJSON.File.self, from: data)))
        #expect(scanned.edges.count > 50)
    }

    /// Escapes, a surrogate pair, nulls for optional fields, unknown keys and white space of every kind.
    @Test func everyEscapeAndOptionalFieldMatches() throws {
        let text = """
            {"extra": [1, -2.5e3, true, false, null, {"a": "\\u00e9"}], "format": "actor-graph/1",\r
             "corpus": {"documents": 2, "sentences": 9, "dates": ["2021-04-15", "2023-12-28"]},
             "nodes": [{"id": "a\\"b\\\\c\\/d", "label": "\\b\\f\\n\\r\\t \\ud83d\\ude00 Côte", "kind": "person",
                        "mentions": 0, "affiliation": null}, {"id": "z", "label": "Z", "kind": "country", "mentions": -0}],
             "edges": [{"source": "a\\"b\\\\c\\/d", "target": "z", "kind": "relation", "weight": 2, "stance": -0.25,
                        "sign": null, "positive": 1, "timeline": [{"month": "2021-04", "weight": 1, "positive": 0,
                        "negative": 1, "stance": 1E-2}], "evidence": [{"document": "d", "sentence": 3,
                        "stance": 0, "cue": "not x", "date": null, "text": "\\u0007 <b>"}]}]}\t
            """
        let scanned = try #require(NetworkFileScanner.file(Data(text.utf8)))
        #expect(scanned == (try decoded(text)))
        #expect(scanned.nodes[0].label.hasSuffix("\u{1F600} Côte"))
    }

    /// What the scanner does not read itself, so that `JSONDecoder` decides it and names the fault.
    @Test(arguments: [
        #"{"format": "actor-graph/1", "nodes": [], "edges": [{"source": "a", "target": "b", "kind": "relation", "weight": 2.5}]}"#,
        #"{"format": "actor-graph/1", "nodes": [], "edges": [{"source": "a", "target": "b", "kind": "relation", "weight": 1e2}]}"#,
        #"{"format": "actor-graph/1", "nodes": [], "edges": [{"source": "a", "target": "b", "kind": "relation", "weight": 01}]}"#,
        #"{"format": "actor-graph/1", "nodes": [], "edges": [{"source": "a", "target": "b", "kind": "rival", "weight": 1}]}"#,
        #"{"format": "actor-graph/1", "nodes": [], "edges": [{"source": "a", "target": "b", "kind": "relation"}]}"#,
        #"{"format": "actor-graph/1", "nodes": [{"id": "a", "label": "A", "kind": "planet", "mentions": 1}], "edges": []}"#,
        #"{"format": "actor-graph/1", "nodes": [], "edges": [], "nodes": []}"#,
        #"{"format": "actor-graph/1", "nodes": [], "edges": []} x"#,
        #"{"format": "actor-graph/1", "nodes": [], "edges": [],}"#,
        #"{"format": "actor-graph/1", "nodes": [], "edges": [], "analysis": {"x": [1,]}}"#,
        #"{"format": "actor-graph/1", "nodes": [], "edges": [{"source": "a", "target": "b", "kind": "relation", "weight": 99999999999999999999}]}"#,
        #"{"format": "actor-graph/1", "nodes": [{"id": "\ud800", "label": "A", "kind": "country", "mentions": 1}], "edges": []}"#,
        "{\"format\": \"actor-graph/1\", \"nodes\": [{\"id\": \"a\tb\", \"label\": \"A\", \"kind\": \"country\", \"mentions\": 1}], \"edges\": []}",
        #"{"format": "actor-graph/1", "edges": []}"#,
        #"{"format": "actor-graph/1", "corpus": {"documents": 1, "sentences": 1, "dates": ["2023", "2021"]}, "nodes": [], "edges": []}"#,
        #"{"format": "actor-graph/1", "corpus": {"documents": 1, "sentences": 1, "dates": ["2023"]}, "nodes": [], "edges": []}"#,
        #"["format"]"#,
    ])
    func anythingElseIsLeftToJSONDecoder(text: String) {
        #expect(NetworkFileScanner.file(Data(text.utf8)) == nil)
    }

    @Test func invalidUTF8IsLeftToJSONDecoder() {
        var data = Data(#"{"format": "actor-graph/1", "nodes": [{"id": "caf"#.utf8)
        data.append(0xE9)
        data.append(contentsOf: #"", "label": "A", "kind": "country", "mentions": 1}], "edges": []}"#.utf8)
        #expect(NetworkFileScanner.file(data) == nil)
    }
}
