import ActorGraphCore
import Foundation

/// Adds up documents' extractions, in input order, into the network and the document index (`documents.jsonl`).
///
/// Weights and counts are exact; each edge keeps its `evidenceLimit` strongest sentences (largest |stance|, then
/// earliest), so the same corpus gives the same file however the work was scheduled.
public struct NetworkBuilder: Sendable {
    /// Enough sentences to judge an edge by, few enough to keep the network file small on a large corpus.
    public static let defaultEvidenceLimit = 5

    let gazetteer: Gazetteer
    /// How many sentences an edge keeps; nil keeps every one.
    let evidenceLimit: Int?
    /// `documents.jsonl` so far, a line per input added, kept as the bytes to write: less than half the memory of
    /// the records themselves, and nothing left to encode at the end.
    private(set) var documentIndex = Data()
    /// The first and last dates of the documents added.
    private var dates: ClosedRange<String>?
    private var mentions: [String: Int] = [:]
    /// People the gazetteer does not know, as the documents that name them describe them.
    private var unlisted = UnlistedPeople()
    private var edges: [PairKey: Tally] = [:]
    /// Dates of the documents that name each grouping ("" for an undated document).
    private var groupingDates: [String: Set<String>] = [:]
    private var documentCount = 0
    private var sentenceCount = 0

    public init(gazetteer: Gazetteer, evidenceLimit: Int? = NetworkBuilder.defaultEvidenceLimit) {
        self.gazetteer = gazetteer
        self.evidenceLimit = evidenceLimit
    }

    public mutating func add(_ extraction: DocumentExtraction) {
        let document = extraction.document
        documentCount += 1
        sentenceCount += extraction.sentenceCount
        append(.read(
            document: document.name, title: document.title, date: document.date,
            sentences: extraction.sentenceCount, mentions: extraction.mentions))
        if let date = document.date {
            dates = dates.map { min($0.lowerBound, date)...max($0.upperBound, date) } ?? date...date
        }
        for actor in extraction.newActors where gazetteer.actors[actor.id] == nil {
            unlisted.add(actor, from: document.name)
        }
        for (actor, count) in extraction.mentions {
            mentions[actor, default: 0] += count
            if gazetteer.actors[actor]?.kind == .grouping {
                groupingDates[actor, default: []].insert(document.date ?? "")
            }
        }
        for observation in extraction.observations {
            let evidence = Evidence(
                document: document.name, sentence: observation.sentence, date: document.date,
                stance: observation.stance, cue: observation.cue, negated: observation.negated,
                cueRange: observation.cueRange, source: observation.source, target: observation.target,
                text: extraction.sentenceTexts[observation.sentence] ?? "")
            edges[PairKey(a: observation.a, b: observation.b), default: Tally(limit: evidenceLimit)].add(evidence)
        }
    }

    public mutating func addSkipped(name: String, reason: String) {
        append(.skipped(document: name, reason: reason))
    }

    private mutating func append(_ record: DocumentRecord) {
        documentIndex.append(DocumentIndex.encodedData([record]))
    }

    /// The network of everything added so far.
    public func network() -> Network {
        let nodes = mentions.keys.compactMap { id -> Node? in
            guard let actor = gazetteer.actors[id] ?? unlisted.actor(id: id) else { return nil }
            var node = Node(
                id: id, label: actor.label, kind: actor.kind, mentions: mentions[id] ?? 0,
                affiliation: actor.affiliation)
            node.aliases = gazetteer.aliases(of: node)
            return node
        }
        var result = edges.map { key, tally in tally.edge(key) }
        result += membershipEdges()
        return Network(
            corpus: .init(documents: documentCount, sentences: sentenceCount, dates: dates), nodes: nodes, edges: result)
    }

    /// A grouping and a member, both named in the corpus, where the membership held on the date of a document that
    /// names the grouping; an undated document counts only memberships that have not ended.
    private func membershipEdges() -> [Edge] {
        var result: [Edge] = []
        for (grouping, dates) in groupingDates {
            for membership in gazetteer.memberships[grouping] ?? [] where mentions[membership.member] != nil {
                let held = dates.contains { date in
                    date.isEmpty ? membership.until == nil : membership.holds(on: date)
                }
                guard held, membership.member != grouping else { continue }
                let (source, target) = membership.member < grouping ? (membership.member, grouping) : (grouping, membership.member)
                result.append(Edge(source: source, target: target, kind: .membership, weight: 1, stance: 1, sign: 1))
            }
        }
        return result
    }
}

private struct PairKey: Hashable {
    var a: String
    var b: String
}

/// A pair's running counts, overall and by month, and its strongest evidence so far.
private struct Tally {
    var total = StanceTally()
    /// By `YYYY-MM` of the evidence's date.
    var months: [String: StanceTally] = [:]
    /// Candidates for the stored evidence: while the edge's sign is unknown, the `limit` most cooperative and
    /// the `limit` most hostile sentences, from which the `limit` strongest for the final sign are taken
    /// (`Edge.isStronger(_:than:forSign:)`).
    var evidence: [Evidence] = []
    let limit: Int?

    init(limit: Int?) {
        self.limit = limit
    }

    mutating func add(_ item: Evidence) {
        total.add(item.stance)
        if let date = item.date { months[String(date.prefix(7)), default: StanceTally()].add(item.stance) }
        evidence.append(item)
        // Trimming only when four times the limit keeps the work per sentence constant on average.
        if let limit, evidence.count >= 4 * limit { keepCandidates(limit) }
    }

    /// Keeps the `limit` strongest for a cooperative edge and the `limit` strongest for a hostile one, which
    /// between them hold the `limit` strongest for any sign.
    private mutating func keepCandidates(_ limit: Int) {
        func strongest(forSign sign: Int) -> ArraySlice<Int> {
            evidence.indices.sorted { Edge.isStronger(evidence[$0], than: evidence[$1], forSign: sign) }.prefix(limit)
        }
        evidence = Set(strongest(forSign: 1) + strongest(forSign: -1)).sorted().map { evidence[$0] }
    }

    func edge(_ key: PairKey) -> Edge {
        let stance = total.stance
        let sign = Stance.sign(of: stance)
        let strongest = evidence.sorted { Edge.isStronger($0, than: $1, forSign: sign) }.prefix(limit ?? evidence.count)
        let timeline = months.sorted { $0.key < $1.key }.map { month, counts in
            StancePeriod(
                month: month, weight: counts.weight, positive: counts.positive, negative: counts.negative,
                stance: counts.stance)
        }
        return Edge(
            source: key.a, target: key.b, kind: .relation, weight: total.weight, positive: total.positive,
            negative: total.negative, stance: stance, sign: sign, evidence: Array(strongest),
            timeline: timeline)
    }
}
