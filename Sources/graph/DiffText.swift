import ActorGraphCore
import Foundation

/// `graph diff` for a person: one section per kind of change, each relation with its strongest sentence on each
/// side that has it (the first time it is listed: a relation may be in the stance and the weight section), the rank
/// moves as a table. At most `limit` items of each kind; the rest are counted.
struct DiffText {
    var diff: NetworkDiff
    var limit: Int

    func render() -> String {
        let (old, new) = (diff.old, diff.new)
        let head = "What changed from \(old.name) to \(new.name)\n"
            + "\(old.name): \(count(old.actors, "actor")), \(count(old.relations, "relation")); "
            + "\(new.name): \(count(new.actors, "actor")), \(count(new.relations, "relation"))"
        if diff.isEmpty { return head + "\n\n" + Format.wrap(diff.nothingChanged) }
        var blocks = [head]
        blocks += diff.sections(showing: limit).map(section)
        blocks.append(ranks())
        blocks.append(actors(diff.actorsAppeared, "Actors only in \(new.name)"))
        blocks.append(actors(diff.actorsVanished, "Actors only in \(old.name)"))
        let listed = [diff.appeared, diff.vanished, diff.flipped, diff.stanceChanges, diff.weightChanges]
            .flatMap { $0.prefix(limit) }
        if listed.contains(where: { change in
            [change.old, change.new].contains { $0 != nil && $0?.strongestEvidence == nil }
        }) {
            blocks.append(
                Format.wrap(
                    "(none kept): the relation has sentences there, but the network keeps only each relation's "
                        + "strongest few (5 unless built with --evidence N), chosen over all its sentences; "
                        + "`graph build --evidence all` keeps every one."))
        }
        return blocks.joined(separator: "\n\n")
    }

    private func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }

    /// A heading, then the changes shown, each with its sentences unless shown above, then how many more there are.
    private func section(_ section: NetworkDiff.Section) -> String {
        let changes = section.changes
        var lines = ["\(section.title): \(section.summary)" + (changes.isEmpty ? "." : ":")]
        for (change, isRepeat) in section.shown {
            lines.append(Format.wrap("  " + summary(of: change), indent: "    "))
            guard !isRepeat else { continue }
            for (side, edge) in [(diff.old.name, change.old), (diff.new.name, change.new)] {
                guard let edge else { continue }
                lines.append(sentence(edge.strongestEvidence, side: side))
            }
        }
        if changes.count > limit {
            lines.append("  and \(changes.count - limit) more (--top \(changes.count) lists them all)")
        }
        return lines.joined(separator: "\n")
    }

    /// "India – Russia: 7 → 17 sentences, stance -0.04 → 0.40 (+0.44), sign 0 → +", or one side's figures alone.
    private func summary(of change: NetworkDiff.Change) -> String {
        let pair = Node.displayed(diff.label(of: change.source)) + " – " + Node.displayed(diff.label(of: change.target))
        func stance(_ edge: Edge) -> String { Format.number(edge.stance, digits: 2) }
        switch (change.old, change.new) {
        case let (old?, new?):
            let delta = change.stanceChange.map { $0 == 0 ? "" : " (\(Self.signed($0)))" } ?? ""
            return "\(pair): \(old.weight) → \(count(new.weight, "sentence")), stance \(stance(old)) → "
                + "\(stance(new))\(delta), sign \(Format.sign(old.sign)) → \(Format.sign(new.sign))"
        case let (edge?, nil), let (nil, edge?):
            return "\(pair): \(count(edge.weight, "sentence")), stance \(stance(edge)), sign \(Format.sign(edge.sign))"
        case (nil, nil):
            return pair
        }
    }

    /// One side's strongest sentence, its cue in [brackets], and where it comes from.
    private func sentence(_ evidence: Evidence?, side: String) -> String {
        guard let evidence else { return Format.wrap("    \(side): (none kept)", indent: "      ") }
        let place = [evidence.document + " #\(evidence.sentence)", evidence.date].compactMap { $0 }
            .joined(separator: ", ")
        return Format.wrap(
            "    \(side): " + EdgeQuery.highlight(evidence) + " (\(place), stance "
                + Format.number(evidence.stance, digits: 2) + ")",
            indent: "      ")
    }

    private func ranks() -> String {
        let heading = "Centrality rank by \(diff.measure.rawValue) (1 = most central)"
        if let failure = diff.rankFailure {
            return heading + ": not compared, \(failure.reason)."
        }
        let moves = diff.rankMoves
        guard !moves.isEmpty else { return heading + ": no actor of both moved." }
        var table = Table(
            headers: ["actor", diff.old.name, diff.new.name, "move"], alignments: [.left, .right, .right, .right])
        for move in moves.prefix(limit) {
            table.rows.append([
                diff.label(of: move.id), "\(move.oldRank)", "\(move.newRank)", String(format: "%+d", move.move),
            ])
        }
        var text = heading + ": \(count(moves.count, "actor")) of both moved\n" + table.render()
        if moves.count > limit { text += "\nand \(moves.count - limit) more (--top \(moves.count) lists them all)" }
        return text
    }

    private func actors(_ ids: [String], _ heading: String) -> String {
        guard !ids.isEmpty else { return heading + ": none." }
        let names = ids.prefix(limit).map { Node.displayed(diff.label(of: $0)) }.joined(separator: ", ")
        let more = ids.count > limit ? " and \(ids.count - limit) more" : ""
        return Format.wrap("\(heading) (\(ids.count)): \(names)\(more).")
    }

    private static func signed(_ value: Double) -> String {
        String(format: "%+.2f", value)
    }
}
