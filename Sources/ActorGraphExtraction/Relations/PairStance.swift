import ActorGraphCore

/// What the cues of a sentence say about one pair of its actors.
struct PairStance: Sendable {
    /// The cues given to the pair, with who acted on whom where the cue says.
    var cues: [(cue: Cue, source: String?, target: String?)] = []

    /// The pair's stance in the sentence (``Stance/ofSentence(cues:)``: the cues' sum, clipped and rounded).
    var stance: Double { Stance.ofSentence(cues: cues.map(\.cue.stance)) }

    /// The strongest cue leaning the way the sum leans: the one to show a reader.
    var decisive: (cue: Cue, source: String?, target: String?)? {
        let total = stance
        guard total != 0 else { return nil }
        return cues.filter { ($0.cue.stance > 0) == (total > 0) }.max { abs($0.cue.stance) < abs($1.cue.stance) }
    }

    /// Every pair of distinct `actors`, each with no cue yet.
    static func neutral(among actors: [String]) -> [ActorPairKey: PairStance] {
        var result: [ActorPairKey: PairStance] = [:]
        let sorted = Set(actors).sorted()
        for (i, a) in sorted.enumerated() {
            for b in sorted[(i + 1)...] { result[ActorPairKey(a, b)] = PairStance() }
        }
        return result
    }
}
