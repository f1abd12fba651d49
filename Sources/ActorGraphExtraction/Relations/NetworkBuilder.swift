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
    /// the records themselves, and nothing left to encode at the end. Empty where the inputs are keyed.
    private(set) var inputOrderIndex = Data()
    /// The inputs skipped, in the order added.
    private(set) var inputOrderSkipped: [SkippedInput] = []
    /// Where the builder makes a partial network (``partial(gazetteer:)``): each input's line of
    /// `documents.jsonl` and, when skipped, why, by where it stands in the corpus; nil in a build.
    var keyed: [KeyedInput]?
    /// Articles read but left out because of their date.
    public internal(set) var outOfRange = 0
    /// The first and last dates of the documents added.
    var dates: ClosedRange<String>?
    var mentions: [String: Int] = [:]
    /// People the gazetteer does not know, as the documents that name them describe them.
    var unlisted = UnlistedPeople()
    var edges: [PairKey: Tally] = [:]
    /// Dates of the documents that name each grouping ("" for an undated document).
    var groupingDates: [String: Set<String>] = [:]
    public internal(set) var documentCount = 0
    var sentenceCount = 0

    public init(gazetteer: Gazetteer, evidenceLimit: Int? = NetworkBuilder.defaultEvidenceLimit) {
        self.gazetteer = gazetteer
        self.evidenceLimit = evidenceLimit
    }

    /// A builder for a partial network: every sentence kept as evidence, and each input kept with its
    /// ``InputKey``, so that builders of parts of a corpus ``merge(_:)`` into the builder of the whole.
    public static func partial(gazetteer: Gazetteer) -> NetworkBuilder {
        var builder = NetworkBuilder(gazetteer: gazetteer, evidenceLimit: nil)
        builder.keyed = []
        return builder
    }

    /// Adds what `other`, a partial builder (``partial(gazetteer:)``), added: the builder of two parts of a corpus
    /// is the builder of their union, whatever the order or grouping of the parts. Into a build's builder, `other`'s
    /// inputs follow those added before, in key order.
    public mutating func merge(_ other: NetworkBuilder) {
        guard let inputs = other.keyed else { preconditionFailure("only a partial builder merges into another") }
        if keyed != nil {
            keyed? += inputs
        } else {
            Self.append(inputs, to: &inputOrderIndex, &inputOrderSkipped)
        }
        outOfRange += other.outOfRange
        if let range = other.dates {
            dates = dates.map { min($0.lowerBound, range.lowerBound)...max($0.upperBound, range.upperBound) } ?? range
        }
        mentions.merge(other.mentions, uniquingKeysWith: +)
        unlisted.merge(other.unlisted)
        for (key, tally) in other.edges {
            // In place: a pair's evidence is not copied for every part merged into it.
            if edges[key] != nil { edges[key]!.merge(tally) } else { edges[key] = tally }
        }
        groupingDates.merge(other.groupingDates) { $0.union($1) }
        documentCount += other.documentCount
        sentenceCount += other.sentenceCount
    }

    /// `documents.jsonl` (a line per input) and the inputs that could not be read, in the order added, or for a
    /// partial network in key order.
    public func documents() -> (index: Data, skipped: [SkippedInput]) {
        guard let keyed else { return (inputOrderIndex, inputOrderSkipped) }
        var index = Data()
        var skipped: [SkippedInput] = []
        Self.append(keyed, to: &index, &skipped)
        return (index, skipped)
    }

    /// `documents.jsonl`, as ``documents()`` gives it.
    public var documentIndex: Data { documents().index }

    /// The inputs that could not be read, as ``documents()`` gives them.
    public var skipped: [SkippedInput] { documents().skipped }

    /// Adds keyed inputs, in key order, to a document index and its list of skipped inputs.
    private static func append(_ inputs: [KeyedInput], to index: inout Data, _ skipped: inout [SkippedInput]) {
        for input in inputs.sorted() {
            index.append(contentsOf: input.line.utf8)
            index.append(UInt8(ascii: "\n"))
            if let reason = input.skipped { skipped.append(reason) }
        }
    }

    /// Adds a document's extraction; `key` says where it stands in the corpus (needed for a partial network).
    public mutating func add(_ extraction: DocumentExtraction, key: InputKey? = nil) {
        let document = extraction.document
        documentCount += 1
        sentenceCount += extraction.sentenceCount
        append(.read(
            document: document.name, title: document.title, date: document.date,
            sentences: extraction.sentenceCount, mentions: extraction.mentions), key: key)
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

    /// Adds what one input gave; `key` says where it stands in the corpus (needed for a partial network).
    public mutating func add(_ outcome: InputOutcome, key: InputKey?) {
        switch outcome {
        case .extracted(let extraction): add(extraction, key: key)
        case .outOfRange: addOutOfRange()
        case .skipped(let input): addSkipped(input, key: key)
        }
    }

    public mutating func addSkipped(_ input: SkippedInput, key: InputKey? = nil) {
        append(.skipped(document: input.name, reason: input.reason), key: key, skipped: input)
    }

    /// Counts an article read but left out because of its date.
    public mutating func addOutOfRange() {
        outOfRange += 1
    }

    private mutating func append(_ record: DocumentRecord, key: InputKey?, skipped: SkippedInput? = nil) {
        if keyed != nil {
            guard let key else { preconditionFailure("a partial network needs the key of every input") }
            keyed?.append(KeyedInput(key: key, line: record.line, skipped: skipped))
        } else {
            inputOrderIndex.append(DocumentIndex.encodedData([record]))
            if let skipped { inputOrderSkipped.append(skipped) }
        }
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

/// An input of a partial network: its line of `documents.jsonl` and where it stands in the corpus.
struct KeyedInput: Comparable, Sendable {
    var key: InputKey
    var line: String
    var skipped: SkippedInput?

    /// Key order; the same input added twice (the same file in two parts) keeps an order of its own.
    static func < (x: KeyedInput, y: KeyedInput) -> Bool {
        (x.key, x.line) < (y.key, y.line)
    }
}

struct PairKey: Hashable, Comparable {
    var a: String
    var b: String

    static func < (x: PairKey, y: PairKey) -> Bool { (x.a, x.b) < (y.a, y.b) }
}

/// A pair's running counts, overall and by month, and its strongest evidence so far.
struct Tally: Sendable {
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

    init(total: StanceTally, months: [String: StanceTally], evidence: [Evidence]) {
        self.total = total
        self.months = months
        self.evidence = evidence
        limit = nil
    }

    /// Adds the other tally's sentences (every sentence kept: partial networks keep them all).
    mutating func merge(_ other: Tally) {
        total.add(other.total)
        for (month, counts) in other.months { months[month, default: StanceTally()].add(counts) }
        evidence += other.evidence
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
