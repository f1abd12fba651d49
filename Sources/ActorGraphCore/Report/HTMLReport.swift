import Foundation

/// Renders a `NetworkReport` as one self-contained HTML page: the diagram inline as SVG, the styles and the few
/// lines of script that sort the centrality table inline too, and no reference to anything outside the file, so
/// it opens offline and can be mailed as it is.
///
/// ```swift
/// let svg = try GraphvizRenderer().render(dot: DOTWriter().write(network), engine: .neato, format: .svg)
/// let page = HTMLReport(diagramSVG: String(decoding: svg, as: UTF8.self)).render(try NetworkReport(network: network))
/// ```
///
/// Every text from the network (labels, sentences, document names) is escaped. The SVG is taken as it is,
/// from its `<svg` tag on: the XML declaration and doctype before it have no place inside HTML. Empty elements
/// are closed (`<meta …/>`) and the style and script hold no `<` or `&`, so the page is well-formed XML as well
/// as HTML: a test, or a reader's script, can parse it with any XML parser.
public struct HTMLReport: Sendable {
    /// The diagram, an SVG document (Graphviz's output); nil leaves the diagram out.
    public var diagramSVG: String?
    /// The map (`DOTWriter.atlas`), an SVG document, offered beside the diagram; nil for none.
    public var mapSVG: String?
    /// Triangles shown in the open table; the rest are folded under a summary line.
    public var openTriangleLimit: Int

    public init(diagramSVG: String? = nil, mapSVG: String? = nil, openTriangleLimit: Int = 25) {
        self.diagramSVG = diagramSVG
        self.mapSVG = mapSVG
        self.openTriangleLimit = openTriangleLimit
    }

    /// The page, as UTF-8 text. The same report and diagram give the same text.
    public func render(_ report: NetworkReport) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(e(report.title))</title>
            <style>\(Self.style)\n\(Self.viewsStyle)</style>
            </head>
            <body>
            <header>
            <h1>\(e(report.title))</h1>
            \(summary(report))
            </header>
            <main>

            """
        if let diagram = diagramSVG.map(Self.inlineSVG) {
            html += diagramSection(diagram: diagram, map: mapSVG.map(Self.inlineSVG))
        }
        html += changes(report)
        html += relations(report.cooperative, id: "cooperative", heading: "Strongest cooperative relations", report)
        html += relations(report.hostile, id: "hostile", heading: "Strongest hostile relations", report)
        html += centrality(report)
        html += balance(report)
        html += communities(report)
        html += triangles(report)
        html += """
            </main>
            <footer>Made by ActorGraph. Relations rank by sentences × |stance|; click a column heading of the \
            centrality table to sort by it.</footer>
            <script>\(Self.script)</script>
            </body>
            </html>

            """
        return html
    }

    private func e(_ text: String) -> String { XMLEscaping.text(text) }

    private func summary(_ report: NetworkReport) -> String {
        var facts = [
            ("articles", "\(report.corpus.documents)"), ("sentences", "\(report.corpus.sentences)"),
            ("actors", "\(report.actorCount)"), ("relations", "\(report.relationCount)"),
            ("cooperative", "\(report.cooperativeCount)"), ("hostile", "\(report.hostileCount)"),
            ("memberships", "\(report.membershipCount)"),
        ]
        if let first = report.firstDate, let last = report.lastDate {
            facts.append(("dated evidence", first == last ? first : "\(first) – \(last)"))
        }
        let items = facts.map { "<div><dt>\(e($0.0))</dt><dd>\(e($0.1))</dd></div>" }
        return "<dl class=\"facts\">" + items.joined() + "</dl>"
    }

    private func relations(
        _ relations: [NetworkReport.Relation], id: String, heading: String, _ report: NetworkReport
    ) -> String {
        var html = "<section id=\"\(id)\">\n<h2>\(e(heading))</h2>\n"
        guard !relations.isEmpty else { return html + "<p class=\"none\">None in this network.</p>\n</section>\n" }
        html += """
            <table class="relations \(id)">
            <thead><tr><th>#</th><th>Pair</th><th class="n">Sentences</th><th class="n">+ / −</th>\
            <th class="n">Stance</th><th class="n">Score</th><th>Evidence</th></tr></thead>
            <tbody>

