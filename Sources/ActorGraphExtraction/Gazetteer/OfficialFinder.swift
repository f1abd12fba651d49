import ActorGraphCore
import Foundation

/// A person the gazetteer does not know, named in a sentence with a title and the country (or grouping) they act
/// for: `Russian Ambassador Nikolay Kudashev`.
struct Official: Sendable, Hashable {
    /// A person node: id the slug of the name (`nikolay-kudashev`), affiliation the country's code.
    var actor: Actor
    /// UTF-8 offsets of the name in the sentence.
    var start: Int
    var end: Int
    /// The name's words, for later surname-only mentions.
    var words: [String]
}

/// Finds officials the gazetteer does not know in one sentence, from the actors the gazetteer found there.
///
/// Three shapes, all case-aware, the affiliation always from an actor named inside the phrase:
/// - `<Country|Demonym> … <Title> [to <Country>] [Honorific] <Name> [of <Country>]`: `Pakistan's Foreign Minister
///   Ishaq Dar`, `Chinese Ambassador to India Xu Feihong` (India is the receiving state, not the affiliation);
/// - `<Name>, … <title> … <Country|Demonym> …`: `Roman Babushkin, deputy head of the Russian mission in India`
///   (the first country of the apposition not after `to` or `in`);
/// - `<Title> <Name> of <Country>`.
///
/// A name is two to four capitalised words (lower-case particles such as `bin` or `al-` inside), none of them a
/// gazetteer actor, except a first name that is a country's name (`Chad Wolf`), whose mention the finder drops.
/// A sentence that names no country or grouping costs nothing; one without a title word, one trie walk.
struct OfficialFinder: Sendable {
    let titles: OfficialTitles
    let actors: [String: Actor]

    /// The officials a sentence names, and the indices of `mentions` that are part of their names.
    func officials(in sentence: String, mentions: [Mention]) -> (officials: [Official], dropped: Set<Int>) {
        // Every shape takes the affiliation from a country or grouping named in the sentence: without one, no title
        // can introduce an official, and the sentence is neither searched for titles nor cut into tokens.
        guard mentions.contains(where: isAffiliation) else { return ([], []) }
        let titleMatches = titles.matcher.matches(in: sentence)
        guard !titleMatches.isEmpty else { return ([], []) }
        let reading = Reading(NameTokens(sentence), mentions: mentions, titleMatches: titleMatches, finder: self)
        var found: [Official] = []
        var dropped = Set<Int>()
        for title in reading.titleRanges {
            guard let (names, affiliation) = reading.namedOfficial(at: title),
                !found.contains(where: { $0.start == reading.tokens[names.lowerBound].start })
            else { continue }
            let tokens = reading.tokens[names]
            let start = tokens.first!.start
            let end = tokens.last!.end
            var text = sentence
            let label = text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
            let id = Self.slug(label)
            guard !id.isEmpty else { continue }
            let actor = actors[id] ?? Actor(id: id, label: label, kind: .person, affiliation: affiliation)
            found.append(Official(actor: actor, start: start, end: end, words: tokens.map(\.text)))
            if let first = reading.mentionAt[names.lowerBound] { dropped.insert(first) }
        }
        return (found, dropped)
    }

    /// `Nikolay Kudashev` → `nikolay-kudashev`: lower case, accents dropped, runs of other characters as one `-`.
    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.joined(separator: "-")
    }

    func isAffiliation(_ mention: Mention) -> Bool {
        let kind = actors[mention.actor]?.kind
        return kind == .country || kind == .grouping
    }
}

/// One sentence's tokens with the gazetteer's mentions and the titles laid over them.
private struct Reading {
    let tokens: [NameTokens.Token]
    let mentions: [Mention]
    /// The mention covering each token, by index into `mentions`.
    let mentionAt: [Int?]
    let titleAt: [Bool]
    let titleRanges: [ClosedRange<Int>]
    let finder: OfficialFinder

    init(_ words: NameTokens, mentions: [Mention], titleMatches: [SurfaceMatcher.Match], finder: OfficialFinder) {
        tokens = words.tokens
        self.mentions = mentions
        self.finder = finder
        mentionAt = words.tokens.map { token in
            mentions.firstIndex { $0.start < token.end && $0.end > token.start }
        }
        let ranges = titleMatches.compactMap { words.indices(within: $0.start, $0.end) }
        var titleAt = [Bool](repeating: false, count: words.tokens.count)
        for range in ranges { range.forEach { titleAt[$0] = true } }
        self.titleAt = titleAt
        titleRanges = ranges
    }

    /// The name and affiliation of the official a title introduces, by the first shape that fits.
    func namedOfficial(at title: ClosedRange<Int>) -> (Range<Int>, String)? {
        if let names = nameAfter(title) {
            let before = affiliationBefore(title.lowerBound)
            if let affiliation = before ?? affiliationOf(after: names) { return (names, affiliation) }
        }
        return apposition(before: title)
    }

    // MARK: Title, then name

    private func nameAfter(_ title: ClosedRange<Int>) -> Range<Int>? {
        guard tokens[title.upperBound].stop == nil, !tokens[title.upperBound].possessive else { return nil }
        var next = title.upperBound + 1
        if next < tokens.count, tokens[next].text == "to" {
            next += 1
            if next < tokens.count, tokens[next].text == "the" { next += 1 }
            guard next < tokens.count, let receiving = mentionAt[next] else { return nil }
            while next < tokens.count, mentionAt[next] == receiving {
                guard tokens[next].stop == nil else { return nil }
                next += 1
            }
        }
        next += honorificLength(at: next)
        return nameForward(from: next)
    }

