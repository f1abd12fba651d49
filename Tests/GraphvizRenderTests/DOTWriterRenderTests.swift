import ActorGraphCore
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import GraphvizRender

/// The DOT text `DOTWriter` makes must parse, lay out and draw with every engine.
/// (Needs `ActorGraphCore` among the dependencies of `GraphvizRenderTests`.)
@Suite("DOTWriter output renders")
struct DOTWriterRenderTests {
    static let network = Network(
        corpus: .init(documents: 2, sentences: 9),
        nodes: [
            Node(id: "IND", label: "India", kind: .country, mentions: 12),
            Node(id: "RUS", label: "Russia", kind: .country, mentions: 9),
            Node(id: "PAK", label: "Pakistan", kind: .country, mentions: 4),
            Node(id: "SCO", label: "SCO", kind: .grouping, mentions: 2),
            Node(id: "WEST", label: "the West", kind: .bloc, mentions: 2),
            Node(id: "graph", label: "A \"quoted\" \\ name\nwith <html> & Türkiye", kind: .organization, mentions: 1),
            Node(id: "vladimir-putin", label: "Vladimir Putin", kind: .person, mentions: 3, affiliation: "RUS"),
        ],
        edges: [
            Edge(source: "IND", target: "RUS", kind: .relation, weight: 6, positive: 4, negative: 1, stance: 0.5, sign: 1,
                 evidence: [Evidence(document: "a.txt", sentence: 2, date: "2023-12-28", stance: 0.8,
                                     text: "India and Russia deepened their \"special\" partnership.")]),
            Edge(source: "IND", target: "PAK", kind: .relation, weight: 3, negative: 2, stance: -0.6, sign: -1),
            Edge(source: "IND", target: "SCO", kind: .membership, weight: 1),
            Edge(source: "RUS", target: "SCO", kind: .membership, weight: 1),
            Edge(source: "RUS", target: "WEST", kind: .relation, weight: 2, stance: 0, sign: 0),
            Edge(source: "IND", target: "graph", kind: .relation, weight: 1),
            Edge(source: "RUS", target: "vladimir-putin", kind: .relation, weight: 2, positive: 1, stance: 0.3, sign: 1),
        ])

    @Test("renders with every engine, every label drawn", arguments: LayoutEngine.allCases)
    func renders(engine: LayoutEngine) throws {
        let dot = DOTWriter(title: "Sample <network>").write(Self.network)
        let svg = String(decoding: try GraphvizRenderer().render(dot: dot, engine: engine), as: UTF8.self)
        for label in ["India", "Russia", "Pakistan", "SCO", "the West", "Vladimir Putin", "(Russia)",
                      "A &quot;quoted&quot; \\ name", "with &lt;html&gt; &amp; Türkiye", "Sample &lt;network&gt;"] {
            #expect(svg.contains(">\(label)</text>"), "\(label) drawn by \(engine)")
        }
        #expect(svg.contains("India – Russia: 6 sentences (+4 / −1)"))
    }

    /// XML 1.0 forbids U+FFFE and U+FFFF anywhere in a document; a scraped sentence or name that carries them
    /// must not make the SVG unreadable (Chromium refuses such a file whole).
    @Test("non-characters in names and sentences still give well-formed SVG")
    func nonCharactersGiveWellFormedSVG() throws {
        let network = Network(
            corpus: .init(documents: 1, sentences: 1),
            nodes: [
                Node(id: "IND", label: "India\u{FFFE}", kind: .country, mentions: 1),
                Node(id: "RUS", label: "Russia", kind: .country, mentions: 1),
            ],
            edges: [
                Edge(source: "IND", target: "RUS", kind: .relation, weight: 1, positive: 1, stance: 0.5, sign: 1,
                     evidence: [Evidence(document: "a\u{FFFF}.txt", sentence: 0, stance: 0.5,
                                         text: "India\u{FFFF} and Russia signed\u{FFFE} a pact.")]),
            ])
        let svg = try GraphvizRenderer().render(dot: DOTWriter(title: "T\u{FFFF}").write(network), engine: .neato)
        let parser = XMLParser(data: Data(svg))
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(!String(decoding: svg, as: UTF8.self).unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF })
    }

    @Test("the recommended engine is one the renderer knows, and it is the one used")
    func recommendedEngine() throws {
        let engine = LayoutEngine(forLargeNetwork: DOTWriter.isLarge(Self.network))
        #expect(engine == .neato)
        let dot = DOTWriter().write(Self.network)
        let renderer = GraphvizRenderer()
        #expect(try renderer.render(dot: dot, engine: engine) != renderer.render(dot: dot, engine: .dot))
        let png = try renderer.render(dot: dot, engine: engine, format: .png)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}
