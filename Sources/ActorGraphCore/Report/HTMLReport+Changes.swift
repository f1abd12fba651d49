import Foundation

/// The report's "What changed" section in HTML (`NetworkReport.changes`): each kind of relation change as a table
/// with each side's strongest sentence, the rank moves, and the actors of one side only.
extension HTMLReport {
    func changes(_ report: NetworkReport) -> String {
        guard let diff = report.changes else { return "" }
        func e(_ text: String) -> String { XMLEscaping.text(text) }
        func name(_ id: String) -> String { e(Node.displayed(diff.label(of: id))) }
        var html = "<section id=\"changes\">\n<h2>What changed</h2>\n<p>"
            + diff.fromTo { "<strong>\(e($0))</strong>" } + "</p>\n"
        guard !diff.isEmpty else { return html + "<p class=\"none\">\(e(diff.nothingChanged))</p>\n</section>\n" }
        let limit = report.relationLimit
        for section in diff.sections(showing: limit) {
            html += "<h3>\(e(section.title))</h3>\n<p>\(e(section.summary)).</p>\n"
            guard !section.changes.isEmpty else { continue }
            html += """
                <table class="relations changes">
                <thead><tr><th>Pair</th><th class="n">Sentences</th><th class="n">Stance</th><th class="n">Sign</th>\
                <th>Evidence</th></tr></thead>
                <tbody>

                """
            for (change, isRepeat) in section.shown {
                html += "<tr><td class=\"pair\">\(name(change.source)) – \(name(change.target))</td>"
                html += "<td class=\"n\">\(change.sentenceFigures)</td><td class=\"n\">\(change.stanceFigures)</td>"
                html += "<td class=\"n\">\(change.signFigures)</td><td class=\"evidence\">"
                for (side, edge) in [(diff.old.name, change.old), (diff.new.name, change.new)] where !isRepeat {
                    guard let edge else { continue }
                    html += "<div class=\"none\">\(e(side))</div>"
                    html += edge.strongestEvidence.map { evidence($0, report) }
                        ?? "<p class=\"none\">\(e(NetworkDiff.noSentenceKept))</p>"
                }
                html += (isRepeat ? "<p class=\"none\">(above)</p>" : "") + "</td></tr>\n"
            }
            html += "</tbody>\n</table>\n" + more(section.changes.count, limit)
        }
        html += "<h3>Centrality rank by \(e(diff.measure.rawValue))</h3>\n"
        if let failure = diff.rankFailure {
            html += "<p class=\"none\">Not compared: \(e(failure.reason)).</p>\n"
        } else if diff.rankMoves.isEmpty {
            html += "<p>No actor of both moved.</p>\n"
        } else {
            html += """
                <p>1 is the most central; actors with equal values share a rank.</p>
                <table class="ranks">
                <thead><tr><th>Actor</th><th class="n">\(e(diff.old.name))</th><th class="n">\(e(diff.new.name))</th>\
                <th class="n">Move</th></tr></thead>
                <tbody>

                """
            for move in diff.rankMoves.prefix(limit) {
                html += "<tr><td>\(name(move.id))</td><td class=\"n\">\(move.oldRank)</td>"
                html += "<td class=\"n\">\(move.newRank)</td><td class=\"n\">\(String(format: "%+d", move.move))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n" + more(diff.rankMoves.count, limit)
        }
        let oneSided = [(diff.actorsAppeared, diff.new.name), (diff.actorsVanished, diff.old.name)]
        for (ids, side) in oneSided where !ids.isEmpty {
            html += "<p><strong>Actors only in \(e(side)) (\(ids.count)):</strong> "
                + ids.map(name).joined(separator: ", ") + "</p>\n"
        }
        return html + "</section>\n"
    }

    /// The line under a list cut to `limit` of its `count` items; empty when nothing was cut.
    private func more(_ count: Int, _ limit: Int) -> String {
        guard count > limit else { return "" }
        return "<p class=\"none\">And \(count - limit) more: <code>graph diff</code> lists them all.</p>\n"
    }
}
