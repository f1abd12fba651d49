import Foundation
import Testing

@testable import ActorGraphCore

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses the GEXF with Foundation's `XMLParser` (libxml2 underneath) and checks its structure and
/// every value against the network it was written from.
@Suite("GEXFWriter")
struct GEXFWriterTests {
    /// One parsed element: its name (namespace stripped), namespace, attributes and children.
    final class Element {
        let name: String
        let namespace: String?
        let attributes: [String: String]
        var children: [Element] = []

        init(name: String, namespace: String?, attributes: [String: String]) {
            self.name = name
            self.namespace = namespace
            self.attributes = attributes
        }

        func all(_ name: String) -> [Element] { children.filter { $0.name == name } }
        func first(_ name: String) -> Element? { children.first { $0.name == name } }

        /// The `attvalue`s under `attvalues`, by their `for`.
        var values: [String: String] {
            var values: [String: String] = [:]
            for value in first("attvalues")?.all("attvalue") ?? [] {
                values[value.attributes["for"] ?? ""] = value.attributes["value"]
            }
            return values
        }
    }

    /// Builds the element tree; records the first parse error.
    final class TreeBuilder: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var root: Element?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            let element = Element(name: elementName, namespace: namespaceURI, attributes: attributeDict)
            stack.last?.children.append(element)
            if stack.isEmpty { root = element }
            stack.append(element)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            stack.removeLast()
        }
    }

    private func parse(_ text: String) throws -> Element {
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        let builder = TreeBuilder()
        parser.delegate = builder
        let parsed = parser.parse()
        #expect(parsed, "XMLParser: \(String(describing: parser.parserError))")
        return try #require(builder.root)
    }

    private func graph(of network: Network) throws -> Element {
        let root = try parse(GEXFWriter().write(network))
        #expect(root.name == "gexf")
        #expect(root.namespace == "http://gexf.net/1.3")
        #expect(root.attributes["version"] == "1.3")
        #expect(root.first("meta")?.first("creator") != nil)
        return try #require(root.first("graph"))
    }

    /// Checks every node and edge of `network` against the parsed `graph`.
    private func expectMatches(_ graph: Element, _ network: Network) throws {
        #expect(graph.attributes["defaultedgetype"] == "undirected")
        let declared = Dictionary(
            uniqueKeysWithValues: graph.all("attributes").map { block in
                (
                    block.attributes["class"] ?? "",
                    block.all("attribute").map { [$0.attributes["id"] ?? "", $0.attributes["type"] ?? ""] }
                )
            })
        #expect(declared["node"] == [["kind", "string"], ["mentions", "integer"], ["affiliation", "string"]])
        #expect(
            declared["edge"] == [
                ["positive", "integer"], ["negative", "integer"], ["stance", "double"], ["sign", "integer"],
                ["evidence", "string"], ["evidence_document", "string"], ["evidence_date", "string"],
                ["first_date", "string"], ["last_date", "string"],
            ])

        let nodes = try #require(graph.first("nodes")).all("node")
        #expect(nodes.map { $0.attributes["id"] ?? "" } == network.nodes.map(\.id))
        for (element, node) in zip(nodes, network.nodes) {
            #expect(element.attributes["label"] == node.label)
            let values = element.values
            #expect(values["kind"] == node.kind.rawValue)
            #expect(values["mentions"].flatMap { Int($0) } == node.mentions)
            #expect(values["affiliation"] == node.affiliation)
        }

        let edges = try #require(graph.first("edges")).all("edge")
        #expect(edges.count == network.edges.count)
        #expect(Set(edges.compactMap { $0.attributes["id"] }).count == network.edges.count)
        for (element, edge) in zip(edges, network.edges) {
            #expect(element.attributes["source"] == edge.source)
            #expect(element.attributes["target"] == edge.target)
            #expect(element.attributes["kind"] == edge.kind.rawValue)
            #expect(element.attributes["weight"].flatMap { Double($0) } == Double(edge.weight))
            let values = element.values
            #expect(values["positive"].flatMap { Int($0) } == edge.positive)
            #expect(values["negative"].flatMap { Int($0) } == edge.negative)
            #expect(values["stance"].flatMap { Double($0) } == edge.stance)
            #expect(values["sign"].flatMap { Int($0) } == edge.sign)
            let dates = edge.evidence.compactMap(\.date).filter { $0.count == 10 }.sorted()
            #expect(element.attributes["start"] == dates.first)
            #expect(element.attributes["end"] == dates.last)
        }
    }

    @Test("the corpus network parses with every node, edge, value and date interval")
    func corpusNetwork() throws {
        let network = try ExportFixtures.corpusNetwork()
        let graph = try graph(of: network)
        // The corpus's articles are dated, so the graph is dynamic.
        #expect(graph.attributes["mode"] == "dynamic")
        #expect(graph.attributes["timeformat"] == "date")
        try expectMatches(graph, network)

        let edges = try #require(graph.first("edges")).all("edge")
        let relation = try #require(
            edges.first { $0.attributes["source"] == "IND" && $0.attributes["target"] == "RUS" })
        let modelEdge = try #require(network.edges(between: "IND", and: "RUS").first)
        let strongest = modelEdge.evidence.max { abs($0.stance) < abs($1.stance) }
        #expect(relation.values["evidence"] == strongest?.text)
        #expect(relation.values["evidence_document"] == strongest?.document)
        #expect(relation.attributes["start"] != nil)
        // Membership edges have no evidence and so no interval: they exist throughout.
        let membership = try #require(edges.first { $0.attributes["kind"] == "membership" })
        #expect(membership.attributes["start"] == nil && membership.values["evidence"] == nil)
    }

    @Test("awkward labels, parallel edges and forbidden characters parse and read back")
    func awkwardNetwork() throws {
        let network = ExportFixtures.awkwardNetwork()
        let graph = try graph(of: network)
        try expectMatches(graph, network)

        let nodes = try #require(graph.first("nodes")).all("node")
        let labels = Dictionary(uniqueKeysWithValues: nodes.map { ($0.attributes["id"] ?? "", $0.attributes["label"]) })
        #expect(labels["CIV"] == "Côte d’Ivoire")
        #expect(labels["r&d<lab>"] == ExportFixtures.awkwardLabel)
        // Line break and tab in an attribute are written as references, so normalization keeps them.
        #expect(labels["multi-line"] == ExportFixtures.multilineLabel)
        #expect(labels["padded"] == " padded ")

        let edges = try #require(graph.first("edges")).all("edge")
        let pair = edges.filter { $0.attributes["source"] == "CIV" && $0.attributes["target"] == "ECOWAS" }
        #expect(pair.compactMap { $0.attributes["kind"] } == ["membership", "relation"])
        let relation = try #require(pair.last)
        #expect(
            relation.values["evidence"]
                == "Côte d’Ivoire & ECOWAS signed <a pact>, \"at last\".\r\nBell\u{FFFD} rang.")
        #expect(relation.attributes["start"] == "2024-01-15" && relation.attributes["end"] == "2024-03-02")
        // An edge whose evidence has no date gets no interval.
        let undated = try #require(edges.first { $0.attributes["target"] == "r&d<lab>" })
        #expect(undated.attributes["start"] == nil)
        #expect(undated.values["evidence_date"] == nil && undated.values["evidence"] == "No date here.")
    }

    @Test("a network without dates is static, and output is deterministic")
    func staticWithoutDates() throws {
        let network = Network(
            corpus: .init(documents: 1, sentences: 1),
            nodes: [Node(id: "A", label: "A", kind: .country), Node(id: "B", label: "B", kind: .country)],
            edges: [Edge(source: "A", target: "B", kind: .relation, weight: 2)])
        let text = GEXFWriter().write(network)
        #expect(text == GEXFWriter().write(network))
        let graph = try graph(of: network)
        #expect(graph.attributes["mode"] == "static")
        #expect(graph.attributes["timeformat"] == nil)
        try expectMatches(graph, network)
    }
}