            """
        for (index, relation) in relations.enumerated() {
            let edge = relation.edge
            let pair = "\(e(relation.sourceLabel)) – \(e(relation.targetLabel))"
            html += "<tr><td class=\"n\">\(index + 1)</td><td class=\"pair\">\(pair)\(trend(of: relation, in: report))</td>"
            html += "<td class=\"n\">\(edge.weight)</td><td class=\"n\">\(edge.positive) / \(edge.negative)</td>"
            html += "<td class=\"n\">\(ReportNumber.signed(edge.stance))</td>"
            html += "<td class=\"n\">\(ReportNumber.fixed(relation.score, digits: 2))</td>"
            html += "<td class=\"evidence\">" + relation.evidence.map { evidence($0, report) }.joined() + "</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    func evidence(_ evidence: Evidence, _ report: NetworkReport) -> String {
        let sentence: String
        if let cut = CueHighlight(evidence) {
            sentence = e(cut.before) + "<mark>" + e(cut.cue) + "</mark>" + e(cut.after)
        } else {
            sentence = e(evidence.text)
                + (evidence.writtenCue.map { " <span class=\"cue\">(cue: \(e($0)))</span>" } ?? "")
        }
        let source = [evidence.document, evidence.date].compactMap { $0 }.joined(separator: ", ")
        return "<blockquote><p>\(sentence)</p><cite>\(e(source)) · sentence \(evidence.sentence) · stance "
            + "\(ReportNumber.signed(evidence.stance))"
            + (report.people(of: evidence).map { " · through " + e($0) } ?? "") + "</cite></blockquote>"
    }

    private func centrality(_ report: NetworkReport) -> String {
        let measures = CentralityMeasure.allCases
        var html = """
            <section id="centrality">
            <h2>Centrality</h2>
            <table class="sortable centrality">
            <thead><tr><th data-type="text">Actor</th><th data-type="text">Kind</th>
            """
        for measure in measures {
            let sorted = measure == .pagerank ? " aria-sort=\"descending\"" : ""
            html += "<th class=\"n\" data-type=\"number\"\(sorted)>\(e(measure.rawValue))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in report.centrality {
            let name = e(row.node.label)
            html += "<tr><td data-value=\"\(XMLEscaping.attribute(row.node.label))\">\(name)</td>"
            html += "<td data-value=\"\(row.node.kind.rawValue)\">\(row.node.kind.rawValue)</td>"
            for measure in measures {
                let value = row.measures[measure]
                let shown = ReportNumber.measure(value, of: measure)
                html += "<td class=\"n\" data-value=\"\(value.map { "\($0)" } ?? "")\">\(shown)</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        for failure in ReportNumber.failures(report.centralityFailures) {
            html += "<p class=\"none\">\(e(failure))</p>\n"
        }
        return html + "</section>\n"
    }

    private func balance(_ report: NetworkReport) -> String {
        let scores = report.balance
        let frustration = scores.frustration
        let census = TriangleCensus.patterns.map { "\($0) \(scores.triangles[$0] ?? 0)" }.joined(separator: ", ")
        let method = frustration.method == .exact ? "exact" : "local-search bound"
        var html = """
            <section id="balance">
            <h2>Balance</h2>
            <table class="scores">
            <tbody>
            <tr><th>Signed triangles</th><td>\(scores.triangles.total) (\(census))</td></tr>
            <tr><th>Triangle balance</th><td>\(ReportNumber.optional(scores.triangleBalance)) strict, \
            \(ReportNumber.optional(scores.weakTriangleBalance)) weak</td></tr>
            <tr><th>Walk balance</th><td>\(ReportNumber.optional(scores.walkBalance))</td></tr>
            <tr><th>Frustration</th><td>\(frustration.count) ties (balance \
            \(ReportNumber.optional(scores.frustrationBalance)), \(method))</td></tr>
            </tbody>
            </table>
            <div class="camps">

