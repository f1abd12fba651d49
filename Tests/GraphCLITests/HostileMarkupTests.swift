import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// No markup from article text or imported names is live in any output (issue 13): sentences and node names that
/// hold script, event handlers, DOT syntax, a CDATA end and entity tricks come out of the HTML report, the SVG,
/// GraphML and GEXF as the text they were, and the report, opened in Chromium, runs none of them.
@Suite("hostile markup in names and sentences", .serialized)
struct HostileMarkupTests {
    /// Each sets `window.__pwned` if it ever runs, or breaks out of the structure it is written into.
    static let payloads = [
        "<script>window.__pwned=1</script>",
        #"<img src=x onerror="window.__pwned=1">"#,
        #""]; node [label="x"]; a ["#,
        "]]>",
        "&lt;script&gt;window.__pwned=2&lt;/script&gt;",
        "&#60;script&#62;window.__pwned=3&#60;/script&#62;",
    ]

    /// A network built from an article whose two relation sentences carry every payload.
    static func builtNetwork(in folder: URL) throws -> URL {
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let tail = payloads.joined(separator: " and ") + " today."
        let article = """
            Talks in Delhi

            India and Pakistan signed a strategic partnership agreement on \(tail)

            China condemned Japan over \(tail)
            """
        try article.write(to: corpus.appendingPathComponent("hostile.txt"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("built")
        let run = try GraphTool.run(["build", corpus.path, "--out", out.path, "--quiet"])
        guard run.status == 0 else { throw GraphTool.BuildFailed(run: run) }
        return out.appendingPathComponent("network.json")
    }

    /// A network imported from CSV whose node ids and labels are the payloads, tied in a signed ring.
    static func importedNetwork(in folder: URL) throws -> URL {
        func csv(_ field: String) -> String { "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let ring = payloads.indices.map { i in
            [csv(payloads[i]), csv(payloads[(i + 1) % payloads.count]), "2", i % 2 == 0 ? "1" : "-1"]
                .joined(separator: ",")
        }
        let edges = folder.appendingPathComponent("edges.csv")
        try (["source,target,weight,sign"] + ring).joined(separator: "\n").write(to: edges, atomically: true, encoding: .utf8)
        let nodes = folder.appendingPathComponent("nodes.csv")
        let labels = payloads.map { csv($0) + "," + csv("Label " + $0) }
        try (["id,label"] + labels).joined(separator: "\n").write(to: nodes, atomically: true, encoding: .utf8)
        let network = folder.appendingPathComponent("imported.json")
        let run = try GraphTool.run(["import", edges.path, "--nodes", nodes.path, "-o", network.path])
        guard run.status == 0 else { throw GraphTool.BuildFailed(run: run) }
        return network
    }

    static func networks(in folder: URL) throws -> [(name: String, file: URL)] {
        [("built", try builtNetwork(in: folder)), ("imported", try importedNetwork(in: folder))]
    }

    static func export(_ network: URL, format: String, in folder: URL) throws -> Data {
        let file = folder.appendingPathComponent("\(network.deletingPathExtension().lastPathComponent).\(format)")
        let run = try GraphTool.run(["export", "--graph", network.path, "--format", format, "-o", file.path])
        guard run.status == 0 else { throw GraphTool.BuildFailed(run: run) }
        return try Data(contentsOf: file)
    }

    static func nodeCount(of network: URL) throws -> Int {
        let object = try GraphTool.json(String(contentsOf: network, encoding: .utf8))
        return (object["nodes"] as? [Any])?.count ?? -1
    }

    @Test(arguments: ["graphml", "gexf"])
    func xmlExportsHoldThePayloadsAsText(format: String) throws {
        let folder = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, network) in try Self.networks(in: folder) {
            let xml = try XMLContent(Self.export(network, format: format, in: folder))
            #expect(xml.elements.isDisjoint(with: ["script", "img", "a"]), "\(name) \(format): \(xml.elements)")
            #expect(xml.count("node") == (try Self.nodeCount(of: network)), "\(name) \(format)")
            for payload in Self.payloads {
                #expect(xml.values.contains { $0.contains(payload) }, "\(name) \(format) lost \(payload)")
            }
        }
    }

    @Test func theSVGHasNoScriptNoHandlerAndNoInjectedNode() throws {
        let folder = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, network) in try Self.networks(in: folder) {
            let svg = try XMLContent(Self.export(network, format: "svg", in: folder))
            #expect(svg.elements.isDisjoint(with: ["script", "foreignObject", "img", "iframe"]), "\(name): \(svg.elements)")
            #expect(svg.attributes.filter { $0.name.lowercased().hasPrefix("on") }.isEmpty, "\(name)")
            let links = svg.attributes.filter { $0.name.hasSuffix("href") }
            #expect(!links.isEmpty && links.allSatisfy { $0.value.hasPrefix("#") }, "\(name): \(links)")
            #expect(svg.classes["node"] == (try Self.nodeCount(of: network)), "\(name): a node from DOT injection")
        }
    }

