import Foundation
import Testing

@testable import ActorGraphCore

/// Node size by centrality, grouping clusters, self-links, labels on large networks, subtitle and title.
@Suite("DOTWriter style")
struct DOTWriterStyleTests {
    private func nodeLine(_ id: String, in dot: String) -> String? {
        dot.split(separator: "\n").map(String.init).first { $0.hasPrefix("  \"\(id)\" [") }
    }

    private func edgeLine(_ a: String, _ b: String, in dot: String) -> String? {
        dot.split(separator: "\n").map(String.init).first { $0.hasPrefix("  \"\(a)\" -- \"\(b)\" [") }
    }

    /// The value of attribute `name` in a statement line.
    private func attribute(_ name: String, in line: String) -> String? {
        guard let range = line.range(of: " \(name)=\"") ?? line.range(of: "[\(name)=\"") else { return nil }
        return String(line[range.upperBound...].prefix { $0 != "\"" })
    }

    /// India in the Quad, BRICS and the SCO; Russia and China in BRICS and the SCO; Pakistan in the SCO only;
    /// Putin acting for Russia; Nepal in no grouping.
    static let groupings: Network = {
        let nodes = [
            Node(id: "IND", label: "India", kind: .country, mentions: 9),
            Node(id: "RUS", label: "Russia", kind: .country, mentions: 7),
            Node(id: "CHN", label: "China", kind: .country, mentions: 5),
            Node(id: "PAK", label: "Pakistan", kind: .country, mentions: 4),
            Node(id: "NPL", label: "Nepal", kind: .country, mentions: 1),
            Node(id: "QUAD", label: "Quad", kind: .grouping, mentions: 2),
            Node(id: "BRICS", label: "BRICS", kind: .grouping, mentions: 2),
            Node(id: "SCO", label: "SCO", kind: .grouping, mentions: 2),
            Node(id: "vladimir-putin", label: "Vladimir Putin", kind: .person, mentions: 3, affiliation: "RUS"),
        ]
        let members = [("IND", "QUAD"), ("BRICS", "IND"), ("IND", "SCO"), ("BRICS", "RUS"), ("RUS", "SCO"),
            ("BRICS", "CHN"), ("CHN", "SCO"), ("PAK", "SCO")]
        var edges = members.map { Edge(source: $0.0, target: $0.1, kind: .membership, weight: 1, sign: 1) }
        edges += [
            Edge(source: "IND", target: "RUS", kind: .relation, weight: 6, positive: 4, stance: 0.5, sign: 1),
            Edge(source: "IND", target: "PAK", kind: .relation, weight: 3, negative: 2, stance: -0.4, sign: -1),
            Edge(source: "IND", target: "NPL", kind: .relation, weight: 1),
            Edge(source: "RUS", target: "vladimir-putin", kind: .relation, weight: 2, positive: 1, stance: 0.3, sign: 1),
        ]
        return Network(corpus: .init(documents: 2, sentences: 20), nodes: nodes, edges: edges)
    }()

    @Test("node size grows with PageRank: the most central node is the largest")
    func sizeByPageRank() throws {
        let network = try ExportFixtures.corpusNetwork()
        let dot = DOTWriter().write(network)
        let pagerank = Dictionary(uniqueKeysWithValues: centrality(of: network).rows.map { ($0.id, $0.pagerank!) })
        let widths = network.nodes.map { node in
            (node.id, nodeLine(node.id, in: dot).flatMap { attribute("width", in: $0) }.flatMap(Double.init) ?? -1)
        }
        #expect(widths.allSatisfy { $0.1 > 0 })
        let top = try #require(pagerank.max { $0.value < $1.value }?.key)
        #expect(widths.first { $0.0 == top }?.1 == DOTNodeSize.largest.width)
        for (a, widthA) in widths {
            for (b, widthB) in widths where pagerank[a]! > pagerank[b]! {
                #expect(widthA >= widthB, "\(a) ranks above \(b), so it is not drawn smaller")
            }
        }
    }

    @Test("sizes come from the importance passed in, relative to the largest")
    func sizeFromImportance() throws {
        let dot = DOTWriter(importance: ["IND": 1, "RUS": 0.36]).write(Self.groupings)
        #expect(attribute("width", in: try #require(nodeLine("IND", in: dot))) == "1.60")
        #expect(attribute("height", in: try #require(nodeLine("IND", in: dot))) == "0.75")
        #expect(attribute("width", in: try #require(nodeLine("RUS", in: dot))) == "1.14")
        #expect(attribute("width", in: try #require(nodeLine("NPL", in: dot))) == "0.45")
    }