    /// The nearest country or grouping before the title, within five words and the same phrase.
    private func affiliationBefore(_ title: Int) -> String? {
        var index = title - 1
        while index >= 0, index >= title - 5, tokens[index].stop == nil {
            if let affiliation = affiliation(at: index) { return affiliation }
            index -= 1
        }
        return nil
    }

    /// `… <Name> of <Country>`.
    private func affiliationOf(after names: Range<Int>) -> String? {
        var index = names.upperBound
        guard tokens[index - 1].stop == nil, index + 1 < tokens.count, tokens[index].text == "of" else { return nil }
        index += 1
        if tokens[index].text == "the", index + 1 < tokens.count { index += 1 }
        guard let mention = mentionAt[index], finder.isAffiliation(mentions[mention]) else { return nil }
        return mentions[mention].actor
    }

    // MARK: Name, then title

    /// `<Name>, [words] <title> …` with the affiliation from the apposition.
    private func apposition(before title: ClosedRange<Int>) -> (Range<Int>, String)? {
        var comma = title.lowerBound - 1
        while comma >= 0, comma >= title.lowerBound - 7, tokens[comma].stop == nil { comma -= 1 }
        guard comma >= 0, comma >= title.lowerBound - 7, tokens[comma].stop == ",", let names = nameBackward(to: comma)
        else { return nil }
        var index = comma + 1
        while index < tokens.count, index <= title.upperBound + 8 {
            if let affiliation = affiliation(at: index) { return (names, affiliation) }
            if index >= title.upperBound, tokens[index].stop != nil { break }
            index += 1
        }
        return nil
    }

    // MARK: Names

    private func nameForward(from start: Int) -> Range<Int>? {
        var index = start
        if index + 1 < tokens.count, isCountryFirstName(index), isNameWord(index + 1) { index += 1 }
        while index < tokens.count, isNameWord(index) || isParticle(index) {
            index += 1
            if tokens[index - 1].stop != nil || tokens[index - 1].possessive { break }
            if index - start > 4 { return nil }
        }
        var end = index
        while end > start, isParticle(end - 1) { end -= 1 }
        return isName(start..<end) ? start..<end : nil
    }

    private func nameBackward(to last: Int) -> Range<Int>? {
        guard isNameWord(last) else { return nil }
        var start = last
        while start > 0, tokens[start - 1].stop == nil, !tokens[start - 1].possessive,
            isNameWord(start - 1) || isParticle(start - 1)
        {
            start -= 1
            if last - start >= 4 { return nil }
        }
        if start > 0, tokens[start - 1].stop == nil, isCountryFirstName(start - 1), last - start < 3 { start -= 1 }
        start += honorificLength(at: start)
        while start < last, isParticle(start) { start += 1 }
        return isName(start..<last + 1) ? start..<last + 1 : nil
    }

    private func isName(_ range: Range<Int>) -> Bool {
        range.count >= 2 && range.count <= 4 && !isParticle(range.lowerBound)
    }

    /// A capitalised word that is no actor, title or non-name; `al-Burhan` counts.
    private func isNameWord(_ index: Int) -> Bool {
        let token = tokens[index]
        guard mentionAt[index] == nil, !titleAt[index], !finder.titles.nonNames.contains(token.text) else { return false }
        if token.isCapitalised { return true }
        guard let hyphen = token.text.firstIndex(of: "-") else { return false }
        let rest = token.text[token.text.index(after: hyphen)...]
        return finder.titles.particles.contains(token.text[...hyphen].lowercased()) && rest.first?.isUppercase == true
    }

    private func isParticle(_ index: Int) -> Bool {
        mentionAt[index] == nil && finder.titles.particles.contains(tokens[index].text)
    }

    /// A first name that is a country's name as written (`Chad` in `Chad Wolf`).
    private func isCountryFirstName(_ index: Int) -> Bool {
        guard let mention = mentionAt[index], tokens[index].stop == nil, !tokens[index].possessive,
            tokens[index].isCapitalised
        else { return false }
        let m = mentions[mention]
        return m.start == tokens[index].start && m.end == tokens[index].end && finder.actors[m.actor]?.kind == .country
    }

    /// Words of an honorific starting at `index` (`General`, `Lt. Gen.`), or 0.
    private func honorificLength(at index: Int) -> Int {
        var best = 0
        for words in finder.titles.honorifics where words.count > best && index + words.count <= tokens.count {
            if words.indices.allSatisfy({ tokens[index + $0].text == words[$0] && tokens[index + $0].stop == nil }) {
                best = words.count
            }
        }
        return best
    }

    /// The country or grouping named at token `index` that an official beside it may act for: not a receiving state,
    /// nor one joined by a hyphen to the word after it (`U.S.-backed interim President Hamid Karzai` is not
    /// American).
    private func affiliation(at index: Int) -> String? {
        guard let mention = mentionAt[index], finder.isAffiliation(mentions[mention]), !isReceiving(index) else {
            return nil
        }
        let joined = mentions[mention].end < tokens[index].end && tokens[index].text.contains("-")
        return joined ? nil : mentions[mention].actor
    }

    /// A receiving state: `to India`, `in India`, `to the United States`.
    private func isReceiving(_ index: Int) -> Bool {
        guard let mention = mentionAt[index] else { return false }
        var before = index - 1
        while before >= 0, mentionAt[before] == mention { before -= 1 }
        if before >= 0, tokens[before].text == "the" { before -= 1 }
        return before >= 0 && ["to", "in"].contains(tokens[before].text)
    }
}
