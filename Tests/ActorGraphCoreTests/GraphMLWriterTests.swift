import Foundation
import Testing

@testable import ActorGraphCore

/// Reads the GraphML back with networkx's `read_graphml` and compares every node and edge attribute,
/// value and Python type, with the network it was written from.
@Suite("GraphMLWriter")
struct GraphMLWriterTests {
    /// Prints what networkx read: the graph class, graph attributes, and each node's and edge's
    /// attributes as `[python type name, value]`.
    private static let reader = """
        import json, sys, networkx as nx
        G = nx.read_graphml(sys.argv[1], force_multigraph=(sys.argv[2] == "multi"))
        typed = lambda d: {k: [type(v).__name__, v] for k, v in d.items()}
        edges = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True))
        print(json.dumps({
            "class": type(G).__name__,
            "directed": G.is_directed(),
            "graph": typed({k: v for k, v in G.graph.items() if k in ("documents", "sentences")}),
            "nodes": {n: typed(d) for n, d in G.nodes(data=True)},
            "edges": [{"ends": sorted([u, v]), "key": k, "data": typed(d)} for u, v, k, d in edges],
        }))
        """

    private struct ReadBack {
        let graphClass: String
        let directed: Bool
        let graph: [String: [Any]]
        let nodes: [String: [String: [Any]]]
        let edges: [(ends: [String], key: String?, data: [String: [Any]])]

        /// The edge of `kind` between the ends of `edge`, as networkx read it.
        func data(of edge: Edge) -> [String: [Any]]? {
            edges.first { $0.ends == [edge.source, edge.target] && $0.data["kind"]?[1] as? String == edge.kind.rawValue }?
                .data
        }
    }

