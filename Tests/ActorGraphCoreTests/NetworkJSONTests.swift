import Foundation
import Testing

@testable import ActorGraphCore

/// The files the repository commits under `Graphs/`, read by the format tests.
enum RepositoryFiles {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let network = root.appendingPathComponent("Graphs/network.json")
    static let documents = root.appendingPathComponent("Graphs/documents.jsonl")
}

/// `network.json`, the `actor-graph/2` format of `Docs/Formats.md`: round trip, layout, and errors for broken files.
/// (Reading `actor-graph/1` and the table of sentences: `NetworkSentenceTableTests`.)
@Suite struct NetworkJSONTests {
    /// Every field the format carries: a person with an affiliation and nodes without, a relation and a
    /// membership edge on the same pair, evidence with and without date, cue and direction, a timeline,
    /// fractional and negative stances, and text that needs escaping.
    static func sample() -> Network {
        let nodes = [
            Node(
                id: "vladimir-putin", label: "Vladimir Putin", kind: .person, mentions: 5, affiliation: "RUS",
                aliases: ["Putin"]),
            Node(id: "RUS", label: "Russia", kind: .country, mentions: 106),
            Node(id: "IND", label: "India", kind: .country, mentions: 85),
            Node(id: "SCO", label: "SCO", kind: .grouping, mentions: 10),
            Node(id: "WEST", label: "the West", kind: .bloc, mentions: 6),
            Node(id: "tass", label: "TASS \"news\" agency", kind: .organization),
        ]
        let edges = [
            Edge(
                source: "IND", target: "RUS", kind: .relation, weight: 14, positive: 9, negative: 2,
                stance: 0.41, sign: 1,
                evidence: [
                    Evidence(
                        document: "004_66bc5cd5d1c12ee4.txt", sentence: 3, date: "2023-12-28", stance: 0.8,
                        cue: "strategic partnership", source: "RUS", target: "IND",
                        text: "Russia and India reaffirmed their \"special and privileged\" partnership."),
                    Evidence(
                        document: "feed.jsonl:7", sentence: 0, stance: -0.25,
                        text: "Line one\nline two\ttab, Côte d’Ivoire, bell \u{7}."),
                ],
                timeline: [
                    StancePeriod(month: "2021-04", weight: 3, positive: 1, negative: 1, stance: -0.125),
                    StancePeriod(month: "2023-12", weight: 11, positive: 8, negative: 1, stance: 0.6),
                ]),
            Edge(source: "IND", target: "SCO", kind: .membership, weight: 1),
            Edge(source: "IND", target: "SCO", kind: .relation, weight: 2, stance: -1, sign: -1),
            Edge(source: "RUS", target: "vladimir-putin", kind: .relation, weight: 5, positive: 1, stance: 0.2, sign: 1),
            Edge(source: "WEST", target: "tass", kind: .relation, weight: 1, negative: 1, stance: -0.7, sign: -1),
        ]
        return Network(
            corpus: .init(documents: 5, sentences: 131, dates: "2021-04-06"..."2023-12-28"), nodes: nodes, edges: edges)
    }

    @Test func roundTripGivesBackTheSameNetwork() throws {
        let network = Self.sample()
        let decoded = try NetworkJSON.decode(Data(NetworkJSON.encode(network).utf8))
        #expect(decoded == network)
        #expect(decoded.edges[0].evidence[0].cue == "strategic partnership")
        #expect(decoded.edges[0].evidence[1].date == nil && decoded.edges[0].evidence[1].cue == nil)
        #expect(decoded.edges.map(\.kind) == [.relation, .membership, .relation, .relation, .relation])
        #expect(decoded.node(id: "vladimir-putin")?.affiliation == "RUS")
        #expect(decoded.node(id: "IND")?.affiliation == nil)
    }

    @Test func encodingDoesNotDependOnInputOrder() {
        let network = Self.sample()
        let shuffled = Network(
            corpus: network.corpus, nodes: network.nodes.reversed(), edges: network.edges.reversed())
        #expect(NetworkJSON.encode(shuffled) == NetworkJSON.encode(network))
    }