    @Test("a country goes into its smallest grouping's cluster, a person into its country's")
    func clusterAssignment() {
        let clusters = DOTClusters.clusters(of: Self.groupings)
        #expect(clusters == [
            .init(grouping: "BRICS", members: ["BRICS", "CHN", "RUS", "vladimir-putin"]),
            .init(grouping: "QUAD", members: ["IND", "QUAD"]),
            .init(grouping: "SCO", members: ["PAK", "SCO"]),
        ])
    }

    @Test("clusters are written only when asked for, each node in one at most")
    func clusterStatements() throws {
        #expect(!DOTWriter().write(Self.groupings).contains("subgraph"))
        let dot = DOTWriter(clusters: true).write(Self.groupings)
        let lines = dot.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex(of: #"  subgraph "cluster_QUAD" {"#))
        #expect(lines[start + 1].contains(#"label="Quad""#))
        #expect(lines[start + 2] == #"    "IND"; "QUAD";"#)
        #expect(lines[start + 3] == "  }")
        #expect(lines.filter { $0.hasPrefix("  subgraph ") }.count == 3)
        #expect(!lines.contains { $0.hasPrefix("    ") && $0.contains("\"NPL\"") })
        // The membership edges to India's other groupings are still drawn.
        #expect(edgeLine("BRICS", "IND", in: dot) != nil && edgeLine("IND", "SCO", in: dot) != nil)
    }

    @Test("every node and edge links to itself")
    func links() throws {
        let dot = DOTWriter().write(Self.groupings)
        let india = try #require(nodeLine("IND", in: dot))
        #expect(india.contains(##"id="node-IND", URL="#node-IND""##))
        #expect(try #require(edgeLine("IND", "RUS", in: dot)).contains(##"id="edge-IND-RUS", URL="#edge-IND-RUS""##))
        #expect(try #require(edgeLine("IND", "QUAD", in: dot)).contains(##"URL="#member-IND-QUAD""##))
        #expect(try #require(edgeLine("IND", "PAK", in: dot)).contains(#"tooltip="India – Pakistan: 3 sentences"#))
        #expect(DOTWriter.anchor("node", "a b/ü") == "node-a%20b%2F%C3%BC")
    }

    @Test("past the label limit only the most central nodes are named")
    func labelsOnLargeNetworks() throws {
        // A star: the hub and the first leaves (which also link to each other) rank highest.
        func star(leaves: Int) -> Network {
            let ids = (0..<leaves).map { String(format: "L%03d", $0) }
            let nodes = [Node(id: "HUB", label: "Hub", kind: .country)]
                + ids.map { Node(id: $0, label: "Leaf \($0)", kind: .country) }
            let edges = ids.map { Edge(source: "HUB", target: $0, kind: .relation, weight: 1) }
                + [Edge(source: "L000", target: "L001", kind: .relation, weight: 5)]
            return Network(corpus: .init(documents: 1, sentences: 1), nodes: nodes, edges: edges)
        }
        let small = DOTWriter().write(star(leaves: DOTWriter.labelledNodeLimit - 1))
        #expect(try #require(nodeLine("L058", in: small)).contains(#"label="Leaf L058""#))
        #expect(!small.contains("hover for the others"))

        let large = DOTWriter().write(star(leaves: 80))
        let labelled = large.split(separator: "\n").filter { $0.hasPrefix("  \"") && !$0.contains(" -- ") && !$0.contains(#"label="""#) }
        #expect(labelled.count == DOTWriter.labelledNodeLimit)
        #expect(try #require(nodeLine("HUB", in: large)).contains(#"label="Hub""#))
        #expect(try #require(nodeLine("L000", in: large)).contains(#"label="Leaf L000""#))
        let unnamed = try #require(nodeLine("L079", in: large))
        #expect(unnamed.contains(#"label="""#) && unnamed.contains(#"tooltip="Leaf L079 (L079)"#))
        #expect(large.contains("Only the 60 most central actors are named; hover for the others."))
    }

    @Test("the corpus keeps its look: every actor named, no clusters, a subtitle only when given")
    func corpusLook() throws {
        let network = try ExportFixtures.corpusNetwork()
        let dot = DOTWriter(title: "T").write(network)
        #expect(network.nodes.allSatisfy { nodeLine($0.id, in: dot)?.contains(#"label="""#) == false })
        #expect(!dot.contains("subgraph") && !DOTWriter.isLarge(network))
        #expect(dot.contains("node size with PageRank centrality"))
        let filtered = DOTWriter(title: "T", subtitle: "around India & <co>").write(network)
        #expect(filtered.contains(#"<font point-size="13">around India &amp; &lt;co&gt;</font>"#))
    }

    @Test("the title names the article count and the date range the network stores")
    func title() throws {
        #expect(DiagramTitle.text(documents: 5, dates: ["2023-12-28", "2021-04-15"])
            == "ActorGraph: 5 articles, 2021-04-15 to 2023-12-28")
        #expect(DiagramTitle.text(documents: 1, dates: ["2024-01-02"]) == "ActorGraph: 1 article, 2024-01-02")
        #expect(DiagramTitle.text(documents: 3, dates: []) == "ActorGraph: 3 articles")

        let graphs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Graphs")
        let index = try String(contentsOf: graphs.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        let committed = try String(contentsOf: graphs.appendingPathComponent("network.dot"), encoding: .utf8)
        let network = try ExportFixtures.corpusNetwork()
        let title = DiagramTitle.text(for: network)
        #expect(committed.hasPrefix("graph \"\(title)\" {"), "graph export titles the diagram as graph build did")
        // The span stored is that of every article read, as the document index dates them.
        let dates = index.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["date"] as? String
        }
        let first = try #require(dates.min()), last = try #require(dates.max())
        #expect(network.corpus.dates == first...last)
        // A file written before the span was stored: the dates of the evidence it keeps.
        var older = network
        older.corpus.dates = nil
        #expect(DiagramTitle.text(for: older).hasPrefix("ActorGraph: 5 articles, "))
    }
}
