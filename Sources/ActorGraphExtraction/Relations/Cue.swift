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
    /// The sentence's bytes of a verb that undoes it ("lifted" in "lifted its sanctions"), which the phrase begins
    /// with.
    public var reversal: Range<Int>?
    /// Whether it states one actor's attitude (praise, support, a statement or an appeal) rather than an act done
    /// together: "France and Germany welcomed the deal" makes France and Germany no partners.
    public var isAttitude = false
    /// Whether its sides come from the parse alone (a killing or kidnapping: the lexicon's `parse_only_cues`).
    public var isParseOnly = false
    /// Whether not doing it is staying out rather than the opposite act (the lexicon's `abstention_cues`: "did not
    /// join", "refused to impose sanctions").
    public var isAbstention = false
    /// Whether it is the cue of a joint force the words name ("US and Iraqi forces": `JointForces`), not of the
    /// lexicon.
    public var isJointForce = false

    /// The cue as the lexicon writes it, without the `not ` of negation.
    var lexiconPhrase: Substring { negated ? phrase.dropFirst("not ".count) : Substring(phrase) }

    /// Whether it is the end of a hyphenated word (`*-led` in `US-led`), which describes the word it modifies.
    var isHyphenSuffix: Bool { lexiconPhrase.hasPrefix("*-") }

    /// The cue without the `not ` of its negation, wherever a later reading put it: a reversal's verb goes before
    /// it (`lift not embargo*` is `lift embargo*`, negated).
    var unnegatedPhrase: String {
        guard negated, let not = phrase.range(of: "not "),
            not.lowerBound == phrase.startIndex || phrase[phrase.index(before: not.lowerBound)] == " "
        else { return phrase }
        return phrase.replacingCharacters(in: not, with: "")
    }

    /// The cue a negator turns: the other way at half strength (`not against` leans mildly cooperative); no stance
    /// for an abstention ("India did not join Western sanctions": India is neither side of them).
    var negation: Cue {
        var turned = self
        turned.phrase = "not " + phrase
        turned.stance = isAbstention ? 0 : -stance / 2
        turned.negated = true
        return turned
    }
}
