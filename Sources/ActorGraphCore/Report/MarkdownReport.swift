import Foundation

/// Renders a `NetworkReport` as GitHub-flavoured Markdown, for pasting into a document or an issue.
///
/// The same sections as `HTMLReport`, as pipe tables; the evidence follows each relation table as a numbered
/// list, since a sentence reads badly inside a table cell. The diagram is an image link to `diagramPath` (for
/// example the `network.svg` that `graph build` writes) and is left out without one. Triangles: the unbalanced
/// ones are listed, the others counted.
///
/// ```swift
/// let text = MarkdownReport(diagramPath: "network.svg").render(try NetworkReport(network: network))
/// ```
public struct MarkdownReport: Sendable {
    /// Where the diagram is, relative to the Markdown file; nil leaves it out.
    public var diagramPath: String?

    public init(diagramPath: String? = nil) {
        self.diagramPath = diagramPath
    }

    /// The report as Markdown text. The same report gives the same text.
    public func render(_ report: NetworkReport) -> String {
        var blocks = ["# " + Self.escape(report.title), summary(report)]
        if let diagramPath {
            blocks.append("![Diagram of the network](\(Self.destination(diagramPath)))")
        }
        blocks += changes(report)
        blocks += relations(report.cooperative, heading: "Strongest cooperative relations", report)
        blocks += relations(report.hostile, heading: "Strongest hostile relations", report)
        blocks += centrality(report)
        blocks += balance(report)
        blocks += communities(report)
        blocks += triangles(report)
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func summary(_ report: NetworkReport) -> String {
        var text = "\(report.corpus.documents) articles, \(report.corpus.sentences) sentences; "
            + "\(report.actorCount) actors, \(report.relationCount) relations (\(report.cooperativeCount) cooperative, "
            + "\(report.hostileCount) hostile), \(report.membershipCount) memberships."
        if let first = report.firstDate, let last = report.lastDate {
            text += first == last ? " Evidence dated \(first)." : " Evidence dated \(first) to \(last)."
        }
        return text
    }

    private func relations(_ relations: [NetworkReport.Relation], heading: String, _ report: NetworkReport) -> [String] {
        guard !relations.isEmpty else { return ["## " + heading, "None in this network."] }
        let rows = relations.enumerated().map { index, relation in
            let edge = relation.edge
            return [
                "\(index + 1)", relation.sourceLabel + " – " + relation.targetLabel, "\(edge.weight)",
                "\(edge.positive) / \(edge.negative)", ReportNumber.signed(edge.stance),
                ReportNumber.fixed(relation.score, digits: 2),
            ]
        }
        let table = Self.table(
            headers: ["#", "Pair", "Sentences", "+ / −", "Stance", "Score"],
            rightAligned: [true, false, true, true, true, true], rows: rows)
        let evidence = relations.enumerated().map { index, relation in
            let quotes = relation.evidence.map { "   - " + sentence($0, report) }
            let name = Self.escape(relation.sourceLabel + " – " + relation.targetLabel)
            return (["\(index + 1). **\(name)**"] + quotes).joined(separator: "\n")
        }
        return ["## " + heading, table, "Evidence:", evidence.joined(separator: "\n")]
    }

    /// The sentence with its cue in bold, then where it comes from.
    func sentence(_ evidence: Evidence, _ report: NetworkReport) -> String {
        let text: String
        if let cut = CueHighlight(evidence) {
            text = Self.escape(cut.before) + "**" + Self.escape(cut.cue) + "**" + Self.escape(cut.after)
        } else {
            text = Self.escape(evidence.text) + (evidence.writtenCue.map { " (cue: " + Self.escape($0) + ")" } ?? "")
        }
        let source = [evidence.document, evidence.date].compactMap { $0 }.joined(separator: ", ")
        let people = report.people(of: evidence).map { ", through " + Self.escape($0) } ?? ""
        return text + " — _" + Self.escape(source) + ", sentence \(evidence.sentence)" + people + "_"
    }

    private func centrality(_ report: NetworkReport) -> [String] {
        let measures = CentralityMeasure.allCases
        let rows = report.centrality.map { row in
            [row.node.label, row.node.kind.rawValue] + measures.map { measure in
                let value = row.measures[measure]
                return ReportNumber.measure(value, of: measure)
            }
        }
        let table = Self.table(
            headers: ["Actor", "Kind"] + measures.map(\.rawValue),
            rightAligned: [false, false] + measures.map { _ in true }, rows: rows)
        let order = report.centrality.first?.measures.pagerank == nil ? "By id." : "By PageRank, highest first."
        return ["## Centrality", order, table]
            + ReportNumber.failures(report.centralityFailures).map(Self.escape)
    }

    private func balance(_ report: NetworkReport) -> [String] {
        let scores = report.balance
        let frustration = scores.frustration
        let census = TriangleCensus.patterns.map { "\($0) \(scores.triangles[$0] ?? 0)" }.joined(separator: ", ")
        let table = Self.table(
            headers: ["Measure", "Value"], rightAligned: [false, false],
            rows: [
                ["Signed triangles", "\(scores.triangles.total) (\(census))"],
                ["Triangle balance", "\(ReportNumber.optional(scores.triangleBalance)) strict, "
                    + "\(ReportNumber.optional(scores.weakTriangleBalance)) weak"],
                ["Walk balance", ReportNumber.optional(scores.walkBalance)],
                ["Frustration", "\(frustration.count) ties (balance \(ReportNumber.optional(scores.frustrationBalance)), "
                    + (frustration.method == .exact ? "exact)" : "local-search bound)")],
            ])
        var blocks = ["## Balance", table]
        for (index, camp) in frustration.camps.enumerated() where !camp.isEmpty {
            blocks.append("**Camp \(index + 1):** " + Self.escape(camp.map(report.label(of:)).joined(separator: ", ")))
        }
        if !frustration.frustratedTies.isEmpty {
            let ties = frustration.frustratedTies.map { "- " + Self.escape(report.label(of: $0[0]) + " – " + report.label(of: $0[1])) }
            blocks.append("Ties that break the split:\n\n" + ties.joined(separator: "\n"))
        }
        return blocks
    }

    private func communities(_ report: NetworkReport) -> [String] {
        let partition = report.communities
        let groups = partition.communities.filter { $0.count > 1 }
        let alone = partition.communities.count - groups.count
        let lines = groups.enumerated().map { index, group in
            "\(index + 1). " + Self.escape(group.map(report.label(of:)).joined(separator: ", "))
        }
        return [
            "## Communities of cooperation",
            "Louvain on the cooperative ties and memberships; modularity \(ReportNumber.optional(partition.modularity)). "
                + "\(alone) actor\(alone == 1 ? "" : "s") in no community.",
        ] + (lines.isEmpty ? [] : [lines.joined(separator: "\n")])
    }

    private func triangles(_ report: NetworkReport) -> [String] {
        let unbalanced = report.triangles.filter { $0.balanced == false }
        let balanced = report.triangles.filter { $0.balanced == true }.count
        let neutral = report.triangles.count - unbalanced.count - balanced
        var blocks = [
            "## Triangles",
            "\(report.triangles.count) triangles: \(unbalanced.count) unbalanced (listed), \(balanced) balanced, "
                + "\(neutral) with a neutral tie.",
        ]
        if !unbalanced.isEmpty {
            let rows = unbalanced.map { [$0.pattern, $0.nodes.map(report.label(of:)).joined(separator: " · ")] }
            blocks.append(Self.table(headers: ["Signs", "Actors"], rightAligned: [false, false], rows: rows))
        }
        return blocks
    }

    /// A pipe table; every cell escaped, so a `|` in a name cannot split a row.
    static func table(headers: [String], rightAligned: [Bool], rows: [[String]]) -> String {
        let line = { (cells: [String]) in "| " + cells.map(escape).joined(separator: " | ") + " |" }
        let rule = "|" + rightAligned.map { $0 ? " ---: |" : " --- |" }.joined()
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
    }

    /// `text` with Markdown's inline syntax and HTML's angle brackets made literal, and line breaks folded, so it
    /// reads the same as plain text and stays on its line (or in its table cell).
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "~": out += "\\" + String(character)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\r\n", "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// A link destination: in angle brackets when it has spaces or parentheses, as CommonMark allows.
    static func destination(_ path: String) -> String {
        path.contains(where: { " ()".contains($0) }) ? "<" + path.replacingOccurrences(of: ">", with: "%3E") + ">" : path
    }
}
