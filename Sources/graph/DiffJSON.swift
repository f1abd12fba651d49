import ActorGraphCore

/// `graph diff --json`: every list cut to `limit` items, with the full counts under `counts`, so a script can tell
/// a short list from a cut one. The fields are described in the README's Commands table.
enum DiffJSON {
    static func value(of diff: NetworkDiff, limit: Int) -> JSONValue {
        func changes(_ list: [NetworkDiff.Change]) -> JSONValue {
            .array(list.prefix(limit).map { value(of: $0, in: diff) })
        }
        let counts: [(String, JSONValue?)] = [
            ("appeared", .int(diff.appeared.count)),
            ("vanished", .int(diff.vanished.count)),
            ("flipped", .int(diff.flipped.count)),
            ("stance", .int(diff.stanceChanges.count)),
            ("weight", .int(diff.weightChanges.count)),
            ("ranks", .int(diff.rankMoves.count)),
            ("actors_appeared", .int(diff.actorsAppeared.count)),
            ("actors_vanished", .int(diff.actorsVanished.count)),
        ]
        let ranks: [JSONValue] = diff.rankMoves.prefix(limit).map { move in
            .object([
                ("id", .string(move.id)),
                ("label", .string(diff.label(of: move.id))),
                ("old_rank", .int(move.oldRank)),
                ("new_rank", .int(move.newRank)),
                ("move", .int(move.move)),
            ])
        }
        let fields: [(String, JSONValue?)] = [
            ("old", value(of: diff.old)),
            ("new", value(of: diff.new)),
            ("changed", .bool(!diff.isEmpty)),
            ("counts", .object(counts)),
            ("appeared", changes(diff.appeared)),
            ("vanished", changes(diff.vanished)),
            ("flipped", changes(diff.flipped)),
            ("stance", changes(diff.stanceChanges)),
            ("weight", changes(diff.weightChanges)),
            ("measure", .string(diff.measure.rawValue)),
            ("ranks", .array(ranks)),
            ("actors_appeared", .array(diff.actorsAppeared.prefix(limit).map(JSONValue.string))),
            ("actors_vanished", .array(diff.actorsVanished.prefix(limit).map(JSONValue.string))),
            ("failures", AnalysisJSON.value(of: diff.rankFailure.map { [$0] } ?? [])),
        ]
        return .object(fields)
    }

    private static func value(of side: NetworkDiff.Side) -> JSONValue {
        .object([("name", .string(side.name)), ("actors", .int(side.actors)), ("relations", .int(side.relations))])
    }

    /// The pair, each side's counts with its strongest sentence (`null` for a side without the relation), and the
    /// changes.
    private static func value(of change: NetworkDiff.Change, in diff: NetworkDiff) -> JSONValue {
        func side(_ edge: Edge?) -> JSONValue {
            guard let edge else { return .null }
            return .object([
                ("weight", .int(edge.weight)),
                ("positive", .int(edge.positive)),
                ("negative", .int(edge.negative)),
                ("stance", .double(edge.stance)),
                ("sign", .int(edge.sign)),
                ("evidence", edge.strongestEvidence.map(NetworkJSON.value(of:)) ?? .null),
            ])
        }
        return .object([
            ("source", .string(change.source)),
            ("target", .string(change.target)),
            ("source_label", .string(diff.label(of: change.source))),
            ("target_label", .string(diff.label(of: change.target))),
            ("old", side(change.old)),
            ("new", side(change.new)),
            ("weight_change", .int(change.weightChange)),
            ("stance_change", change.stanceChange.map(JSONValue.double) ?? .null),
        ])
    }
}
