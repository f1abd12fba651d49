import Testing

@testable import ActorGraphCore

@Suite("DOTWriter")
struct DOTWriterTests {
    /// The statement line of node `id`, or nil.
    private func nodeLine(_ id: String, in dot: String) -> String? {
        dot.split(separator: "\n").map(String.init).first { $0.hasPrefix("  \"\(id)\" [") }
    }

    /// The statement line of the edge between `a` and `b`, or nil.
    private func edgeLine(_ a: String, _ b: String, in dot: String) -> String? {
        dot.split(separator: "\n").map(String.init).first { $0.hasPrefix("  \"\(a)\" -- \"\(b)\" [") }
    }

    @Test("hostile names and labels are quoted and escaped")
    func escaping() throws {
        let network = Network(
            corpus: .init(documents: 1, sentences: 1),
            nodes: [
                Node(id: "graph", label: "node", kind: .organization),
                Node(id: "x\"y", label: "He said \"no\" \\N then\nleft", kind: .person),
                Node(id: "edge", label: "a -- b; }", kind: .country),
            ],
            edges: [Edge(source: "edge", target: "graph", kind: .relation, weight: 1)])
        let dot = DOTWriter(title: "Title with \"quotes\" & <tags>").write(network)

        let hostile = try #require(nodeLine(#"x\"y"#, in: dot))
        #expect(hostile.contains(#"label="He said \"no\" \\N then\nleft"#))
        #expect(nodeLine("graph", in: dot)?.contains(#"label="node""#) == true)
        #expect(nodeLine("edge", in: dot)?.contains(#"label="a -- b; }""#) == true)
        #expect(edgeLine("edge", "graph", in: dot) != nil)
        #expect(dot.hasPrefix(#"graph "Title with \"quotes\" & <tags>" {"#))
        #expect(dot.contains("<b>Title with &quot;quotes&quot; &amp; &lt;tags&gt;</b>"))
        // One statement per line: no raw line break leaked out of a quoted string.
        #expect(dot.split(separator: "\n").count == 1 + 3 + 3 + 1 + 1)
    }

    @Test("escaping turns backslash, quote and line break into DOT escapes")
    func quotedText() {
        #expect(DOTEscaping.quoted(#"a\b"#) == #""a\\b""#)
        #expect(DOTEscaping.quoted("say \"hi\"") == #""say \"hi\"""#)
        #expect(DOTEscaping.quoted("one\r\ntwo\u{7}") == #""one\ntwo ""#)
        #expect(DOTEscaping.quoted("Türkiye") == "\"Türkiye\"")
        #expect(DOTEscaping.html("a<b>&\"c\"") == "a&lt;b&gt;&amp;&quot;c&quot;")
    }

    @Test("relation edges are coloured by sign, membership edges dotted")
    func coloursBySign() throws {
        let dot = DOTWriter().write(RealisticNetwork.make())
        let cooperative = try #require(edgeLine("IND", "RUS", in: dot))
        #expect(cooperative.contains(##"color="#2E7D32""##))
        #expect(cooperative.contains(#"style="solid""#))
        let conflictual = try #require(edgeLine("IND", "PAK", in: dot))
        #expect(conflictual.contains(##"color="#C62828""##))
        #expect(conflictual.contains(#"style="dashed""#))
        let neutral = try #require(edgeLine("IND", "NPL", in: dot))
        #expect(neutral.contains(##"color="#9E9E9E""##))
        let membership = try #require(edgeLine("IND", "QUAD", in: dot))
        #expect(membership.contains(#"style="dotted""#))
        #expect(membership.contains(#"constraint="false""#))
        #expect(!membership.contains("#2E7D32"))
    }

    @Test("line width grows with weight and is capped")
    func lineWidth() throws {
        #expect(DOTStyle.penWidth(weight: 1) == 1)
        #expect(DOTStyle.penWidth(weight: 4) > DOTStyle.penWidth(weight: 2))
        #expect(DOTStyle.penWidth(weight: 1000) == 7)
        let dot = DOTWriter().write(RealisticNetwork.make())
        #expect(try #require(edgeLine("IND", "RUS", in: dot)).contains(#"penwidth="6.73""#))
        #expect(try #require(edgeLine("BGD", "CHN", in: dot)).contains(#"penwidth="1.00""#))
    }

    @Test("node shape follows kind, persons show their affiliation, text grows with mentions")
    func nodes() throws {
        let dot = DOTWriter().write(RealisticNetwork.make())
        #expect(try #require(nodeLine("IND", in: dot)).contains(#"shape="ellipse""#))
        #expect(try #require(nodeLine("QUAD", in: dot)).contains(#"shape="hexagon""#))
        #expect(try #require(nodeLine("WEST", in: dot)).contains(#"shape="octagon""#))
        #expect(try #require(nodeLine("taliban", in: dot)).contains(#"shape="component""#))
        let putin = try #require(nodeLine("vladimir-putin", in: dot))
        #expect(putin.contains(#"label="Vladimir Putin\n(Russia)""#))
        #expect(putin.contains(#"style="rounded,filled""#))
        #expect(try #require(nodeLine("IND", in: dot)).contains(#"fontsize="20.00""#))
        #expect(try #require(nodeLine("NPL", in: dot)).contains(#"fontsize="13.73""#))
    }

