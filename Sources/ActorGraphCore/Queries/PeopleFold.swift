/// The network with every person counted as the country they act for (`--fold people`): Putin, Lavrov and
/// Russia's ambassadors become Russia, so `graph neighbors India` shows one Russia with all their ties.
///
/// ```swift
/// let fold = PeopleFold(network)
/// fold.network.edges(between: "IND", and: "RUS")  // one relation: every sentence tying India's side to Russia's
/// ```
///
/// The rules:
///
/// - **Who folds.** A `person` whose `affiliation` names another node of the network that is not a person. A person
///   without one, or whose country the network does not hold, stays as they are. Folded people leave `nodes` for
///   ``Network/folded``, and their country's `mentions` take theirs.
/// - **Ties.** Each relation moves to the nodes its ends count as. A tie of a person with their own country, or of
///   two people of one country, goes (Lavrov–Russia, Putin–Lavrov); one between two countries' people becomes a tie
///   of the two countries (Lavrov–Jaishankar counts for Russia–India). Memberships stay as they are.
/// - **Weight: distinct sentences.** Ties that land on one pair merge, and a sentence counts once however many of
///   them it stands behind: one naming Putin, Russia and India is one sentence of Russia–India, not two. A sentence
///   is its document and index, as its evidence records them.
/// - **Stance: the build's rule, again.** A sentence's readings (one per merged tie) give it their cues. One cue read
///   for two merged actors is one act and counts once (a sentence where Russia's envoy Kudashev condemns the United
///   States gives `condemn*` to Russia–United States and to Kudashev–United States); different cues add up as one
///   pair's cues do (``Stance/ofSentence(cues:)``), and the cue shown is the strongest one leaning the way the sum
///   leans, with who acted on whom. The tie's counts, stance, sign and timeline then come from its sentences as
///   `graph build` makes them (``StanceTally``, ``Stance/sign(of:)``).
/// - **Evidence.** Each sentence once, strongest first, with ``Evidence/people`` naming the folded people it counts
///   through; `source` and `target` keep the actor who acted, so a reader sees "Sergey Lavrov (Russia) → India".
///
/// Distinct sentences need every sentence's identity: exact when each merged tie keeps all its sentences as evidence
/// (`graph build` keeps them all unless `--evidence N` says otherwise). Where a merged tie keeps fewer, its sentences
/// not stored cannot be matched and count as distinct, so the merged weight is at most the true one plus the
/// sentences those ties share unseen; ``estimatedTies`` lists them, and the merged tie keeps as many sentences as the
/// most any of its capped ties kept.
///
/// - Complexity: O(n + e + s log s) for n nodes, e edges and s stored evidence items.
public struct PeopleFold: Sendable {
    /// What a folded network shows, for a diagram's subtitle or a report's heading.
    public static let summary = "people counted as their countries"

    /// The folded network.
    public let network: Network
    /// The merged relations whose weight may count a sentence twice, because a tie merged into them keeps fewer
    /// sentences than its weight; in the network's order. Empty when every weight is exact.
    public let estimatedTies: [Edge]

    public init(_ network: Network) {
        var country: [String: String] = [:]
        for person in network.nodes where person.kind == .person {
            guard let id = person.affiliation, id != person.id, let node = network.node(id: id), node.kind != .person
            else { continue }
            country[person.id] = id
        }
        func end(_ id: String) -> String { country[id] ?? id }

        var mentions: [String: Int] = [:]
        for (person, id) in country { mentions[id, default: 0] += network.node(id: person)?.mentions ?? 0 }
        let nodes = network.nodes.filter { country[$0.id] == nil }.map { node in
            var node = node
            node.mentions += mentions[node.id] ?? 0
            return node
        }

        var merged: [PairKey: [Edge]] = [:]
        for edge in network.edges {
            let (a, b) = (end(edge.source), end(edge.target))
            guard a != b else { continue }
            merged[PairKey(source: min(a, b), target: max(a, b), kind: edge.kind), default: []].append(edge)
        }
        var edges: [Edge] = []
        var estimated: [Edge] = []
        for (key, ties) in merged {
            if ties.count == 1, ties[0].source == key.source, ties[0].target == key.target {
                edges.append(ties[0])
                continue
            }
            guard key.kind == .relation else {
                edges.append(Edge(source: key.source, target: key.target, kind: key.kind, weight: 1, stance: 1, sign: 1))
                continue
            }
            let tie = Self.merge(ties, as: key, folded: country)
            edges.append(tie.edge)
            if tie.estimated { estimated.append(tie.edge) }
        }
        let folded = network.folded + network.nodes.filter { country[$0.id] != nil }
        self.network = Network(corpus: network.corpus, nodes: nodes, edges: edges, folded: folded)
        estimatedTies = estimated.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
    }

