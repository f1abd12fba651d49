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
    /// The cue that decided the stance (e.g. `strategic partnership`, `not against`), if any.
    public var cue: String?
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
        source: String? = nil, target: String? = nil, text: String, people: [String] = []
    ) {
        self.document = document
        self.sentence = sentence
        self.date = date
        self.stance = stance
        self.cue = cue
        self.source = source
        self.target = target
        self.text = text
        self.people = people
    }
}

extension Evidence {
    private enum CodingKeys: String, CodingKey {
        case document, sentence, date, stance, cue, source, target, text, people
    }

    /// Reads an evidence item of `network.json`, where `people` is optional.
    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            document: try fields.decode(String.self, forKey: .document),
            sentence: try fields.decode(Int.self, forKey: .sentence),
            date: try fields.decodeIfPresent(String.self, forKey: .date),
            stance: try fields.decode(Double.self, forKey: .stance),
            cue: try fields.decodeIfPresent(String.self, forKey: .cue),
            source: try fields.decodeIfPresent(String.self, forKey: .source),
            target: try fields.decodeIfPresent(String.self, forKey: .target),
            text: try fields.decode(String.self, forKey: .text),
            people: try fields.decodeIfPresent([String].self, forKey: .people) ?? [])
    }
}
