import Foundation

/// Finds the stance cues of a sentence and applies negation to them.
///
/// The sentence is cut into lower-case words (letters, digits, inner hyphens and apostrophes) and punctuation
/// marks. A negator (`not`, `no`, `never`, `neither`, `nor`, any `…n't`) reaches the first cue that starts within
/// the lexicon's window of words after it, unless a scope breaker (`,`, `but`, `despite` …) comes first; the
/// negated cue flips its sign at half strength, so `not against anyone` leans mildly cooperative and
/// `neither recognize nor welcome unilateral sanctions` stays hostile (`nor` turns `welcome`, not `sanctions`).
public struct CueScanner: Sendable {
    let lexicon: StanceLexicon

    public init(lexicon: StanceLexicon) {
        self.lexicon = lexicon
    }

    public func stance(of sentence: String) -> SentenceStance {
        let tokens = Self.tokens(of: sentence)
        var cues: [Cue] = []
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
                if let end = negationEnds, index <= end {
                    cues.append(Cue(phrase: "not " + cue.phrase, stance: -cue.stance / 2, position: index))
                    negationEnds = nil
                } else {
                    cues.append(Cue(phrase: cue.phrase, stance: cue.stance, position: index))
                }
                index += cue.words.count
                continue
            }
            index += 1
        }
        let total = cues.reduce(0) { $0 + $1.stance }
        return SentenceStance(stance: Self.rounded(max(-1, min(1, total))), cues: cues)
    }

    /// Lower-case words and the punctuation marks that can break a negation's scope.
    static func tokens(of sentence: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        func flush() {
            let trimmed = word.trimmingCharacters(in: Self.wordEdges)
            if !trimmed.isEmpty { tokens.append(trimmed) }
            word = ""
        }
        for character in sentence.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if character == "-" || character == "'" || character == "\u{2019}" {
                word.append(character == "-" ? "-" : "'")
            } else {
                flush()
                if character == "," || character == ";" || character == ":" { tokens.append(String(character)) }
            }
        }
        flush()
        return tokens
    }

    private static let wordEdges = CharacterSet(charactersIn: "-'")

    static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}
