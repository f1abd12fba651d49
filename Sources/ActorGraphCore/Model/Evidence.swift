/// One sentence behind an edge: where it is, when it was written, what it says and how it leans.
public struct Evidence: Sendable, Hashable, Codable {
    /// The document's name (file name, or the `id` of a `.jsonl` line).
    public var document: String
    /// The sentence's index within its document, counting the title as sentence 0.
    public var sentence: Int
    /// The document's date, `YYYY-MM-DD`, where known.
    public var date: String?
    /// The sentence's stance for this pair, in [-1, 1].
    public var stance: Double
    /// The cue that decided the stance as the lexicon writes it (`strategic partnership`, `condemn*`), if any; a
    /// verb that undoes it goes before it (`lifted sanction*`).
    public var cue: String?
    /// Whether a negator turned the cue ("did not condemn"): it then leans the other way at half strength.
    public var negated: Bool
    /// Where the cue's words stand in `text`, as UTF-8 byte offsets (`start..<end`), so that every output marks
    /// the same words the extractor read; nil without a cue, and in a file written before it was stored.
    public var cueRange: Range<Int>?
    /// Who acted on whom, where the sentence says (`the United States threatened India`: `USA` acted on `IND`);
    /// nil when the relation is mutual or the sentence does not tell. The edge itself stays undirected.
    public var source: String?
    public var target: String?
    /// The sentence, with white space folded.
    public var text: String
    /// In a network with people folded into their countries (``PeopleFold``): the ids of the folded people through
    /// whose ties the sentence counts for the edge, sorted (listed in ``Network/folded``); empty otherwise.
    public var people: [String]

    public init(
        document: String, sentence: Int, date: String? = nil, stance: Double, cue: String? = nil,
        negated: Bool = false, cueRange: Range<Int>? = nil, source: String? = nil, target: String? = nil,
        text: String, people: [String] = []
    ) {
        self.document = document
        self.sentence = sentence
        self.date = date
        self.stance = stance
        self.cue = cue
        self.negated = negated
        self.cueRange = cueRange
        self.source = source
        self.target = target
        self.text = text
        self.people = people
    }
}

extension Evidence {
    /// The cue as `network.json` writes it: `not ` before a negated one (`not condemn*`), a form readers of
    /// `actor-graph/1` and `actor-graph/2` rely on. No lexicon cue begins with a negator, so the prefix is never the cue's own.
    public var writtenCue: String? {
        cue.map { negated ? "not " + $0 : $0 }
    }

    /// The cue and its negation, from the form `network.json` writes (``writtenCue``).
    static func cue(written: String?) -> (cue: String?, negated: Bool) {
        guard let written, written.hasPrefix("not ") else { return (written, false) }
        return (String(written.dropFirst("not ".count)), true)
    }

    /// ``cueRange`` as indices of `text`'s Unicode scalars; nil without a range, or for one that does not fall
    /// between characters of `text` (a reader of the file checks that it does).
    public var cueBounds: Range<String.Index>? {
        guard let range = cueRange, range.lowerBound >= 0, range.upperBound <= text.utf8.count else { return nil }
        let utf8 = text.utf8
        guard let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound).samePosition(in: text.unicodeScalars),
            let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound).samePosition(in: text.unicodeScalars)
        else { return nil }
        return start..<end
    }

    /// The sentence's words at ``cueRange``, as written.
    public var cueWords: String? {
        cueBounds.map { String(text.unicodeScalars[$0]) }
    }

    /// What the cue says was done, for "Russia → United States: condemned": the sentence's words where it has them,
    /// else the lexicon's, after `not ` when negated.
    public var act: String? {
        guard let cue else { return nil }
        return (negated ? "not " : "") + (cueWords ?? cue)
    }
}

extension Evidence {
    private enum CodingKeys: String, CodingKey {
        case document, sentence, date, stance, cue, source, target, text, people
        case cueRange = "cue_range"
    }

    /// Reads an evidence item with its text and date inline, as `actor-graph/1` and the query commands' JSON give
    /// it (`actor-graph/2` files are read by `NetworkJSON`, which joins each item to its sentence): `people` and
    /// `cue_range` are optional, and a `cue` that begins with `not ` is negated.
    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        let (cue, negated) = Self.cue(written: try fields.decodeIfPresent(String.self, forKey: .cue))
        self.init(
            document: try fields.decode(String.self, forKey: .document),
            sentence: try fields.decode(Int.self, forKey: .sentence),
            date: try fields.decodeIfPresent(String.self, forKey: .date),
            stance: try fields.decode(Double.self, forKey: .stance),
            cue: cue, negated: negated,
            cueRange: try fields.decodeIfPresent(Range<Int>.self, forKey: .cueRange),
            source: try fields.decodeIfPresent(String.self, forKey: .source),
            target: try fields.decodeIfPresent(String.self, forKey: .target),
            text: try fields.decode(String.self, forKey: .text),
            people: try fields.decodeIfPresent([String].self, forKey: .people) ?? [])
    }

    /// Writes the item with its text and date inline, as `actor-graph/1` did (``writtenCue``, `cue_range`).
    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: CodingKeys.self)
        try fields.encode(document, forKey: .document)
        try fields.encode(sentence, forKey: .sentence)
        try fields.encodeIfPresent(date, forKey: .date)
        try fields.encode(stance, forKey: .stance)
        try fields.encodeIfPresent(writtenCue, forKey: .cue)
        try fields.encodeIfPresent(source, forKey: .source)
        try fields.encodeIfPresent(target, forKey: .target)
        try fields.encode(text, forKey: .text)
        if !people.isEmpty { try fields.encode(people, forKey: .people) }
        try fields.encodeIfPresent(cueRange, forKey: .cueRange)
    }
}
