import Foundation
import Testing

@testable import ActorGraphCore

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The report on the network of the bundled corpus, as a value and rendered as HTML and Markdown.
@Suite("Report")
struct ReportTests {
    static func corpusReport() throws -> (Network, NetworkReport) {
        let network = try ExportFixtures.corpusNetwork()
        return (network, try NetworkReport(network: network))
    }

    /// The diagram `graph build` drew of the same network, committed beside it.
    static func corpusDiagram() throws -> String {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Graphs/network.svg")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test("the strongest relations are the top ten of each sign by weight × |stance|, with their strongest sentences")
    func strongestRelations() throws {
        let (network, report) = try Self.corpusReport()
        for (sign, listed) in [(1, report.cooperative), (-1, report.hostile)] {
            let candidates = network.edges.filter { $0.kind == .relation && $0.sign == sign }
            #expect(listed.count == min(10, candidates.count))
            #expect(!listed.isEmpty)
            let scores = candidates.map { Double($0.weight) * abs($0.stance) }.sorted(by: >)
            #expect(listed.map(\.score) == Array(scores.prefix(listed.count)))
            for relation in listed {
                #expect(relation.edge.sign == sign)
                #expect(relation.score == Double(relation.edge.weight) * abs(relation.edge.stance))
                #expect(relation.sourceLabel == network.node(id: relation.edge.source)?.label)
                #expect(relation.evidence.count == min(2, relation.edge.evidence.count))
                let kept = relation.evidence.map { $0.stance * Double(sign) }
                let left = relation.edge.evidence.filter { !relation.evidence.contains($0) }.map { $0.stance * Double(sign) }
                #expect(kept == kept.sorted(by: >))
                #expect((left.max() ?? -.infinity) <= (kept.min() ?? .infinity))
            }
        }
        let top = try #require(report.cooperative.first)
        #expect([top.edge.source, top.edge.target] == ["IND", "RUS"])
    }

    @Test("counts, dates, centrality rows and triangles come from the network")
    func contents() throws {
        let (network, report) = try Self.corpusReport()
        let relations = network.edges.filter { $0.kind == .relation }
        #expect(report.corpus == network.corpus)
        #expect(report.actorCount == network.nodes.count)
        #expect(report.relationCount == relations.count)
        #expect(report.cooperativeCount + report.hostileCount == relations.filter { $0.sign != 0 }.count)
        #expect(report.membershipCount == network.edges.count - relations.count)
        let dates = network.edges.flatMap { $0.evidence.compactMap(\.date) }
        #expect(report.firstDate == dates.min() && report.lastDate == dates.max())
        #expect(report.title == "ActorGraph: 5 articles, \(dates.min()!) to \(dates.max()!)")

        #expect(Set(report.centrality.map(\.node.id)) == Set(network.nodes.map(\.id)))
        let pageranks = report.centrality.compactMap(\.measures.pagerank)
        #expect(pageranks.count == report.centrality.count && pageranks == pageranks.sorted(by: >))
        #expect(report.centralityFailures.isEmpty)

        let expected = triangles(in: network)
        #expect(Set(report.triangles) == Set(expected) && report.triangles.count == expected.count)
        let ranks = report.triangles.map { $0.balanced == false ? 0 : $0.balanced == true ? 1 : 2 }
        #expect(ranks == ranks.sorted())
        #expect(ranks.first == 0)
        #expect(report.balance == (try SignedGraph(network: network).balanceScores()))
        #expect(report.communities == SignedGraph(network: network).louvainCommunities())
        #expect(try NetworkReport(network: network) == report)
    }

    @Test("the HTML page is well-formed, holds every section, the diagram and full tables")
    func htmlStructure() throws {
        let (network, report) = try Self.corpusReport()
        let html = HTMLReport(diagramSVG: try Self.corpusDiagram()).render(report)
        #expect(html == HTMLReport(diagramSVG: try Self.corpusDiagram()).render(report))
        let page = try XMLOutline(html)
        #expect(page.sectionIDs == ["diagram", "cooperative", "hostile", "centrality", "balance", "communities", "triangles"])
        let charted = (report.cooperative + report.hostile).filter { !$0.edge.timeline.isEmpty }.count
        #expect(page.count("svg") == 1 + charted, "the diagram and a small chart per relation with dated sentences")
        #expect(page.count("script") == 1)
        #expect(page.rows(ofTable: "relations cooperative") == report.cooperative.count)
        #expect(page.rows(ofTable: "relations hostile") == report.hostile.count)
        #expect(page.rows(ofTable: "sortable centrality") == network.nodes.count)
        #expect(page.rows(ofTable: "triangles") == report.triangles.count)
        #expect(page.count("mark") > 0)
        let top = report.cooperative[0]
        #expect(page.text.contains("\(top.sourceLabel) – \(top.targetLabel)"))
        #expect(page.text.contains(top.evidence[0].text))
        #expect(page.text.contains("\(report.balance.frustration.count) ties"))
        let community = try #require(report.communities.communities.first { $0.count > 1 })
        #expect(page.text.contains(community.map(report.label(of:)).joined(separator: ", ")))
    }

    @Test("the HTML page refers to nothing outside itself")
    func htmlSelfContained() throws {
        let (_, report) = try Self.corpusReport()
        let html = HTMLReport(diagramSVG: try Self.corpusDiagram()).render(report)
        let urls = html.matches(of: /https?:\/\/[^\s"'<>)]*/).map { String($0.output) }
        #expect(Set(urls).isSubset(of: ["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"]))
        #expect(!html.contains("<!DOCTYPE svg"))
        #expect(!html.contains("<?xml"))
        #expect(html.firstMatch(of: /<(link|img|iframe)\b|\bsrc=|url\(|@import/) == nil)
    }

    @Test("labels and sentences are escaped, so the page still parses and shows them as written")
    func htmlEscaping() throws {
        let network = ExportFixtures.awkwardNetwork()
        let html = HTMLReport().render(try NetworkReport(network: network))
        let page = try XMLOutline(html)
        #expect(page.text.contains(ExportFixtures.awkwardLabel))
        #expect(page.text.contains("Côte d’Ivoire & ECOWAS signed <a pact>"))
        #expect(page.count("a") == 0 && page.count("script") == 1)
        #expect(page.marked == ["signed"])
        #expect(!html.contains("\u{7}"))
        #expect(page.sectionIDs.first == "cooperative")
    }

    @Test("every Markdown table has as many cells in each row as in its header")
    func markdownTables() throws {
        let (network, report) = try Self.corpusReport()
        let markdown = MarkdownReport(diagramPath: "report diagram.svg").render(report)
        #expect(markdown.contains("![Diagram of the network](<report diagram.svg>)"))
        let tables = Self.tables(in: markdown)
        #expect(tables.count == 5)
        for table in tables {
            let widths = table.map(Self.cellCount)
            #expect(Set(widths).count == 1, "\(table[0])")
            #expect(table[1].allSatisfy { "|-: ".contains($0) })
        }
        #expect(tables[2].count == 2 + network.nodes.count)
        #expect(markdown.contains("**\(MarkdownReport.escape(report.cooperative[0].sourceLabel))"))

        let awkward = Node(id: "AWK", label: "A | B *bold* <b>", kind: .organization)
        var nodes = ExportFixtures.awkwardNetwork().nodes
        nodes.append(awkward)
        let edges = ExportFixtures.awkwardNetwork().edges + [
            Edge(source: "AWK", target: "CIV", kind: .relation, weight: 2, positive: 2, stance: 0.5, sign: 1),
        ]
        let odd = MarkdownReport().render(try NetworkReport(network: Network(corpus: .init(documents: 1, sentences: 1), nodes: nodes, edges: edges)))
        #expect(odd.contains(#"A \| B \*bold\* &lt;b&gt;"#))
        #expect(!odd.contains("!["))
        for table in Self.tables(in: odd) {
            #expect(Set(table.map(Self.cellCount)).count == 1, "\(table[0])")
        }
    }

    @Test("the words marked are those at the cue's range, negator and quotes left out", arguments: [
        ("Diplomats said Russia will aid India.", "aid", "aid"),
        ("Washington imposed sanctions on Tehran.", "impose* sanctions", "imposed sanctions"),
        ("Russia’s ‘trusted partner’ India.", "trusted partner", "trusted partner"),
        ("China did not condemn Côte d’Ivoire’s anti-India stance.", "anti-*", "anti-India"),
    ])
    func cueHighlight(text: String, cue: String, marked: String) throws {
        let range = ExportFixtures.bytes(of: marked, in: text)
        let evidence = Evidence(document: "d", sentence: 1, stance: 1, cue: cue, cueRange: range, text: text)
        let cut = try #require(CueHighlight(evidence))
        #expect(cut.cue == marked)
        #expect(cut.before + cut.cue + cut.after == text)
    }

    /// A file written before cues' places were stored: nothing is marked, and the reports name the cue instead.
    @Test("a cue without a range is not marked")
    func cueNotFound() {
        #expect(CueHighlight(Evidence(document: "d", sentence: 1, stance: 1, cue: "aid", text: "Russia aids India.")) == nil)
        #expect(CueHighlight(Evidence(document: "d", sentence: 1, stance: 1, cueRange: 0..<6, text: "Russia")) == nil)
    }

    /// The pipe tables of a Markdown text: runs of lines that start with `|`.
    static func tables(in markdown: String) -> [[String]] {
        var tables: [[String]] = []
        var current: [String] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("|") { current.append(line) } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }

    /// The cells of a table row: its unescaped `|` separators, less one.
    static func cellCount(_ row: String) -> Int {
        var count = 0
        var escaped = false
        for character in row {
            if character == "|", !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count - 1
    }
}

/// What a test needs of a parsed page: element counts, section ids, rows per table, marked words and all text.
final class XMLOutline: NSObject, XMLParserDelegate {
    private(set) var counts: [String: Int] = [:]
    private(set) var sectionIDs: [String] = []
    private(set) var marked: [String] = []
    private(set) var text = ""
    private var tableRows: [String: Int] = [:]
    private var tables: [String] = []
    private var inBody = 0
    private var markText: String?

    init(_ xml: String) throws {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw parser.parserError ?? CocoaError(.coderReadCorrupt)
        }
    }

    func count(_ element: String) -> Int { counts[element, default: 0] }

    /// Body rows of the tables with this `class`, summed over those tables.
    func rows(ofTable className: String) -> Int { tableRows[className, default: 0] }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        counts[name, default: 0] += 1
        switch name {
        case "section": sectionIDs.append(attributes["id"] ?? "")
        case "table": tables.append(attributes["class"] ?? "")
        case "tbody": inBody += 1
        case "tr" where inBody > 0: tableRows[tables.last ?? "", default: 0] += 1
        case "mark": markText = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "table": tables.removeLast()
        case "tbody": inBody -= 1
        case "mark":
            marked.append(markText ?? "")
            markText = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
        markText? += string
    }
}
