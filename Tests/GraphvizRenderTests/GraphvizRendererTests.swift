import Testing

@testable import GraphvizRender

/// A small signed network in DOT, with the attributes the package's own writer uses.
private let sampleDOT = """
    graph "sample" {
      graph [fontname="Helvetica", overlap=false, splines=true];
      node [fontname="Helvetica"];
      "IND" [label="India", shape=ellipse];
      "RUS" [label="Russia", shape=ellipse];
      "QUAD" [label="QUAD", shape=hexagon];
      "IND" -- "RUS" [color="#2e7d32", penwidth=2.5];
      "IND" -- "QUAD" [style=dotted];
    }
    """

private func text(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self)
}

@Suite("GraphvizRenderer")
struct GraphvizRendererTests {
    let renderer = GraphvizRenderer()

    @Test("every engine draws an SVG with every node", arguments: LayoutEngine.allCases)
    func rendersSVG(engine: LayoutEngine) throws {
        let svg = text(try renderer.render(dot: sampleDOT, engine: engine, format: .svg))
        #expect(svg.contains("<svg"))
        #expect(svg.hasSuffix("</svg>\n"))
        for label in ["India", "Russia", "QUAD"] {
            #expect(svg.contains(">\(label)</text>"), "label \(label) drawn by \(engine)")
        }
    }

    @Test("PNG output starts with the PNG signature")
    func rendersPNG() throws {
        let png = try renderer.render(dot: sampleDOT, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(png.count > 1000)
    }

    @Test("a DOT syntax error is thrown with Graphviz's message and the offending token")
    func syntaxError() throws {
        let broken = "graph {\n  a -- b;\n  c -- -- d;\n}\n"
        let error = try #require(throws: GraphvizError.self) {
            try renderer.render(dot: broken)
        }
        #expect(error.stage == .parse)
        #expect(error.message.contains("syntax error"))
        // Graphviz 2.43 does not reset its line counter between parses in one process, so the line it names
        // depends on earlier jobs; the token it names does not.
        #expect(error.message.contains("near '--'"))
        #expect(error.description.contains("syntax error in line"))
    }

    @Test("an empty text is an error, not a crash")
    func emptyText() throws {
        let error = try #require(throws: GraphvizError.self) {
            try renderer.render(dot: "")
        }
        #expect(error.stage == .parse)
        #expect(!error.message.isEmpty)
    }

    @Test("the message of one failed job does not leak into the next")
    func messagesDoNotLeak() throws {
        #expect(throws: GraphvizError.self) { try renderer.render(dot: "graph { a -- }") }
        let error = try #require(throws: GraphvizError.self) {
            try renderer.render(dot: "graph {\n  a;\n  b -- ;\n}\n")
        }
        #expect(error.message.contains("line 3"))
        #expect(!error.message.contains("line 1"))
        _ = try renderer.render(dot: sampleDOT)
    }

    @Test("quotes, backslashes and non-ASCII labels survive")
    func hostileLabels() throws {
        let dot = #"""
            graph {
              "a" [label="Sergey \"the fox\" Lavrov"];
              "b" [label="Türkiye – Ankara"];
              "c" [label="日本"];
              "a" -- "b" -- "c";
            }
            """#
        let svg = text(try renderer.render(dot: dot))
        #expect(svg.contains("Sergey &quot;the fox&quot; Lavrov"))
        #expect(svg.contains("Türkiye – Ankara"))
        #expect(svg.contains("日本"))
    }

    @Test("an HTML-like graph label, as the legend uses, is drawn")
    func htmlLabel() throws {
        let dot = """
            graph "g" {
              graph [label=<<table border="0"><tr><td colspan="2"><b>Title &amp; more</b></td></tr>\
            <tr><td bgcolor="#2E7D32" width="22" height="10" fixedsize="true"></td><td>cooperative</td></tr></table>>];
              "a" -- "b";
            }
            """
        let svg = text(try renderer.render(dot: dot, engine: .neato))
        #expect(svg.contains(">Title &amp; more</text>"))
        #expect(svg.contains(">cooperative</text>"))
        #expect(svg.contains("fill=\"#2e7d32\""))
    }

    @Test("an engine Graphviz does not know is an error naming it")
    func unknownEngine() throws {
        let error = try #require(throws: GraphvizError.self) {
            try renderer.render(dot: sampleDOT, engineNamed: "bogus", formatNamed: "svg")
        }
        #expect(error.stage == .layout)
        #expect(error.message.contains("bogus"))
    }

    @Test("a format Graphviz does not know is an error naming it")
    func unknownFormat() throws {
        let error = try #require(throws: GraphvizError.self) {
            try renderer.render(dot: sampleDOT, engineNamed: "dot", formatNamed: "bogus")
        }
        #expect(error.stage == .render)
        #expect(error.message.contains("bogus"))
    }

    @Test("many renders in parallel finish and agree")
    func parallelRenders() async throws {
        let expected = try renderer.render(dot: sampleDOT, engine: .neato)
        let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for index in 0..<48 {
                group.addTask {
                    let renderer = GraphvizRenderer()
                    if index.isMultiple(of: 4) {
                        // Failures interleaved with successes must not disturb them.
                        #expect(throws: GraphvizError.self) { try renderer.render(dot: "graph { -- }") }
                    }
                    return try renderer.render(dot: sampleDOT, engine: .neato)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 48)
        #expect(results.allSatisfy { $0 == expected })
    }
}

/// `renderPinned`: drawings whose positions are given, such as the map.
@Suite("GraphvizRenderer pinned")
struct GraphvizPinnedRenderTests {
    @Test("nodes stay at their pos, in points, and the background is drawn in the same points")
    func keepsPositions() throws {
        let dot = """
            graph { graph [_background="C 7 -#FF0000 P 3 0 0 10 0 0 10 "];
              node [shape=circle, width=0.2, fixedsize=true, label=""];
              a [pos="0,0!"]; b [pos="300,100!"]; c [pos="-50,20!"]; a -- b; b -- c }
            """
        let svg = text(try GraphvizRenderer().renderPinned(dot: dot))
        for (x, y) in [("0", "0"), ("300", "-100"), ("-50", "-20")] {
            #expect(svg.contains("cx=\"\(x)\" cy=\"\(y)\""), "a node at (\(x), \(y))")
        }
        #expect(svg.contains("points=\"0,0 10,0 0,-10 0,0\""), "the background triangle where it was put")
    }
}
