/// What changed from one network to another: the relations that appeared or vanished, the signs that flipped, the
/// largest changes of stance and weight, and the actors whose centrality rank moved most; each relation with the
/// sentences that show it. The two networks are two builds (`graph diff OLD.json NEW.json`) or two periods of one
/// (`Network.restricted(toDates:)`, `graph diff --between 2021 2023`).
///
/// ```swift
/// let diff = NetworkDiff(old: network.restricted { $0.hasPrefix("2021") }, oldName: "2021",
///                        new: network.restricted { $0.hasPrefix("2023") }, newName: "2023")
/// diff.flipped.first?.new?.strongestEvidence?.text  // the sentence that shows the new sign best
/// ```
///
/// Only relation edges are compared; memberships count in the centrality ranks, as in every measure. Each list
/// holds every change of its kind, largest first, and a relation is in at most one of `appeared`, `vanished`,
/// `flipped` and `stanceChanges` (it may also be in `weightChanges`). Every list is in a fixed order, so the same two
/// networks give the same diff.
public struct NetworkDiff: Sendable, Hashable {
    /// One of the two networks: what to call it and how large it is.
    public struct Side: Sendable, Hashable {
        /// `2021`, `2021-01..2021-06`, or a file's path.
        public var name: String
        public var actors: Int
        /// Relation edges, memberships not counted.
        public var relations: Int
    }

    /// One relation as it was and as it is; `old` is nil for a relation that appeared, `new` for one that vanished.
    public struct Change: Sendable, Hashable {
        public var source: String
        public var target: String
        public var old: Edge?
        public var new: Edge?

        /// Sentences gained (negative: lost), a missing side counting 0.
        public var weightChange: Int { (new?.weight ?? 0) - (old?.weight ?? 0) }

        /// The new stance minus the old, rounded to four decimals as stances are; nil unless both sides are there.
        public var stanceChange: Double? {
            guard let old, let new else { return nil }
            return ((new.stance - old.stance) * 10_000).rounded() / 10_000
        }
    }

    /// An actor whose rank by the centrality `measure` moved: 1 is the most central; actors with equal values share
    /// a rank, and the next rank counts them all (1, 2, 2, 4).
    public struct RankMove: Sendable, Hashable {
        public var id: String
        public var oldRank: Int
        public var newRank: Int
        /// Places gained: positive when the actor rose.
        public var move: Int { oldRank - newRank }
    }

    public var old: Side
    public var new: Side
    /// Relations of the new network only, most sentences first (then the larger |stance|, then by pair).
    public var appeared: [Change]
    /// Relations of the old network only, most sentences first.
    public var vanished: [Change]
    /// Relations whose sign turned from cooperative (+1) to hostile (-1) or back, the largest change of stance first.
    public var flipped: [Change]
    /// The other relations of both networks whose stance changed, a sign to or from 0 included; largest |change|
    /// first.
    public var stanceChanges: [Change]
    /// Relations of both networks whose weight changed, largest |change| first.
    public var weightChanges: [Change]
    /// The measure the ranks are by.
    public var measure: CentralityMeasure
    /// Actors of both networks whose rank moved, the largest move first (then the higher new rank, then by id).
    public var rankMoves: [RankMove]
    /// Why the ranks could not be compared (the measure did not converge on one network); `rankMoves` is then empty.
    public var rankFailure: MeasureFailure?
    /// Actors of the new network only, and of the old only; by label ignoring case, then id.
    public var actorsAppeared: [String]
    public var actorsVanished: [String]
    /// The label of every actor of either network (the new network's where both have it), by id.
    public var labels: [String: String]

