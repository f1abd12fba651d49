extension JSONScanner {
    /// An evidence item with its text and date inline, as ``Evidence``'s `Codable` form writes it (partial networks,
    /// `actor-graph/1`): the fast path of decoding one with `JSONDecoder`, which reads the same fields the same way.
    public mutating func inlineEvidence() throws(Unread) -> Evidence {
        let item = try fileEvidence()
        guard let evidence = try? item.evidence(in: nil) else { throw Unread() }
        return evidence
    }

    /// An evidence item in either form: with its text and date inline, or as `network.json` writes it, naming its
    /// row of the `sentences` table (`ref`).
    mutating func fileEvidence() throws(Unread) -> NetworkJSON.FileEvidence {
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
        return NetworkJSON.FileEvidence(
            document: document, sentence: sentence, ref: ref, date: date, stance: stance, writtenCue: cue,
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