    @Test(.enabled(if: Chromium.path != nil, "chromium is not installed (apt-get install chromium): browser check skipped"))
    func theReportRunsNoneOfItInChromium() throws {
        let folder = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, network) in try Self.networks(in: folder) {
            let page = folder.appendingPathComponent("\(name).html")
            let run = try GraphTool.run(["report", "--graph", network.path, "-o", page.path])
            #expect(run.status == 0, "\(run.stderr)")
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(Self.count("<script", in: html) == 1, "the report ships one script of its own")
            let checked = folder.appendingPathComponent("\(name)-checked.html")
            try html.replacingOccurrences(of: "</body>", with: Self.checker + "</body>")
                .write(to: checked, atomically: true, encoding: .utf8)

            let dom = try Chromium.run(["--virtual-time-budget=3000", "--dump-dom"], page: checked)
            let verdict = try #require(Self.verdict(in: dom), "\(name): the checker did not report")
            #expect(verdict["pwned"] is NSNull, "\(name): a payload ran")
            #expect(verdict["scripts"] as? Int == 1, "\(name): only the report's own script")
            #expect((verdict["handlers"] as? [String]) == [], "\(name): \(verdict["handlers"] ?? "")")
            #expect(verdict["embedded"] as? Int == 0, "\(name): img, iframe, object or embed elements")
            let text = verdict["text"] as? String ?? ""
            for payload in Self.payloads {
                #expect(text.contains(payload), "\(name): the page does not show \(payload) as text")
            }
        }
    }

    /// Added to the page under test: after load (and any image error), it records whether a payload ran, the other
    /// scripts, every `on…` attribute or `javascript:` link, embedded elements and the page's text, as
    /// percent-encoded JSON in `<pre id="verdict">`. It holds no `<` or `&`, so it needs no escaping.
    static let checker = """
        <script id="checker">
        window.addEventListener("load", function () { setTimeout(function () {
          var handlers = [];
          document.querySelectorAll("*").forEach(function (el) {
            Array.prototype.forEach.call(el.attributes, function (a) {
              if (/^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value)) handlers.push(el.tagName + " " + a.name);
            });
          });
          var verdict = {
            pwned: window.__pwned === undefined ? null : String(window.__pwned),
            scripts: document.querySelectorAll("script:not(#checker)").length,
            handlers: handlers,
            embedded: document.querySelectorAll("img, iframe, object, embed").length,
            text: document.body.textContent
          };
          var pre = document.createElement("pre");
          pre.id = "verdict";
          pre.textContent = encodeURIComponent(JSON.stringify(verdict));
          document.body.appendChild(pre);
        }, 500); });
        </script>
        """

    static func verdict(in dom: String) -> [String: Any]? {
        guard let match = dom.firstMatch(of: /<pre id="verdict">([^<]*)<\/pre>/),
            let json = String(match.output.1).removingPercentEncoding
        else { return nil }
        return try? GraphTool.json(json)
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}

/// What an XML parser makes of a document: element names, attributes, and every text and attribute value as
/// decoded. Parsing fails for a document that is not well-formed.
final class XMLContent: NSObject, XMLParserDelegate {
    private(set) var elements: Set<String> = []
    private(set) var attributes: [(name: String, value: String)] = []
    /// Each text run and each attribute value, entities decoded.
    private(set) var values: [String] = []
    /// How many elements carry each `class`.
    private(set) var classes: [String: Int] = [:]
    private var counts: [String: Int] = [:]
    private var text = ""

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
    }

    func count(_ element: String) -> Int { counts[element, default: 0] }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        flush()
        elements.insert(name)
        counts[name, default: 0] += 1
        for (key, value) in attributes {
            self.attributes.append((key, value))
            values.append(value)
        }
        if let className = attributes["class"] { classes[className, default: 0] += 1 }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        flush()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    private func flush() {
        if !text.isEmpty { values.append(text) }
        text = ""
    }
}