    /// Compares `old` with `new`.
    ///
    /// - Parameters:
    ///   - oldName, newName: What to call the two in output (`2021`, a file's path).
    ///   - measure: The centrality to rank actors by; PageRank, as the report and `graph centrality` rank, by default.
    /// - Complexity: O(e log e) for the relations, plus the measure on each network.
    public init(
        old: Network, oldName: String, new: Network, newName: String, measure: CentralityMeasure = .pagerank
    ) {
        self.old = Side(name: oldName, network: old)
        self.new = Side(name: newName, network: new)
        self.measure = measure
        var labels = Dictionary(old.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        for node in new.nodes { labels[node.id] = node.label }
        self.labels = labels

        var pairs: [[String]: Change] = [:]
        for edge in old.edges where edge.kind == .relation {
            pairs[[edge.source, edge.target]] = Change(source: edge.source, target: edge.target, old: edge)
        }
        for edge in new.edges where edge.kind == .relation {
            pairs[[edge.source, edge.target], default: Change(source: edge.source, target: edge.target)].new = edge
        }
        let changes = pairs.values.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
        let both = changes.filter { $0.old != nil && $0.new != nil }
        func isFlip(_ change: Change) -> Bool { change.old!.sign * change.new!.sign == -1 }
        appeared = Self.largestFirst(changes.filter { $0.old == nil }) { (Double($0.new!.weight), abs($0.new!.stance)) }
        vanished = Self.largestFirst(changes.filter { $0.new == nil }) { (Double($0.old!.weight), abs($0.old!.stance)) }
        flipped = Self.largestFirst(both.filter(isFlip)) { (abs($0.stanceChange!), 0) }
        stanceChanges = Self.largestFirst(both.filter { $0.stanceChange != 0 && !isFlip($0) }) {
            (abs($0.stanceChange!), 0)
        }
        weightChanges = Self.largestFirst(both.filter { $0.weightChange != 0 }) { (Double(abs($0.weightChange)), 0) }

        let oldIDs = Set(old.nodes.map(\.id))
        let newIDs = Set(new.nodes.map(\.id))
        func byLabel(_ ids: Set<String>) -> [String] {
            ids.sorted { ((labels[$0] ?? $0).lowercased(), $0) < ((labels[$1] ?? $1).lowercased(), $1) }
        }
        actorsAppeared = byLabel(newIDs.subtracting(oldIDs))
        actorsVanished = byLabel(oldIDs.subtracting(newIDs))

        do {
            let oldRanks = Self.ranks(try centralityValues(measure, of: old))
            let newRanks = Self.ranks(try centralityValues(measure, of: new))
            rankMoves = oldIDs.intersection(newIDs)
                .map { RankMove(id: $0, oldRank: oldRanks[$0]!, newRank: newRanks[$0]!) }
                .filter { $0.move != 0 }
                .sorted { (-abs($0.move), $0.newRank, $0.id) < (-abs($1.move), $1.newRank, $1.id) }
            rankFailure = nil
        } catch {
            rankMoves = []
            rankFailure = MeasureFailure(measure: measure.rawValue, reason: String(describing: error))
        }
    }

    /// Whether nothing the diff compares changed: the same relations with the same signs, stances and weights, the
    /// same actors with the same ranks.
    public var isEmpty: Bool {
        appeared.isEmpty && vanished.isEmpty && flipped.isEmpty && stanceChanges.isEmpty && weightChanges.isEmpty
            && rankMoves.isEmpty && actorsAppeared.isEmpty && actorsVanished.isEmpty
    }

    /// The label of actor `id`, or `id` itself for one neither network has.
    public func label(of id: String) -> String {
        labels[id] ?? id
    }

    /// `changes` by `size` (then its second part), largest first; equal sizes keep their order, which is by pair.
    private static func largestFirst(_ changes: [Change], by size: (Change) -> (Double, Double)) -> [Change] {
        changes.enumerated()
            .sorted { a, b in
                let (x, y) = (size(a.element), size(b.element))
                return (-x.0, -x.1, a.offset) < (-y.0, -y.1, b.offset)
            }
            .map(\.element)
    }

    /// Each actor's competition rank by `scores`, highest first. Scores are compared to 10 decimals, so that two
    /// actors whose values differ only by rounding (two people tied to the same country alone) share their rank.
    private static func ranks(_ scores: [String: Double]) -> [String: Int] {
        let rounded = scores.mapValues { ($0 * 1e10).rounded() }
        let order = rounded.keys.sorted { (rounded[$1]!, $0) < (rounded[$0]!, $1) }
        var ranks: [String: Int] = [:]
        for (index, id) in order.enumerated() {
            let tied = index > 0 && rounded[order[index - 1]] == rounded[id]
            ranks[id] = tied ? ranks[order[index - 1]] : index + 1
        }
        return ranks
    }
}

extension NetworkDiff.Side {
    init(name: String, network: Network) {
        self.init(
            name: name, actors: network.nodes.count, relations: network.edges.filter { $0.kind == .relation }.count)
    }
}

extension NetworkDiff {
    /// One list of relation changes as every output shows it: a title ("Appeared"), what it holds ("21 relations in
    /// 2023, not in 2021"), the changes, and the first few of them to show.
    public struct Section: Sendable {
        public var title: String
        public var summary: String
        /// Every change of the kind, largest first.
        public var changes: [Change]
        /// The first changes, to show; `isRepeat` marks one an earlier section shows already (a relation may have
        /// changed stance and weight), so that an output gives its sentences once.
        public var shown: [(change: Change, isRepeat: Bool)]
    }

    /// The five lists of relation changes, in the order `graph diff` and the report show them, each showing its first
    /// `limit` changes.
    public func sections(showing limit: Int) -> [Section] {
        func relations(_ count: Int, _ noun: String = "relation") -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        let lists = [
            ("Appeared", "\(relations(appeared.count)) in \(new.name), not in \(old.name)", appeared),
            ("Vanished", "\(relations(vanished.count)) in \(old.name), not in \(new.name)", vanished),
            ("Flipped", "\(relations(flipped.count)) turned from cooperative to hostile or back", flipped),
            ("Stance changed", relations(stanceChanges.count, "other relation"), stanceChanges),
            ("Weight changed", relations(weightChanges.count), weightChanges),
        ]
        var seen: Set<[String]> = []
        return lists.map { title, summary, changes in
            let shown = changes.prefix(limit).map { change in
                (change: change, isRepeat: !seen.insert([change.source, change.target]).inserted)
            }
            return Section(title: title, summary: summary, changes: changes, shown: shown)
        }
    }

    /// What an output says when `isEmpty`.
    public var nothingChanged: String {
        "Nothing changed: the same relations with the same signs, stances and weights, and the same actors with the "
            + "same ranks by \(measure.rawValue)."
    }
}
