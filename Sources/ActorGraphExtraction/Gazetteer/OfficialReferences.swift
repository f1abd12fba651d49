/// The officials one document has introduced so far, and the words that name them again: the full name, and the
/// surname alone (the last word, without an `al-`; the first word of a two-word East Asian name: `Mao` for
/// `Mao Ning`). A word that two of the document's officials share names neither.
struct OfficialReferences: Sendable {
    /// Countries whose names put the family name first.
    private static let familyNameFirst: Set<String> = ["CHN", "TWN", "HKG", "MAC", "KOR", "PRK"]

    /// The officials met, by id.
    private(set) var actors: [String: Actor] = [:]
    /// Words (space-separated) to the official they name; nil where two officials share them.
    private var keys: [String: String?] = [:]

    mutating func add(_ official: Official) {
        let id = official.actor.id
        actors[id] = official.actor
        let words = official.words
        let surname = Self.surname(of: words, affiliation: official.actor.affiliation)
        for key in Set([words.joined(separator: " "), surname]) {
            if let existing = keys[key], existing != id { keys[key] = .some(nil) } else { keys[key] = id }
        }
    }

    /// The word that names again a person whose name is `words` (not empty): the last, without a lower-case prefix
    /// such as `al-`; for a two-word name of a country that puts the family name first, the first.
    ///
    ///     OfficialReferences.surname(of: ["Sergey", "Lavrov"], affiliation: "RUS")   // "Lavrov"
    ///     OfficialReferences.surname(of: ["Wang", "Yi"], affiliation: "CHN")         // "Wang"
    static func surname(of words: [String], affiliation: String?) -> String {
        var surname = words.last!
        if let hyphen = surname.firstIndex(of: "-"), surname[..<hyphen].allSatisfy(\.isLowercase) {
            surname = String(surname[surname.index(after: hyphen)...])
        }
        if words.count == 2, let affiliation, Self.familyNameFirst.contains(affiliation) {
            surname = words[0]
        }
        return surname
    }

    /// Mentions of the document's officials by name or surname that overlap none of `taken`, in no special order.
    ///
    /// A surname next to another capitalised word is part of some other name and is left alone, unless the word
    /// before it is a way of addressing the person, as `addresses` says (`Mr Prescott`, `President Castro`).
    func mentions(
        in sentence: String, excluding taken: [Mention], addresses: (String) -> Bool = { _ in false }
    ) -> [Mention] {
        let present = keys.compactMap { key, id in id.map { (key, $0) } }.filter { Self.occurs($0.0, in: sentence) }
        guard !present.isEmpty else { return [] }
        let tokens = NameTokens(sentence).tokens
        var found: [Mention] = taken
        var result: [Mention] = []
        // Longer keys first, so a full name wins over its surname.
        for (key, id) in present.sorted(by: { ($0.0.count, $0.0) > ($1.0.count, $1.0) }) {
            let words = key.split(separator: " ").map(String.init)
            for start in tokens.indices where start + words.count <= tokens.count {
                let end = start + words.count
                guard words.indices.allSatisfy({ tokens[start + $0].text == words[$0] }),
                    (start..<end - 1).allSatisfy({ tokens[$0].stop == nil && !tokens[$0].possessive })
                else { continue }
                let span = (tokens[start].start, tokens[end - 1].end)
                guard !found.contains(where: { $0.start < span.1 && $0.end > span.0 }),
                    !joinsName(tokens, before: start, found: found) || addresses(tokens[start - 1].text),
                    !(end < tokens.count && tokens[end - 1].stop == nil && !tokens[end - 1].possessive
                        && isFreeCapital(tokens[end], found: found))
                else { continue }
                let mention = Mention(
                    actor: id, text: words.joined(separator: " "), start: span.0, end: span.1,
                    affiliation: actors[id]?.affiliation)
                found.append(mention)
                result.append(mention)
            }
        }
        return result
    }

    /// Whether `key` occurs in `sentence`, as `String.contains` says. In ASCII text (nearly every sentence) no
    /// character spans two bytes or has another spelling, so comparing bytes gives the same answer without the
    /// character-by-character search, which was most of this stage's time on news; other text is searched as before.
    private static func occurs(_ key: String, in sentence: String) -> Bool {
        var sentence = sentence
        var key = key
        let found = sentence.withUTF8 { text in
            key.withUTF8 { key -> Bool? in
                guard !key.isEmpty, text.allSatisfy({ $0 < 0x80 }), key.allSatisfy({ $0 < 0x80 }) else { return nil }
                guard text.count >= key.count else { return false }
                return (0...text.count - key.count).contains { start in
                    text[start] == key[0] && key.indices.allSatisfy { text[start + $0] == key[$0] }
                }
            }
        }
        return found ?? sentence.contains(key)
    }

    private func joinsName(_ tokens: [NameTokens.Token], before start: Int, found: [Mention]) -> Bool {
        guard start > 0 else { return false }
        let previous = tokens[start - 1]
        return previous.stop == nil && !previous.possessive && isFreeCapital(previous, found: found)
    }

    /// A capitalised word that no actor's mention covers.
    private func isFreeCapital(_ token: NameTokens.Token, found: [Mention]) -> Bool {
        token.isCapitalised && !found.contains { $0.start < token.end && $0.end > token.start }
    }
}

extension Gazetteer {
    /// The actors a sentence of a document names, in order: the gazetteer's, the officials it does not know (added
    /// to `references`, which carries them to the document's later sentences), and each person's dated role.
    ///
    /// A known person's `role` and `affiliation` are those in force on `date`; undated, the affiliation is the
    /// person's usual one and the role is nil.
    func mentions(in sentence: String, on date: String?, references: inout OfficialReferences) -> [Mention] {
        var mentions = self.mentions(in: sentence)
        let (officials, dropped) = officialFinder.officials(in: sentence, mentions: mentions)
        if !dropped.isEmpty {
            mentions = mentions.indices.filter { !dropped.contains($0) }.map { mentions[$0] }
        }
        for official in officials {
            if actors[official.actor.id] == nil { references.add(official) }
            mentions.append(Mention(
                actor: official.actor.id, text: official.words.joined(separator: " "), start: official.start,
                end: official.end, affiliation: official.actor.affiliation))
        }
        // "John Prescott ... Mr Prescott": a person the gazetteer lists is named again by the surname alone once the
        // document has named them in full, as an official is (unless the surname is a word such as `May`).
        for mention in mentions where references.actors[mention.actor] == nil {
            guard let person = actors[mention.actor], person.kind == .person else { continue }
            let words = mention.text.split(separator: " ").map(String.init)
            guard words.count > 1,
                !officialFinder.titles.nonNames.contains(
                    OfficialReferences.surname(of: words, affiliation: person.affiliation))
            else { continue }
            references.add(Official(actor: person, start: mention.start, end: mention.end, words: words))
        }
        if !references.actors.isEmpty {
            mentions += references.mentions(
                in: sentence, excluding: mentions, addresses: officialFinder.titles.addresses)
        }
        for index in mentions.indices {
            guard let actor = actors[mentions[index].actor], actor.kind == .person else { continue }
            mentions[index].role = actor.role(on: date)?.title
            mentions[index].affiliation = actor.affiliation(on: date)
        }
        if !officials.isEmpty || !references.actors.isEmpty { mentions.sort { $0.start < $1.start } }
        return mentions
    }
}
