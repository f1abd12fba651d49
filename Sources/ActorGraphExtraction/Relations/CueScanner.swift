/// Finds the stance cues of a sentence and applies negation to them.
///
/// A negator (`not`, `no`, `never`, `neither`, `nor`, any `…n't`) reaches the first cue that starts within the
/// lexicon's window of words after it, unless a scope breaker (`,`, `but`, `despite` …) comes first; the negated cue
/// flips its sign at half strength, so `not against anyone` leans mildly cooperative and `neither recognize nor
/// welcome unilateral sanctions` stays hostile (`nor` turns `welcome`, not `sanctions`).
public struct CueScanner: Sendable {
    let lexicon: StanceLexicon

    public init(lexicon: StanceLexicon) {
        self.lexicon = lexicon
    }

    /// The cues of a sentence, in order, with negation applied; none in sports reporting, where a country's name is
    /// its team ("Australia were 362 for seven wickets ... against India"), and no trade cue in a report of trade
    /// figures ("Japan's exports to the United States rose 5.2 percent").
    public func cues(in sentence: String) -> [Cue] {
        cues(in: SentenceWords(sentence))
    }

    func cues(in sentence: SentenceWords) -> [Cue] {
        let tokens = sentence.words.map(\.text)
        var cues: [Cue] = []
        var material: [Bool] = []
        var negationEnds: Int?
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if lexicon.scopeBreakers.contains(token) {
                negationEnds = nil
                index += 1
                continue
            }
            if lexicon.negators.contains(token) || token.hasSuffix("n't") {
                negationEnds = index + lexicon.negationWindow
                index += 1
                continue
            }
            if let cue = lexicon.cue(startingAt: index, in: tokens) {
                let length = cue.words.count
                let found = Cue(
                    phrase: cue.phrase, stance: cue.stance, position: index, length: length, isAttitude: cue.isAttitude,
                    isParseOnly: cue.isParseOnly, isAbstention: cue.isAbstention)
                if let end = negationEnds, index <= end {
                    cues.append(found.negation)
                    negationEnds = nil
                } else {
                    cues.append(found)
                }
                material.append(cue.isMaterial)
                index += length
                continue
            }
            index += 1
        }
        // Checked last: most sentences have no cue, and then need no check.
        if cues.isEmpty || lexicon.sport.occur(in: tokens) || lexicon.reportsAScore(tokens)
            || lexicon.reportsAResult(tokens) { return [] }
        guard material.contains(true), lexicon.figures.occur(in: tokens), !lexicon.ownership.occur(in: tokens) else {
            return cues
        }
        return zip(cues, material).filter { !$1 }.map(\.0)
    }
}