    private func readBack(_ network: Network, multigraph: Bool = false) throws -> ReadBack {
        let file = try ExportFixtures.temporaryFile(GraphMLWriter().write(network), suffix: ".graphml")
        defer { try? FileManager.default.removeItem(at: file) }
        let json = try #require(
            try Python.json(Self.reader, [file.path, multigraph ? "multi" : "auto"]) as? [String: Any])
        let edges = try #require(json["edges"] as? [[String: Any]]).map { edge in
            (
                ends: edge["ends"] as? [String] ?? [], key: edge["key"] as? String,
                data: edge["data"] as? [String: [Any]] ?? [:]
            )
        }
        return ReadBack(
            graphClass: json["class"] as? String ?? "", directed: json["directed"] as? Bool ?? true,
            graph: json["graph"] as? [String: [Any]] ?? [:],
            nodes: json["nodes"] as? [String: [String: [Any]]] ?? [:], edges: edges)
    }

    /// Checks that `attribute` was read as the Python type `type` with the value `expected`.
    private func expectTyped(
        _ attributes: [String: [Any]], _ name: String, _ type: String, _ expected: Any?,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let expected else {
            #expect(attributes[name] == nil, "\(name) should be absent", sourceLocation: sourceLocation)
            return
        }
        guard let pair = attributes[name], pair.count == 2 else {
            Issue.record("\(name) missing", sourceLocation: sourceLocation)
            return
        }
        #expect(pair[0] as? String == type, "\(name) read as \(pair[0])", sourceLocation: sourceLocation)
        switch expected {
        case let int as Int: #expect((pair[1] as? NSNumber)?.intValue == int, sourceLocation: sourceLocation)
        case let double as Double:
            #expect((pair[1] as? NSNumber)?.doubleValue == double, sourceLocation: sourceLocation)
        default: #expect(pair[1] as? String == expected as? String, sourceLocation: sourceLocation)
        }
    }

    /// `text` as XML 1.0 can carry it: C0 controls other than tab, LF and CR become U+FFFD.
    private static func xmlSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 && !"\t\n\r".unicodeScalars.contains($0) ? "\u{FFFD}" : $0 }))
    }

    private func expectMatches(_ read: ReadBack, _ network: Network) {
        #expect(read.directed == false)
        #expect(read.nodes.count == network.nodes.count)
        #expect(read.edges.count == network.edges.count)
        expectTyped(read.graph, "documents", "int", network.corpus.documents)
        expectTyped(read.graph, "sentences", "int", network.corpus.sentences)
        for node in network.nodes {
            guard let attributes = read.nodes[node.id] else {
                Issue.record("node \(node.id) missing")
                continue
            }
            expectTyped(attributes, "label", "str", node.label)
            expectTyped(attributes, "kind", "str", node.kind.rawValue)
            expectTyped(attributes, "mentions", "int", node.mentions)
            expectTyped(attributes, "affiliation", "str", node.affiliation)
        }
        for edge in network.edges {
            guard let attributes = read.data(of: edge) else {
                Issue.record("edge \(edge.source)–\(edge.target) \(edge.kind) missing")
                continue
            }
            expectTyped(attributes, "weight", "int", edge.weight)
            expectTyped(attributes, "positive", "int", edge.positive)
            expectTyped(attributes, "negative", "int", edge.negative)
            expectTyped(attributes, "stance", "float", edge.stance)
            expectTyped(attributes, "sign", "int", edge.sign)
            let strongest = edge.evidence.max { abs($0.stance) < abs($1.stance) }
            expectTyped(attributes, "evidence", "str", strongest.map { Self.xmlSafe($0.text) })
            expectTyped(attributes, "evidence_document", "str", strongest?.document)
        }
    }

    @Test(
        "the corpus network reads back into networkx with every attribute typed",
        .enabled(if: Python.hasNetworkx, "needs python3 with networkx (pip install networkx)"))
    func corpusNetworkRoundTrip() throws {
        let network = try ExportFixtures.corpusNetwork()
        #expect(network.nodes.count > 20 && network.edges.count > 100)
        let read = try readBack(network)
        // The corpus has pairs with both a relation and a membership, so networkx makes a MultiGraph
        // on its own, keyed by the GraphML edge ids.
        #expect(read.graphClass == "MultiGraph")
        #expect(Set(read.edges.compactMap(\.key)) == Set((0..<network.edges.count).map { "e\($0)" }))
        expectMatches(read, network)

        let india = try #require(read.nodes["IND"])
        expectTyped(india, "label", "str", "India")
        let pair = network.edges(between: "IND", and: "RUS").first { $0.kind == .relation }
        let relation = try #require(pair)
        #expect(relation.weight > 1 && !relation.evidence.isEmpty)
    }

    @Test(
        "awkward labels, parallel edges and missing values survive networkx",
        .enabled(if: Python.hasNetworkx, "needs python3 with networkx (pip install networkx)"))
    func awkwardNetworkRoundTrip() throws {
        let network = ExportFixtures.awkwardNetwork()
        let read = try readBack(network)
        #expect(read.graphClass == "MultiGraph")
        expectMatches(read, network)

        expectTyped(try #require(read.nodes["CIV"]), "label", "str", "Côte d’Ivoire")
        expectTyped(try #require(read.nodes["r&d<lab>"]), "label", "str", ExportFixtures.awkwardLabel)
        expectTyped(try #require(read.nodes["multi-line"]), "label", "str", ExportFixtures.multilineLabel)
        expectTyped(try #require(read.nodes["padded"]), "label", "str", " padded ")

        let relation = try #require(network.edges.first { $0.source == "CIV" && $0.kind == .relation })
        let data = try #require(read.data(of: relation))
        // The bell (U+0007) cannot be in XML 1.0 and becomes U+FFFD; the CR survives as `&#13;`.
        expectTyped(data, "evidence", "str", "Côte d’Ivoire & ECOWAS signed <a pact>, \"at last\".\r\nBell\u{FFFD} rang.")
        expectTyped(data, "evidence_document", "str", "côte&co.txt")
        expectTyped(data, "evidence_date", "str", "2024-01-15")
        // "sometime" is not a date, so the span covers the two real ones.
        expectTyped(data, "first_date", "str", "2024-01-15")
        expectTyped(data, "last_date", "str", "2024-03-02")
        let membership = try #require(read.data(of: network.edges[0]))
        expectTyped(membership, "evidence", "str", nil)
        expectTyped(membership, "first_date", "str", nil)
    }

    @Test(
        "without parallel edges networkx reads a simple Graph, and force_multigraph still gives a MultiGraph",
        .enabled(if: Python.hasNetworkx, "needs python3 with networkx (pip install networkx)"))
    func simpleGraphUnlessParallel() throws {
        let corpus = try ExportFixtures.corpusNetwork()
        let relations = Network(
            corpus: corpus.corpus, nodes: corpus.nodes, edges: corpus.edges.filter { $0.kind == .relation })
        let simple = try readBack(relations)
        #expect(simple.graphClass == "Graph")
        expectMatches(simple, relations)
        let forced = try readBack(relations, multigraph: true)
        #expect(forced.graphClass == "MultiGraph")
        #expect(forced.edges.count == relations.edges.count)
    }

    @Test("the same network gives the same bytes, with one typed key per attribute")
    func deterministicAndDeclared() throws {
        let network = try ExportFixtures.corpusNetwork()
        let text = GraphMLWriter().write(network)
        #expect(text == GraphMLWriter().write(network))
        #expect(text.contains(#"<graph id="G" edgedefault="undirected">"#))
        #expect(text.contains(#"<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>"#))
        #expect(text.contains(#"<key id="e_stance" for="edge" attr.name="stance" attr.type="double"/>"#))
        #expect(text.contains(#"<key id="e_kind" for="edge" attr.name="kind" attr.type="string"/>"#))
        #expect(text.contains(#"<key id="n_kind" for="node" attr.name="kind" attr.type="string"/>"#))
        let edgeTags = text.components(separatedBy: "\n").filter { $0.hasPrefix("    <edge ") }
        #expect(edgeTags.count == network.edges.count)
        #expect(edgeTags.first?.contains(#"id="e0""#) == true)
    }
}
