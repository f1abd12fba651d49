extension JSONScanner {
    /// An evidence item with its text and date inline, as ``Evidence``'s `Codable` form writes it (partial networks,
    /// `actor-graph/1`): the fast path of decoding one with `JSONDecoder`, which reads the same fields the same way.
    public mutating func inlineEvidence() throws(Unread) -> Evidence {
        let fields = try evidenceFields()
        guard let text = fields.text else { throw Unread() }
        let (cue, negated) = Evidence.cue(written: fields.cue)
        return Evidence(
            document: fields.document, sentence: fields.sentence, date: fields.date, stance: fields.stance, cue: cue,
            negated: negated, cueRange: fields.cueRange, source: fields.source, target: fields.target, text: text,
            people: fields.people)
    }

    /// The fields of an evidence item in either form: with its text and date inline, or as `network.json` writes
    /// it, naming its row of the `sentences` table (`ref`).
    struct EvidenceFields {
        var document: String
        var sentence: Int
        var ref: Int?
        var date: String?
        var stance: Double
        var cue: String?
        var cueRange: Range<Int>?
        var source: String?
        var target: String?
        var text: String?
        var people: [String]
    }

    mutating func evidenceFields() throws(Unread) -> EvidenceFields {
        var document: String?, sentence: Int?, ref: Int?, date: String?, stance: Double?, cue: String?
        var source: String?, target: String?, text: String?, people: [String]?, cueRange: [Int]?
        try object { scanner, key throws(Unread) in
            switch key {
            case "document": document = try scanner.string()
            case "sentence": sentence = try scanner.int()
            case "ref": ref = try scanner.nullOr { scanner throws(Unread) in try scanner.int() }
            case "date": date = try scanner.nullOr { scanner throws(Unread) in try scanner.string() }
            case "stance": stance = try scanner.double()
            case "cue": cue = try scanner.nullOr { scanner throws(Unread) in try scanner.string() }
            case "source": source = try scanner.nullOr { scanner throws(Unread) in try scanner.string() }
            case "target": target = try scanner.nullOr { scanner throws(Unread) in try scanner.string() }
            case "text": text = try scanner.nullOr { scanner throws(Unread) in try scanner.string() }
            case "people": people = try scanner.nullOrArray { scanner throws(Unread) in try scanner.string() }
            case "cue_range": cueRange = try scanner.nullOrArray { scanner throws(Unread) in try scanner.int() }
            default: try scanner.skipValue()
            }
        }
        // Two offsets in order, as `Range`'s decoding asks; anything else goes to JSONDecoder for its message.
        guard let document, let sentence, let stance, cueRange.map({ $0.count == 2 && $0[0] <= $0[1] }) ?? true
        else { throw Unread() }
        return EvidenceFields(
            document: document, sentence: sentence, ref: ref, date: date, stance: stance, cue: cue,
            cueRange: cueRange.map { $0[0]..<$0[1] }, source: source, target: target, text: text, people: people ?? [])
    }

    /// Sentence counts as ``StanceTally``'s `Codable` form writes them, the sum of stances in ten-thousandths.
    public mutating func stanceTally() throws(Unread) -> StanceTally {
        var weight: Int?, positive: Int?, negative: Int?, stanceSum: Int?
        try object { scanner, key throws(Unread) in
            switch key {
            case "weight": weight = try scanner.int()
            case "positive": positive = try scanner.int()
            case "negative": negative = try scanner.int()
            case "stanceSum": stanceSum = try scanner.int()
            default: try scanner.skipValue()
            }
        }
        guard let weight, let positive, let negative, let stanceSum else { throw Unread() }
        return StanceTally(weight: weight, positive: positive, negative: negative, stanceSum: stanceSum)
    }
}