    /// The layout `Docs/Formats.md` describes: a node or an evidence item on one line, escapes, a final newline.
    @Test func layoutMatchesTheContractExample() {
        let text = NetworkJSON.encode(Self.sample())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "{")
        #expect(lines[1] == #" "format": "actor-graph/2","#)
        #expect(lines[2] == #" "corpus": {"documents": 5, "sentences": 131, "dates": ["2021-04-06", "2023-12-28"]},"#)
        #expect(lines.contains(#"  {"id": "IND", "label": "India", "kind": "country", "mentions": 85},"#))
        #expect(lines.contains(
            #"  {"id": "vladimir-putin", "label": "Vladimir Putin", "kind": "person", "affiliation": "RUS", "mentions": 5, "aliases": ["Putin"]}"#))
        #expect(lines.contains(#"   "stance": 0.41,"#))
        #expect(lines.contains(
            #"    {"document": "feed.jsonl:7", "sentence": 0, "ref": 1, "stance": -0.25}"#))
        #expect(lines.contains(
            #"  {"document": "feed.jsonl:7", "sentence": 0, "text": "Line one\nline two\ttab, Côte d’Ivoire, bell \u0007."}"#))
        #expect(text.hasSuffix("}\n") && !text.hasSuffix("\n\n"))
    }

    /// The keys of every object, in the order `Docs/Formats.md` gives; the optional ones (`affiliation`, a row's `date`,
    /// `timeline`, an evidence item's `cue`, `source`, `target`) only where they have values.
    @Test func fieldNamesAndOrderFollowTheContract() throws {
        let value = NetworkJSON.value(of: Self.sample())
        #expect(keys(value) == ["format", "corpus", "nodes", "edges", "sentences"])
        #expect(keys(try #require(field("corpus", of: value))) == ["documents", "sentences", "dates"])
        guard case .array(let nodes)? = field("nodes", of: value), case .array(let edges)? = field("edges", of: value)
        else { Issue.record("nodes and edges are arrays"); return }
        let contractNode = ["id", "label", "kind", "affiliation", "mentions", "aliases"]
        for node in nodes {
            let present = contractNode.filter { !["affiliation", "aliases"].contains($0) || field($0, of: node) != nil }
            #expect(keys(node) == present)
        }
        #expect(nodes.contains { keys($0) == contractNode })
        let contractEdge = ["source", "target", "kind", "weight", "positive", "negative", "stance", "sign", "evidence"]
        let contractEvidence = ["document", "sentence", "ref", "stance"]
        for edge in edges {
            #expect(keys(edge).filter { $0 != "timeline" } == contractEdge)
            guard case .array(let evidence)? = field("evidence", of: edge) else { continue }
            for item in evidence {
                let known = keys(item).filter { !["cue", "source", "target"].contains($0) }
                #expect(known == contractEvidence)
            }
        }
        let full = try #require(edges.first { field("timeline", of: $0) != nil })
        #expect(keys(full) == ["source", "target", "kind", "weight", "positive", "negative", "stance", "sign",
                               "timeline", "evidence"])
        guard case .array(let items)? = field("evidence", of: full) else { Issue.record("evidence"); return }
        #expect(keys(items[0]) == ["document", "sentence", "ref", "stance", "cue", "source", "target"])
        guard case .array(let sentences)? = field("sentences", of: value) else { Issue.record("sentences"); return }
        #expect(sentences.map(keys) == [["document", "sentence", "date", "text"], ["document", "sentence", "text"]])
    }

    @Test func theAnalysisSectionComesLastWithEveryNode() throws {
        let network = try NetworkJSON.read(from: RepositoryFiles.network)
        let value = NetworkJSON.value(of: network, analysis: try NetworkAnalysis(of: network))
        #expect(keys(value) == ["format", "corpus", "nodes", "edges", "sentences", "analysis"])
        let analysis = try #require(field("analysis", of: value))
        #expect(keys(analysis) == ["graph", "balance", "nodes"])
        guard case .array(let rows)? = field("nodes", of: analysis) else { Issue.record("analysis nodes"); return }
        #expect(rows.count == network.nodes.count)
    }

    /// `encode` writes one node and one edge at a time; the text is the rendered value's, empty lists included.
    @Test func encodingEdgeByEdgeGivesTheRenderedValue() throws {
        let empty = Network(corpus: .init(documents: 0, sentences: 0), nodes: [], edges: [])
        for network in [Self.sample(), empty] {
            #expect(NetworkJSON.encode(network) == NetworkJSON.value(of: network).render(style: .readable) + "\n")
        }
    }

    @Test func committedNetworkDecodesAndReencodesToTheSameBytes() throws {
        let bytes = try Data(contentsOf: RepositoryFiles.network)
        let network = try NetworkJSON.decode(bytes)
        #expect(network.nodes.count > 20 && network.edges.count > 50)
        #expect(network.node(id: "IND")?.label == "India")
        #expect(network.node(id: "vladimir-putin")?.affiliation == "RUS")
        // The analysis section is derived from the network, so recomputing it gives the file back byte for byte.
        #expect(Data(NetworkJSON.encode(network, analysis: try NetworkAnalysis(of: network)).utf8) == bytes)
        #expect(try NetworkJSON.read(from: RepositoryFiles.network) == network)
    }

    @Test func committedNetworkKeepsTheContractsOrder() throws {
        let network = try NetworkJSON.read(from: RepositoryFiles.network)
        #expect(network.nodes.map(\.id) == network.nodes.map(\.id).sorted())
        let pairs = network.edges.map { "\($0.source) \($0.target) \($0.kind.rawValue)" }
        #expect(Set(pairs).count == pairs.count, "one edge per pair and kind")
        for edge in network.edges {
            #expect(edge.source < edge.target)
            #expect(network.node(id: edge.source) != nil && network.node(id: edge.target) != nil)
            #expect([-1, 0, 1].contains(edge.sign) && (-1...1).contains(edge.stance))
        }
    }

    /// A file written by another tool may give only `weight`; the counts default to zero and `corpus` to empty.
    @Test func decodesAMinimalFile() throws {
        let text = """
            {"format": "actor-graph/1", "nodes": [{"id": "A", "label": "A", "kind": "country", "mentions": 1},
             {"id": "B", "label": "B", "kind": "grouping", "mentions": 0}],
             "edges": [{"source": "A", "target": "B", "kind": "membership", "weight": 1}]}
            """
        let network = try NetworkJSON.decode(Data(text.utf8))
        #expect(network.corpus == .init(documents: 0, sentences: 0))
        #expect(network.edges == [Edge(source: "A", target: "B", kind: .membership, weight: 1)])
    }

    // MARK: Errors

    @Test func truncatedFileSaysItIsNotJSONAndWhere() throws {
        let text = NetworkJSON.encode(Self.sample())
        let message = try networkDecodeError(Data(text.utf8.prefix(text.utf8.count / 2)))
        #expect(message.hasPrefix("not a network file: not valid JSON"))
        #expect(message.contains("end of file"))
    }

    @Test func syntaxErrorSaysWhere() throws {
        let message = try networkDecodeError(Data(#"{"format": "actor-graph/1", "nodes": [} "edges": []}"#.utf8))
        #expect(message.contains("not valid JSON"))
        #expect(message.contains("character 38"))
    }

    @Test func wrongTypeNamesTheField() throws {
        let text = NetworkJSON.encode(Self.sample()).replacingOccurrences(of: #""weight": 14"#, with: #""weight": "14""#)
        let message = try networkDecodeError(Data(text.utf8))
        #expect(message.contains("edges[0].weight"))
        #expect(message.contains("Int"))
    }

    @Test func missingFieldNamesFieldAndPlace() throws {
        let text = NetworkJSON.encode(Self.sample()).replacingOccurrences(of: #""label": "Russia", "#, with: "")
        let message = try networkDecodeError(Data(text.utf8))
        #expect(message == #"not a network file: missing field "label" at nodes[1]"#)
    }

    @Test func unknownKindNamesTheValueAndPlace() throws {
        let text = NetworkJSON.encode(Self.sample()).replacingOccurrences(of: #""kind": "bloc""#, with: #""kind": "planet""#)
        let message = try networkDecodeError(Data(text.utf8))
        #expect(message.contains("nodes[3].kind"))
        #expect(message.contains("planet"))
        #expect(!message.contains("not valid JSON"), "the JSON is valid; the value is not")
    }

    @Test func edgeToUnknownNodeNamesTheNode() throws {
        let text = NetworkJSON.encode(Self.sample()).replacingOccurrences(of: #""target": "tass""#, with: #""target": "tas""#)
        let message = try networkDecodeError(Data(text.utf8))
        #expect(message.contains(#""tas""#) && message.contains("not a node"))
        #expect(message.contains("WEST"), "says which edge")
    }

    @Test func edgeInTheWrongOrderIsRefused() throws {
        let text = NetworkJSON.encode(Self.sample())
            .replacingOccurrences(of: #""source": "WEST", "target": "tass""#, with: #""source": "tass", "target": "WEST""#)
        #expect(text.contains(#""source": "tass""#))
        let message = try networkDecodeError(Data(text.utf8))
        #expect(message.contains("tass–WEST") && message.contains("source must sort before target"))
    }

    /// A `cue` written with `not ` is the cue negated, and its range must fall between characters of its sentence.
    @Test func aCueReadsItsNegationAndItsRangeMustFallWithinTheSentence() throws {
        func file(range: String) -> Data {
            Data("""
                {"format": "actor-graph/1", "nodes": [{"id": "A", "label": "A", "kind": "country", "mentions": 1},
                 {"id": "B", "label": "B", "kind": "country", "mentions": 1}],
                 "edges": [{"source": "A", "target": "B", "kind": "relation", "weight": 1, "evidence": [{"document": "d",
                  "sentence": 0, "stance": 0.1, "cue": "not condemn*", "text": "A did not condemn B é.", "cue_range": \(range)}]}]}
                """.utf8)
        }
        let evidence = try #require(try NetworkJSON.decode(file(range: "[10, 17]")).edges.first?.evidence.first)
        #expect(evidence.cue == "condemn*" && evidence.negated && evidence.writtenCue == "not condemn*")
        #expect(evidence.cueWords == "condemn" && evidence.act == "not condemn")
        #expect(try NetworkJSON.decode(Data(NetworkJSON.encode(try NetworkJSON.decode(file(range: "[10, 17]"))).utf8))
            .edges.first?.evidence.first == evidence)
        for bad in ["[10, 40]", "[10, 21]", "[-1, 3]", "[17, 10]"] {
            #expect(try networkDecodeError(file(range: bad)).contains("cue_range"), "\(bad)")
        }
    }

    @Test func duplicateNodeIdIsRefused() throws {
        let text = NetworkJSON.encode(Self.sample())
            .replacingOccurrences(of: #"{"id": "tass""#, with: #"{"id": "WEST""#)
        #expect(try networkDecodeError(Data(text.utf8)).contains("two nodes share an id"))
    }

    @Test func notUTF8SaysSo() throws {
        var bytes = Data(NetworkJSON.encode(Self.sample()).utf8)
        let at = try #require(bytes.firstIndex(of: UInt8(ascii: "I")))
        bytes[at] = 0xFF
        let message = try networkDecodeError(bytes)
        #expect(message.contains("UTF-8"))
        #expect(message.contains("character \(at)"))
    }

    @Test func otherFormatTagIsRefusedByName() {
        let text = NetworkJSON.encode(Self.sample()).replacingOccurrences(of: "actor-graph/2", with: "actor-graph/3")
        #expect(throws: NetworkFileError.unsupportedFormat("actor-graph/3")) {
            try NetworkJSON.decode(Data(text.utf8))
        }
    }

    @Test func readingAMissingFileNamesThePath() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("absent-\(UUID().uuidString)/network.json")
        #expect(throws: NetworkFileError.missing(url.path)) { try NetworkJSON.read(from: url) }
        #expect(NetworkFileError.missing(url.path).description.contains(url.path))
    }

    @Test func readingABrokenFileNamesThePathAndTheProblem() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).json")
        try Data(#"{"format": "actor-graph/1", "nodes": []}"#.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try NetworkJSON.read(from: url)
            Issue.record("a file without edges was read")
        } catch let error as NetworkFileError {
            #expect(error.description.hasPrefix(url.path))
            #expect(error.description.contains(#"missing field "edges""#))
        }
    }

    // MARK: Helpers

    private func keys(_ value: JSONValue) -> [String] {
        guard case .object(let fields) = value else { return [] }
        return fields.map(\.0)
    }

    private func field(_ name: String, of value: JSONValue) -> JSONValue? {
        guard case .object(let fields) = value else { return nil }
        return fields.first { $0.0 == name }?.1
    }
}
