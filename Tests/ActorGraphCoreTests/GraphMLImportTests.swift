import ActorGraphCore
import ActorGraphImport
import Foundation
import Testing

@Suite struct GraphMLImportTests {
    private func network(_ text: String) throws(ImportError) -> Network {
        try GraphMLImport.network(from: Data(text.utf8), name: "g.graphml")
    }

    private func problems(_ text: String) -> [String] {
        do {
            _ = try network(text)
            return []
        } catch {
            return error.lines
        }
    }

    /// A GraphML document with the given keys and graph body.
    private func graphml(keys: String, body: String, directed: Bool = false) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        \(keys)
        <graph id="G" edgedefault="\(directed ? "directed" : "undirected")">
        \(body)
        </graph>
        </graphml>
        """
    }

    @Test(arguments: ["corpus", "realistic", "awkward"])
    func readsBackWhatGraphMLWriterWrites(_ name: String) throws {
        let original =
            switch name {
            case "corpus": try ExportFixtures.corpusNetwork()
            case "realistic": RealisticNetwork.make()
            default: ExportFixtures.awkwardNetwork()
            }
        let imported = try network(GraphMLWriter().write(original))
        #expect(ImportedShape(imported) == ImportedShape(original))
        #expect(imported.corpus.documents == original.corpus.documents)
        #expect(imported.corpus.sentences == original.corpus.sentences)
    }

    @Test func readsAGraphWrittenByNetworkx() throws {
        guard Python.hasNetworkx else {
            print("skipped: networkx is not installed for python3")
            return
        }
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("actorgraph-import-\(UUID().uuidString).graphml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = """
            import sys, networkx as nx
            G = nx.DiGraph()
            G.add_node("IND", label="India", kind="country", mentions=57)
            G.add_node("vladimir-putin", label="Vladimir Putin", kind="person", affiliation="RUS")
            G.add_node("SCO", kind="grouping")
            G.add_edge("RUS", "IND", weight=3.0, sign=1, stance=0.5)
            G.add_edge("IND", "RUS", weight=1.0, sign=-1, stance=-0.25)
            G.add_edge("vladimir-putin", "IND", weight=2, stance=-0.4)
            G.add_edge("IND", "SCO", kind="membership", note="ignored")
            nx.write_graphml(G, sys.argv[1])
            """
        let result = try Python.run(["-c", script, path])
        try #require(result.status == 0, "\(result.error)")
        let imported = try GraphMLImport.read(from: URL(fileURLWithPath: path))
        #expect(imported.nodes == [
            Node(id: "IND", label: "India", kind: .country, mentions: 57),
            Node(id: "RUS", label: "RUS", kind: .country),
            Node(id: "SCO", label: "SCO", kind: .grouping),
            Node(id: "vladimir-putin", label: "Vladimir Putin", kind: .person, affiliation: "RUS"),
        ])
        #expect(imported.edges == [
            // RUS→IND and IND→RUS are one undirected edge: weights add, the heavier sign wins.
            Edge(source: "IND", target: "RUS", kind: .relation, weight: 4, stance: (3 * 0.5 - 0.25) / 4, sign: 1),
            Edge(source: "IND", target: "SCO", kind: .membership, weight: 1),
            Edge(source: "IND", target: "vladimir-putin", kind: .relation, weight: 2, stance: -0.4, sign: -1),
        ])
    }

    @Test func keyDefaultsApplyAndUnnamedDataIsIgnored() throws {
        let keys = """
            <key id="d0" for="edge" attr.name="Sign" attr.type="int"><default>-1</default></key>
            <key id="d1" for="node" attr.name="kind" attr.type="string"><default>bloc</default></key>
            <key id="d2" for="node" yfiles.type="nodegraphics"/>
            <key id="d3" for="graph" attr.name="documents" attr.type="int"/>
            """
        let body = """
            <data key="d3">12</data>
            <node id="WEST"><data key="d2"><y:ShapeNode xmlns:y="http://www.yworks.com/xml/graphml"><y:NodeLabel>the West</y:NodeLabel></y:ShapeNode></data></node>
            <node id="RUS"><data key="d1">country</data></node>
            <edge source="RUS" target="WEST"/>
            <edge source="RUS" target="CHN"><data key="d0">1</data></edge>
            """
        let result = try network(graphml(keys: keys, body: body))
        #expect(result.corpus == .init(documents: 12, sentences: 0))
        #expect(result.nodes.map(\.kind) == [.country, .country, .bloc])
        #expect(result.nodes.map(\.label) == ["CHN", "RUS", "WEST"])
        #expect(result.edges.map(\.sign) == [1, -1])
    }

    @Test func badElementsAreReportedWithTheirLines() {
        let keys = """
            <key id="w" for="edge" attr.name="weight" attr.type="double"/>
            <key id="s" for="edge" attr.name="stance" attr.type="double"/>
            <key id="k" for="node" attr.name="kind" attr.type="string"/>
            """
        let body = """
            <node id="A"><data key="k">empire</data></node>
            <edge source="A" target="B"><data key="w">abc</data></edge>
            <edge source="A" target="A"/>
            <edge source="A" target="B"><data key="s">-2</data></edge>
            <node id="B"/>
            <node id="B"/>
            """
        // The XML declaration, root and three keys come first, so the body starts on line 7.
        #expect(problems(graphml(keys: keys, body: body)) == [
            #"g.graphml line 7: node kind "empire" is not one of country, grouping, bloc, person, organization; leave it empty to have it guessed"#,
            #"g.graphml line 8: weight "abc" is not a number; give a whole number of 1 or more, or leave it empty for 1"#,
            #"g.graphml line 9: edge from "A" to itself; self-loops are not allowed, drop the <edge>"#,
            #"g.graphml line 10: stance "-2" is outside [-1, 1]; put a score on another scale (such as Goldstein's) in the sign column, whose sign alone is used"#,
            #"g.graphml line 12: node "B" is declared twice; keep one <node> per id"#,
        ])
    }

    @Test func unsupportedOrBrokenDocuments() {
        let nested = graphml(keys: "", body: "<node id=\"A\">\n<graph id=\"inner\"/></node>")
        #expect(problems(nested) == [
            "g.graphml line 6: nested graphs are not supported; flatten the graph first"
        ])
        let hyper = graphml(keys: "", body: "<hyperedge><endpoint node=\"A\"/></hyperedge>")
        #expect(problems(hyper) == [
            "g.graphml line 5: hyperedges are not supported; give each pair its own <edge>"
        ])
        #expect(problems("<gexf><graph/></gexf>") == ["g.graphml: has no <graphml> element; it is not GraphML"])
        // The </graph> on line 4 closes a <node> that is still open.
        #expect(problems("<graphml>\n<graph>\n<node id=\"A\">\n</graph>") == [
            "g.graphml line 4: not well-formed XML; check that every tag is closed and the file is complete"
        ])
    }

    /// Found by fuzzing (`Tests/Fuzz`): Foundation's XMLParser on Linux stops the program on an element or attribute
    /// name that is not UTF-8, which libxml2 passes on whenever it takes the text for UTF-8, whatever the document's
    /// declaration says; so text that is not UTF-8 is refused before parsing.
    @Test func textThatIsNotUTF8IsRefusedWithItsLine() throws {
        func problems(_ bytes: [UInt8]) -> [String] {
            do {
                _ = try GraphMLImport.network(from: Data(bytes), name: "g.graphml")
                return []
            } catch {
                return error.lines
            }
        }
        let refusal = #"is not UTF-8 text; save it as UTF-8, with encoding="UTF-8" in its <?xml ...?> declaration if it has one"#
        let badName = Array("<graphml>\n<graph>\n<node id=\"A\" a".utf8) + [0xE9] + Array("=\"1\"/></graph></graphml>".utf8)
        #expect(problems(badName) == ["g.graphml line 3: " + refusal])
        for declaration in [
            #"<?xml version="1.0" encoding="UTF-16"?>"#, #"<?xml version="1.0" encoding5"latin1"?>"#,
            #"<?xml version="(.0" encoding="ISO-8859-1"?>"#, #"<?xml version="1.0" encoding="ISO-8859-1"?>"#,
        ] {
            #expect(problems(Array(declaration.utf8) + [0x0A] + badName) == ["g.graphml line 4: " + refusal])
        }
        // UTF-16 with a byte-order mark is read.
        let utf16 = Data([0xFF, 0xFE]) + #"<graphml><graph><node id="Café"/></graph></graphml>"#.data(using: .utf16LittleEndian)!
        #expect(try GraphMLImport.network(from: utf16).nodes.map(\.id) == ["Café"])
    }

    /// Found by fuzzing: Foundation's XMLParser on Linux reads a null pointer for a processing instruction with
    /// nothing after its target, so the document is refused before parsing, in either encoding.
    @Test func emptyProcessingInstructionIsRefusedWithItsLine() throws {
        let document = "<graphml>\n<graph>\n<?target?>\n<node id=\"A\"/></graph></graphml>"
        let refusal = "g.graphml line 3: a processing instruction with nothing after its target (such as <?target?>) cannot be read; remove it"
        #expect(problems(document) == [refusal])
        do {
            _ = try GraphMLImport.network(from: Data([0xFE, 0xFF]) + document.data(using: .utf16BigEndian)!, name: "g.graphml")
            Issue.record("a UTF-16 document with <?target?> should be refused")
        } catch {
            #expect(error.lines == [refusal])
        }
        let withData = document.replacingOccurrences(of: "<?target?>", with: "<?target data?>")
        #expect(try network(withData).nodes.map(\.id) == ["A"])
    }
}