            """
        for (index, camp) in frustration.camps.enumerated() where !camp.isEmpty {
            let names = camp.map { e(report.label(of: $0)) }.joined(separator: ", ")
            html += "<div class=\"camp\"><h3>Camp \(index + 1) (\(camp.count))</h3><p>\(names)</p></div>\n"
        }
        html += "</div>\n"
        if !frustration.frustratedTies.isEmpty {
            let ties = frustration.frustratedTies.map { tie in
                "<li>\(e(report.label(of: tie[0]))) – \(e(report.label(of: tie[1])))</li>"
            }
            html += "<h3>Ties that break the split</h3>\n<ul class=\"ties\">" + ties.joined() + "</ul>\n"
        }
        return html + "</section>\n"
    }

    private func communities(_ report: NetworkReport) -> String {
        let partition = report.communities
        let groups = partition.communities.filter { $0.count > 1 }
        let alone = partition.communities.count - groups.count
        var html = """
            <section id="communities">
            <h2>Communities of cooperation</h2>
            <p>Louvain on the cooperative ties and memberships; modularity \(ReportNumber.optional(partition.modularity)). \
            \(alone) actor\(alone == 1 ? "" : "s") in no community.</p>
            <div class="camps">

            """
        for (index, group) in groups.enumerated() {
            let names = group.map { e(report.label(of: $0)) }.joined(separator: ", ")
            html += "<div class=\"camp\"><h3>Community \(index + 1) (\(group.count))</h3><p>\(names)</p></div>\n"
        }
        return html + "</div>\n</section>\n"
    }

    private func triangles(_ report: NetworkReport) -> String {
        let all = report.triangles
        let unbalanced = all.filter { $0.balanced == false }.count
        let balanced = all.filter { $0.balanced == true }.count
        var html = """
            <section id="triangles">
            <h2>Triangles</h2>
            <p>\(all.count) triangles: \(unbalanced) unbalanced, \(balanced) balanced, \
            \(all.count - unbalanced - balanced) with a neutral tie. Unbalanced first.</p>

            """
        let open = all.prefix(openTriangleLimit)
        let folded = all.dropFirst(openTriangleLimit)
        html += triangleTable(Array(open), report)
        if !folded.isEmpty {
            html += "<details><summary>The other \(folded.count) triangles</summary>\n"
            html += triangleTable(Array(folded), report) + "</details>\n"
        }
        return html + "</section>\n"
    }

    private func triangleTable(_ triangles: [Triangle], _ report: NetworkReport) -> String {
        var html = "<table class=\"triangles\">\n<thead><tr><th>Signs</th><th>Balanced</th><th>Actors</th></tr></thead>\n<tbody>\n"
        for triangle in triangles {
            let verdict = triangle.balanced.map { $0 ? "yes" : "no" } ?? "–"
            let names = triangle.nodes.map { e(report.label(of: $0)) }.joined(separator: " · ")
            let signs = triangle.pattern.map { sign in
                sign == "+" ? "<span class=\"plus\">+</span>" : sign == "-" ? "<span class=\"minus\">−</span>" : "0"
            }.joined()
            html += "<tr><td class=\"signs\">\(signs)</td><td>\(verdict)</td><td>\(names)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The SVG from its root element on; an SVG document without one is left out.
    static func inlineSVG(_ document: String) -> String {
        guard let start = document.range(of: "<svg") else { return "" }
        return String(document[start.lowerBound...]).trimmingTrailingWhitespace()
    }
}

extension String {
    fileprivate func trimmingTrailingWhitespace() -> String {
        var text = self
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }
}