    private struct PairKey: Hashable {
        var source: String
        var target: String
        var kind: EdgeKind
    }

    private struct SentenceKey: Hashable {
        var document: String
        var sentence: Int
    }

    /// The relation `key` names, made of `ties`: each distinct sentence once, plus the sentences capped ties did not
    /// store; `estimated` when those may overlap.
    private static func merge(
        _ ties: [Edge], as key: PairKey, folded country: [String: String]
    ) -> (edge: Edge, estimated: Bool) {
        var readings: [SentenceKey: [Evidence]] = [:]
        var unstored = StanceTally()
        var unstoredMonths: [String: StanceTally] = [:]
        var kept: Int?
        for tie in ties {
            let people = [tie.source, tie.target].filter { country[$0] != nil }
            var rest = StanceTally(
                weight: tie.weight, positive: tie.positive, negative: tie.negative, stance: tie.stance)
            var restMonths: [String: StanceTally] = [:]
            for period in tie.timeline {
                restMonths[period.month] = StanceTally(
                    weight: period.weight, positive: period.positive, negative: period.negative, stance: period.stance)
            }
            for var item in tie.evidence {
                rest.remove(item.stance)
                if let month = item.month { restMonths[month]?.remove(item.stance) }
                item.people = Array(Set(item.people + people)).sorted()
                readings[SentenceKey(document: item.document, sentence: item.sentence), default: []].append(item)
            }
            // A tie that keeps all its sentences has nothing left over but the rounding of its stored mean.
            guard tie.evidence.count < tie.weight else { continue }
            kept = max(kept ?? 0, tie.evidence.count)
            unstored.add(rest)
            for (month, tally) in restMonths { unstoredMonths[month, default: StanceTally()].add(tally) }
        }

        var total = unstored
        var months = unstoredMonths
        var evidence: [Evidence] = []
        for items in readings.values {
            let item = sentence(items)
            total.add(item.stance)
            if let month = item.month { months[month, default: StanceTally()].add(item.stance) }
            evidence.append(item)
        }
        let stance = total.stance
        let sign = Stance.sign(of: stance)
        evidence.sort { Edge.isStronger($0, than: $1, forSign: sign) }
        let timeline = months.filter { $0.value.weight > 0 }.sorted { $0.key < $1.key }.map { month, tally in
            StancePeriod(
                month: month, weight: tally.weight, positive: tally.positive, negative: tally.negative,
                stance: tally.stance)
        }
        let edge = Edge(
            source: key.source, target: key.target, kind: .relation, weight: total.weight, positive: total.positive,
            negative: total.negative, stance: stance, sign: sign,
            evidence: Array(evidence.prefix(kept ?? evidence.count)), timeline: timeline)
        return (edge, kept != nil && ties.count > 1)
    }

    /// One sentence's readings, one per merged tie, as one evidence item of the merged pair (see the type's rules:
    /// one cue counts once, different cues add up).
    private static func sentence(_ readings: [Evidence]) -> Evidence {
        guard readings.count > 1 else { return readings[0] }
        func leansMore(_ x: Evidence, _ y: Evidence) -> Bool {
            (-abs(x.stance), x.writtenCue ?? "", x.source ?? "", x.target ?? "")
                < (-abs(y.stance), y.writtenCue ?? "", y.source ?? "", y.target ?? "")
        }
        var byCue: [String: Evidence] = [:]
        for reading in readings where reading.stance != 0 {
            if let held = byCue[reading.writtenCue ?? ""], !leansMore(reading, held) { continue }
            byCue[reading.writtenCue ?? ""] = reading
        }
        let cues = byCue.values.sorted(by: leansMore)
        let stance = Stance.ofSentence(cues: cues.map(\.stance))
        let decisive = stance == 0 ? nil : cues.first { ($0.stance > 0) == (stance > 0) }
        var item = readings[0]
        item.stance = stance
        item.cue = decisive?.cue
        item.negated = decisive?.negated ?? false
        item.cueRange = decisive?.cueRange
        item.source = decisive?.source
        item.target = decisive?.target
        item.people = Array(Set(readings.flatMap(\.people))).sorted()
        return item
    }
}

extension Evidence {
    /// `YYYY-MM` of the date, the month of the timeline the sentence counts in; nil when undated.
    fileprivate var month: String? { date.map { String($0.prefix(7)) } }
}
