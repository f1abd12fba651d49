/// The fallback for a cue whose predicate the parse gives no two participants (`ParseAttribution`): the pairs the
/// cue's place among the words suggests, in its clause (``Clauses``).
///
/// Actors joined only by `and`, `or`, commas or a hyphen (`India and Russia`, `Sino-Indian`) form one group. The cue
/// relates the nearest group before it with the nearest group after it, the first acting on the second ("the United
/// States threatened sanctions on India": United States → India), unless `by` follows the cue, which turns the
/// direction round ("criticised by China"); a cooperative cue also joins the actors of the group before it, who act
/// together ("India and Japan signed a deal with Australia"). Otherwise it relates the two actors of a clause that
/// names exactly two. Actors on one side of a cue only are not related by it: in real news such lists are mostly
/// enumerations ("representatives from China, India, Russia and Brazil were invited"), and the parse finds the
/// joint actions among them.
struct WordOrderAttribution: Sendable {
    /// An actor named at words `first...last`.
    struct Occurrence: Sendable {
        var actor: String
        var first: Int
        var last: Int
    }

    static let connectors: Set<String> = [",", "and", "or", "nor", "&", "both", "as", "well"]
    static let groupIntroducers: Set<String> = ["between", "among", "amongst"]

    let words: [SentenceWords.Word]
    let clauses: Clauses

    init(_ sentence: SentenceWords) {
        words = sentence.words
        clauses = Clauses(sentence)
    }

    /// The stance of every pair of distinct actors among `occurrences` (in sentence order), keyed by the pair in
    /// plain string order.
    func stances(of cues: [Cue], among occurrences: [Occurrence]) -> [ActorPairKey: PairStance] {
        var result: [ActorPairKey: PairStance] = [:]
        let actors = Set(occurrences.map(\.actor)).sorted()
        for (i, a) in actors.enumerated() {
            for b in actors[(i + 1)...] { result[ActorPairKey(a, b)] = PairStance() }
        }
        for cue in cues {
            for (source, target, directed) in pairs(for: cue, among: occurrences) where source != target {
                result[ActorPairKey(source, target)]?.cues.append(
                    (cue, directed ? source : nil, directed ? target : nil))
            }
        }
        return result
    }

    func pairs(for cue: Cue, among occurrences: [Occurrence]) -> [(String, String, Bool)] {
        let clause = clauses.numbers[cue.position]
        let inClause = occurrences.filter { clauses.numbers[$0.first] == clause }
        let end = cue.position + cue.length
        let before = inClause.filter { $0.last < cue.position }
        let after = inClause.filter { $0.last >= cue.position }
        let left = group(around: before.indices.last, in: before)
        let right = group(around: after.indices.first, in: after)

        let rightIsAGroup = right.first.map { $0.first > 0 && Self.groupIntroducers.contains(words[$0.first - 1].text) } ?? false
        if !left.isEmpty, !right.isEmpty, !rightIsAGroup {
            let passive = end < words.count && words[end].text == "by"
            let across = left.flatMap { l in
                right.map { r in passive ? (r.actor, l.actor, true) : (l.actor, r.actor, true) }
            }
            // Actors that act together on a third ("India and Japan signed a deal with Australia") cooperate.
            return cue.stance > 0 ? across + within(left) : across
        }
        let named = Set(inClause.map(\.actor))
        if named.count == 2 {
            let pair = named.sorted()
            return [(pair[0], pair[1], false)]
        }
        return []
    }

    /// The occurrence at `index` and those joined to it by connectors only.
    private func group(around index: Int?, in occurrences: [Occurrence]) -> [Occurrence] {
        guard let index else { return [] }
        var lower = index
        var upper = index
        while lower > 0, joined(occurrences[lower - 1], occurrences[lower]) { lower -= 1 }
        while upper + 1 < occurrences.count, joined(occurrences[upper], occurrences[upper + 1]) { upper += 1 }
        return Array(occurrences[lower...upper])
    }

    /// Whether two neighbouring occurrences share a word (`sino-indian`) or only connectors stand between them.
    private func joined(_ first: Occurrence, _ second: Occurrence) -> Bool {
        guard second.first > first.last else { return true }
        let between = words[(first.last + 1)..<second.first]
        return !between.isEmpty && between.allSatisfy { Self.connectors.contains($0.text) }
    }

    private func within(_ group: [Occurrence]) -> [(String, String, Bool)] {
        let actors = Set(group.map(\.actor)).sorted()
        return actors.enumerated().flatMap { i, a in actors[(i + 1)...].map { (a, $0, false) } }
    }
}

/// A pair of actor ids in plain string order.
struct ActorPairKey: Hashable, Sendable {
    let a: String
    let b: String

    init(_ x: String, _ y: String) {
        (a, b) = x < y ? (x, y) : (y, x)
    }
}