    @Test("an edge's tooltip carries its counts and first evidence sentence")
    func tooltips() throws {
        let dot = DOTWriter().write(RealisticNetwork.make())
        let line = try #require(edgeLine("IND", "RUS", in: dot))
        #expect(line.contains(#"tooltip="India – Russia: 24 sentences (+15 / −3), stance 0.50\n“Sentence naming IND and RUS, number 0.” (000_article.txt, 2023-12-10)""#))
        #expect(DOTWriter.shortened(String(repeating: "a", count: 300), to: 280).count == 280)
        #expect(DOTWriter.shortened("short", to: 280) == "short")
    }

    @Test("title and legend explain colours and shapes")
    func legend() {
        let dot = DOTWriter(title: "India, Dec 2023").write(RealisticNetwork.make())
        #expect(dot.contains("<b>India, Dec 2023</b>"))
        #expect(dot.contains("42 documents · 1310 sentences · 28 actors · 45 relations"))
        for key in ["cooperative", "conflictual (dashed)", "member of (dotted)", "grouping: hexagon", "person: rounded box"] {
            #expect(dot.contains(">\(key)<"), "legend names \(key)")
        }
        #expect(DOTWriter().write(RealisticNetwork.make()).contains("<b>ActorGraph</b>"))
    }

    /// A drawing of few kinds (people folded, neutral ties left out) lists only what it draws; any other every kind.
    @Test("the legend of a drawing of few kinds lists only those")
    func legendOfFewKinds() throws {
        let whole = RealisticNetwork.make()
        let part = try NetworkFilter(kinds: [.country, .grouping], hidesNeutral: true).apply(to: whole)
        let keys = ["cooperative", "conflictual (dashed)", "member of (dotted)", "country: ellipse", "grouping: hexagon"]
        let dot = DOTWriter().write(part)
        #expect(keys.allSatisfy { dot.contains(">\($0)<") })
        #expect(!dot.contains(">no net stance<") && !dot.contains(">person: rounded box<"))
        #expect(DOTWriter().write(whole).contains(">organization: component<"), "a full drawing keeps the whole key")
    }

    @Test("every node and edge appears exactly once")
    func completeness() throws {
        let network = RealisticNetwork.make()
        let dot = DOTWriter().write(network)
        let lines = dot.split(separator: "\n").map(String.init)
        for node in network.nodes {
            #expect(lines.filter { $0.hasPrefix("  \"\(node.id)\" [") }.count == 1, "node \(node.id)")
        }
        for edge in network.edges {
            // A pair can have a relation and a membership edge: one statement for each.
            let statements = lines.filter { $0.hasPrefix("  \"\(edge.source)\" -- \"\(edge.target)\" [") }
            let pair = network.edges(between: edge.source, and: edge.target)
            #expect(statements.count == pair.count)
            #expect(
                statements.filter { $0.contains(#"style="dotted""#) }.count
                    == pair.filter { $0.kind == .membership }.count)
        }
        #expect(lines.filter { $0.contains("\" -- \"") }.count == network.edges.count)
        #expect(network.nodes.count == 28 && network.edges.count == 63)
    }

    @Test("the same network gives the same bytes, whatever the input order")
    func deterministic() {
        let network = RealisticNetwork.make()
        let shuffled = Network(
            corpus: network.corpus, nodes: network.nodes.shuffled(), edges: network.edges.shuffled())
        let first = DOTWriter(title: "T").write(network)
        #expect(first == DOTWriter(title: "T").write(network))
        #expect(first == DOTWriter(title: "T").write(shuffled))
    }

    @Test("a large network is drawn with sfdp and straight edges, so drawing stays fast")
    func largeNetworks() {
        let small = RealisticNetwork.make()
        #expect(!DOTWriter.isLarge(small))
        #expect(DOTWriter().write(small).contains("splines=\"true\""))

        let ids = (0..<200).map { "N\(1000 + $0)" }
        let nodes = ids.map { Node(id: $0, label: $0, kind: .country) }
        let edges = ids.indices.flatMap { i in
            [1, 2, 3].map { step in
                let (a, b) = (ids[i], ids[(i + step) % ids.count])
                return Edge(source: min(a, b), target: max(a, b), kind: .relation, weight: 1)
            }
        }
        let large = Network(corpus: .init(documents: 1, sentences: 1), nodes: nodes, edges: edges)
        #expect(DOTWriter.isLarge(large))
        #expect(DOTWriter().write(large).contains("splines=\"false\""))
    }

    @Test("many actors with few edges (a vote record's memberships) are drawn straight too")
    func manyNodesFewEdges() {
        let ids = (0..<250).map { "N\(1000 + $0)" }
        let nodes = ids.map { Node(id: $0, label: $0, kind: .country) } + [Node(id: "UN", label: "UN", kind: .grouping)]
        let edges = ids.prefix(193).map { Edge(source: $0, target: "UN", kind: .membership, weight: 1) }
        let network = Network(corpus: .init(documents: 1, sentences: 1), nodes: nodes, edges: edges)
        #expect(edges.count <= DOTWriter.routedEdgeLimit)
        #expect(DOTWriter().write(network).contains("splines=\"false\""))
    }
}
