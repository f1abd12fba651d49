import Foundation

/// The report's "What changed" section in Markdown (`NetworkReport.changes`): each kind of relation change as a
/// table followed by each side's strongest sentence, the rank moves, and the actors of one side only.
extension MarkdownReport {
    func changes(_ report: NetworkReport) -> [String] {
        guard let diff = report.changes else { return [] }
        func name(_ id: String) -> String { Node.displayed(diff.label(of: id)) }
        var blocks = ["## What changed", diff.fromTo { "**" + Self.escape($0) + "**" }]
        guard !diff.isEmpty else { return blocks + [Self.escape(diff.nothingChanged)] }
        let limit = report.relationLimit
        for section in diff.sections(showing: limit) {
            blocks += ["### " + Self.escape(section.title), Self.escape(section.summary) + "."]
            guard !section.changes.isEmpty else { continue }
            blocks.append(Self.table(
                headers: ["Pair", "Sentences", "Stance", "Sign"], rightAligned: [false, true, true, true],
                rows: section.shown.map { change, _ in
                    [name(change.source) + " – " + name(change.target), change.sentenceFigures, change.stanceFigures,
                     change.signFigures]
                }))
            let evidence = section.shown.enumerated().map { index, shown in
                let change = shown.change
                let sides = shown.isRepeat ? [] : [(diff.old.name, change.old), (diff.new.name, change.new)]
                let quotes = sides.compactMap { side, edge in
                    edge.map { edge in
                        "   - " + Self.escape(side) + ": "
                            + (edge.strongestEvidence.map { sentence($0, report) } ?? Self.escape(NetworkDiff.noSentenceKept))
                    }
                }
                let pair = Self.escape(name(change.source) + " – " + name(change.target))
                let item = "\(index + 1). **\(pair)**" + (shown.isRepeat ? " (above)" : "")
                return ([item] + quotes).joined(separator: "\n")
            }
            blocks += ["Evidence:", evidence.joined(separator: "\n")] + more(section.changes.count, limit)
        }
        blocks.append("### Centrality rank by " + diff.measure.rawValue)
        if let failure = diff.rankFailure {
            blocks.append(Self.escape("Not compared: \(failure.reason)."))
        } else if diff.rankMoves.isEmpty {
            blocks.append("No actor of both moved.")
        } else {
            blocks.append("1 is the most central; actors with equal values share a rank.")
            blocks.append(Self.table(
                headers: ["Actor", diff.old.name, diff.new.name, "Move"], rightAligned: [false, true, true, true],
                rows: diff.rankMoves.prefix(limit).map { move in
                    [name(move.id), "\(move.oldRank)", "\(move.newRank)", String(format: "%+d", move.move)]
                }))
            blocks += more(diff.rankMoves.count, limit)
        }
        let oneSided = [(diff.actorsAppeared, diff.new.name), (diff.actorsVanished, diff.old.name)]
        for (ids, side) in oneSided where !ids.isEmpty {
            let names = Self.escape(ids.map(name).joined(separator: ", "))
            blocks.append("**Actors only in \(Self.escape(side)) (\(ids.count)):** " + names)
        }
        return blocks
    }

    /// The line under a list cut to `limit` of its `count` items; none when nothing was cut.
    private func more(_ count: Int, _ limit: Int) -> [String] {
        count > limit ? ["And \(count - limit) more: `graph diff` lists them all."] : []
    }
}
