/// A stance cue found in a sentence: what was written, and how it leans once negation is applied.
public struct Cue: Sendable, Hashable {
    /// The cue as the lexicon writes it, after `not ` where a negator turned it (`not against`).
    public var phrase: String
    /// Its signed strength in [-1, 1].
    public var stance: Double
    /// The index of its first word among the sentence's words.
    public var position: Int
    /// How many words it spans.
    public var length: Int
    /// Whether a negator turned it.
    public var negated = false

    /// The cue as the lexicon writes it, without the `not ` of negation.
    var lexiconPhrase: Substring { negated ? phrase.dropFirst("not ".count) : Substring(phrase) }

    /// The cue a negator turns: the other way at half strength (`not against` leans mildly cooperative).
    var negation: Cue {
        Cue(phrase: "not " + phrase, stance: -stance / 2, position: position, length: length, negated: true)
    }
}
