/// People the gazetteer does not list (officials found by their titles), as the documents that name them describe
/// them, and the one description their node takes.
///
/// Each document gives a person one label and one affiliation (``DocumentExtraction/newActors``); documents can
/// disagree ("Israeli Prime Minister Ariel Sharon" in one, a misread "Palestinian … Prime Minister Ariel Sharon" in
/// another). The node takes the affiliation the most documents give; on a tie, the one given by the document whose
/// name comes first in plain string order; between documents of the same name, the code first in that order. The
/// label is chosen the same way. The choice depends only on which documents were read, never on their order.
///
///     var people = UnlistedPeople()
///     people.add(Actor(id: "avi-cohen", label: "Avi Cohen", kind: .person, affiliation: "PSE"), from: "b.txt")
///     people.add(Actor(id: "avi-cohen", label: "Avi Cohen", kind: .person, affiliation: "ISR"), from: "c.txt")
///     people.actor(id: "avi-cohen")?.affiliation  // "PSE": one document each, and b.txt comes first
///
/// - Complexity: ``add(_:from:)`` O(1) on average; ``actor(id:)`` O(*v*) for *v* different values given.
struct UnlistedPeople: Sendable {
    private var labels: [String: Votes] = [:]
    private var affiliations: [String: Votes] = [:]

    /// Counts `actor` as `document` describes it.
    mutating func add(_ actor: Actor, from document: String) {
        labels[actor.id, default: Votes()].add(actor.label, from: document)
        if let affiliation = actor.affiliation {
            affiliations[actor.id, default: Votes()].add(affiliation, from: document)
        }
    }

    /// One person's counts, as a partial network's file holds them.
    struct Record: Codable, Equatable, Sendable {
        var id: String
        var labels: [Vote]
        var affiliations: [Vote]
    }

    /// How many documents give one value, and the first of them by name.
    struct Vote: Codable, Equatable, Sendable {
        var value: String
        var documents: Int
        var first: String
    }

    /// Every person's counts, by id, each list by value.
    var records: [Record] {
        labels.keys.sorted().map { id in
            Record(id: id, labels: labels[id]?.votes ?? [], affiliations: affiliations[id]?.votes ?? [])
        }
    }

    init(records: [Record]) {
        for record in records {
            labels[record.id] = Votes(record.labels)
            if !record.affiliations.isEmpty { affiliations[record.id] = Votes(record.affiliations) }
        }
    }

    init() {}

    /// Adds the documents `other` counted.
    mutating func merge(_ other: UnlistedPeople) {
        labels.merge(other.labels) { $0.merged(with: $1) }
        affiliations.merge(other.affiliations) { $0.merged(with: $1) }
    }

    /// The person `id` as the documents describe them, or nil when no document named them.
    func actor(id: String) -> Actor? {
        guard let label = labels[id]?.winner else { return nil }
        return Actor(id: id, label: label, kind: .person, affiliation: affiliations[id]?.winner)
    }
}

/// How many documents give each value, and the first of them by name.
private struct Votes: Sendable {
    private var tallies: [String: (documents: Int, first: String)] = [:]

    init() {}

    init(_ votes: [UnlistedPeople.Vote]) {
        for vote in votes { tallies[vote.value] = (vote.documents, vote.first) }
    }

    var votes: [UnlistedPeople.Vote] {
        tallies.keys.sorted().map { UnlistedPeople.Vote(value: $0, documents: tallies[$0]!.documents, first: tallies[$0]!.first) }
    }

    mutating func add(_ value: String, from document: String) {
        let tally = tallies[value] ?? (0, document)
        tallies[value] = (tally.documents + 1, min(tally.first, document))
    }

    func merged(with other: Votes) -> Votes {
        var result = self
        result.tallies.merge(other.tallies) { x, y in (x.documents + y.documents, min(x.first, y.first)) }
        return result
    }

    /// The value the most documents give; a tie goes to the earliest first document, then to the smallest value.
    var winner: String? {
        tallies.min { x, y in (-x.value.documents, x.value.first, x.key) < (-y.value.documents, y.value.first, y.key) }?
            .key
    }
}
