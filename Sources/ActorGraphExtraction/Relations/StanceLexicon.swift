import Foundation

/// The words that give a sentence a cooperative or conflictual lean, and the words that turn them around:
/// the `Resources/Lexicon/stance.json` resource, which documents its own format.
public struct StanceLexicon: Sendable {
    /// A cue word: matched whole, as the beginning of a word when the lexicon writes it with a trailing `*`, or as
    /// the end of a hyphenated word when it is written `*-led`.
    enum Word: Sendable, Hashable {
        case exact(String)
        case prefix(String)
        /// The part of a hyphenated word after its last hyphen, hyphen included (`-led` of `us-led`).
        case suffix(String)

        init(_ text: String) {
            if text.hasPrefix("*-") {
                self = .suffix(String(text.dropFirst()))
            } else {
                self = text.hasSuffix("*") ? .prefix(String(text.dropLast())) : .exact(text)
            }
        }

        func matches(_ token: String) -> Bool {
            switch self {
            case .exact(let word): token == word
            case .prefix(let start): token.hasPrefix(start)
            case .suffix(let end): token.hasSuffix(end) && token.count > end.count
            }
        }
    }

    struct Cue: Sendable {
        var phrase: String
        var words: [Word]
        var stance: Double
        /// Material cooperation (CAMEO 06: trade, supply, buy), which sentences of trade figures turn to no stance.
        var isMaterial = false
        /// One actor's attitude (a statement or appeal, or one of `attitude_cues`): its subjects hold it each.
        var isAttitude = false
        /// One of `parse_only_cues`: its sides come from the parse alone, never from the words' order.
        var isParseOnly = false
        /// One of `abstention_cues`: not doing it is staying out, with no stance.
        var isAbstention = false
    }

    /// Words and phrases, written as cues are, that mark a kind of sentence: one-word exact markers in a set, the
    /// rest (prefixes, phrases) by their first word.
    struct Markers: Sendable {
        let words: Set<String>
        let phrases: FirstWordIndex<[Word]>

        init(_ entries: [String]) {
            let words = Set(entries.filter { !$0.contains(" ") && !$0.hasSuffix("*") && !$0.hasPrefix("*-") })
            self.words = words
            phrases = FirstWordIndex(
                entries.filter { !words.contains($0) }.map { $0.split(separator: " ").map { Word(String($0)) } },
                firstWord: { $0[0] })
        }

        /// Whether one of the words begins a marker.
        func occur(in tokens: [String]) -> Bool {
            tokens.indices.contains { index in
                func starts(_ phrase: [Word]) -> Bool {
                    index + phrase.count <= tokens.count && zip(phrase, tokens[index...]).allSatisfy { $0.matches($1) }
                }
                let token = tokens[index]
                return words.contains(token) || phrases.exact(token).contains(where: starts)
                    || phrases.prefixed(token).contains(where: starts)
                    || phrases.hyphenEnded(token).contains(where: starts)
            }
        }
    }

    /// The cues by their first word; each list longest first.
    let cues: FirstWordIndex<Cue>
    let negators: Set<String>
    let scopeBreakers: Set<String>
    let negationWindow: Int
    /// Sports reporting, where countries are teams and `beat`, `against` and `clash` are no relation.
    let sport: Markers
    /// Words of a result (`won`, `beat`, `losing`) that, beside a score (`28-17`, `6-4`), mark a match report.
    let sportResults: Set<String>
    /// Words of a game (`goal`, `friendly`, `cup`) that, within six words of a result word, mark a match report.
    let sportContext: Set<String>
    /// Trade figures, where material-cooperation cues measure a market, not a relation.
    let figures: Markers
    /// A share of a company (`a 26% stake`), which is owned, not a market measured: its figures are no trade figures.
    let ownership: Markers
    /// Every form of the verbs that undo the act their object names ("lifted sanctions", "ended cooperation").
    let reversalVerbs: Set<String>
    /// Every form of the verbs whose complement is not done ("refused to impose sanctions").
    let refusalVerbs: Set<String>
    /// Adjectives whose complement is not expected to happen ("unlikely to join").
    let doubtAdjectives: Set<String>
    /// Words that make actors who do one thing together partners in it ("coordinated sanctions").
    let jointMarkers: Set<String>
    /// Singular relation nouns that, owned and unnamed, stand for an actor named before them ("its arch-rival").
    let referringNouns: Set<String>
    /// Cues of worry that, negated, reassure ("India need not worry").
    let reassuranceCues: Set<String>
    /// Modals that, in reported speech, make a demand of the clause's subject ("China must stop"), and its stance.
    let demandModals: Set<String>
    let demandStance: Double
    /// Cues that, with an infinitive, demand it of the one appealed to ("called on Syria to withdraw").
    let demandAppeals: Set<String>
    /// The stance of a joint force ("US and Iraqi forces") in a sentence that has no cue of its own (`JointForces`).
    let jointForceStance: Double
    /// Currency names: a currency that moves `against` another is a market, not a relation ("the Swiss franc against
    /// the US dollar").
    let currencies: Set<String>
    /// People who act for themselves, not for their country ("Indian tourists visited Thailand").
    let privatePeople: Set<String>
    /// Nouns of single persons (`individuals`: a man, an actor), whose nationality the word-order guess may not take
    /// for a side.
    let individuals: Set<String>
    /// Cues that name an act only as nouns ("a deal with Russia", not "to deal with the crisis").
    let nounOnly: Set<String>
    /// What predicates make of their arguments, beyond their grammar (`roles`).
    let roles: PredicateRoles

    /// The lexicon shipped with the package.
    public static func bundled() throws -> StanceLexicon {
        guard let url = Bundle.module.url(forResource: "stance", withExtension: "json", subdirectory: "Resources/Lexicon")
        else { throw GazetteerError.missingResources }
        return try load(from: url)
    }

    static func load(from url: URL) throws -> StanceLexicon {
        struct File: Decodable {
            struct Entry: Decodable {
                var cue: String
                var stance: Double
                var cameo: String?
            }
            var negation_window: Int
            var negators: [String]
            var scope_breakers: [String]
            var sport: [String]
            var sport_results: [String]
            var sport_context: [String]
            var figures: [String]
            var ownership: [String]
            var reversal_verbs: [String]
            var refusal_verbs: [String]
            var doubt_adjectives: [String]
            var joint_markers: [String]
            var referring_nouns: [String]
            var reassurance_cues: [String]
            var demand_modals: [String]
            var demand_stance: Double
            var demand_appeals: [String]
            var joint_force_stance: Double
            var currencies: [String]
            var private_people: [String]
            var individuals: [String]
            var noun_only: [String]
            var attitude_cues: [String]
            var parse_only_cues: [String]
            var abstention_cues: [String]
            var roles: PredicateRoles.Entries
            var cues: [Entry]
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        } catch {
            throw GazetteerError.malformed(url.path, String(describing: error))
        }
        let attitudes = Set(file.attitude_cues)
        let parseOnly = Set(file.parse_only_cues)
        let abstentions = Set(file.abstention_cues)
        let cues = file.cues.map { entry in
            Cue(
                phrase: entry.cue, words: entry.cue.split(separator: " ").map { Word(String($0)) }, stance: entry.stance,
                isMaterial: entry.cameo == "06",
                isAttitude: ["01", "02"].contains(entry.cameo) || attitudes.contains(entry.cue),
                isParseOnly: parseOnly.contains(entry.cue), isAbstention: abstentions.contains(entry.cue))
        }
        .sorted { ($0.words.count, $1.phrase) > ($1.words.count, $0.phrase) }
        return StanceLexicon(
            cues: FirstWordIndex(cues, firstWord: { $0.words[0] }),
            negators: Set(file.negators), scopeBreakers: Set(file.scope_breakers), negationWindow: file.negation_window,
            sport: Markers(file.sport), sportResults: Set(file.sport_results),
            sportContext: Set(file.sport_context), figures: Markers(file.figures),
            ownership: Markers(file.ownership),
            reversalVerbs: Set(file.reversal_verbs.flatMap(VerbForms.of)),
            refusalVerbs: Set(file.refusal_verbs.flatMap(VerbForms.of)), doubtAdjectives: Set(file.doubt_adjectives),
            jointMarkers: Set(file.joint_markers),
            referringNouns: Set(file.referring_nouns), reassuranceCues: Set(file.reassurance_cues),
            demandModals: Set(file.demand_modals), demandStance: file.demand_stance,
            demandAppeals: Set(file.demand_appeals), jointForceStance: file.joint_force_stance,
            currencies: Set(file.currencies), privatePeople: Set(file.private_people),
            individuals: Set(file.individuals),
            nounOnly: Set(file.noun_only), roles: PredicateRoles(file.roles))
    }

    /// Whether the words report a match: a score (two numbers of one or two digits joined by a hyphen, as a
    /// sentence's words keep it: `28-17`) within four words of a result (`losing 28-17`, `beat Bulgarian Magdaleena
    /// Maleeva 4-6 6-4 6-3`: a player's nationality and two names). A vote (`15-0`) or a range (`10-15%`) has no
    /// result word beside it.
    func reportsAScore(_ tokens: [String]) -> Bool {
        tokens.indices.contains { Self.isScore(tokens[$0]) && hasResult(within: 4, of: $0, in: tokens) }
    }

    /// Whether the words report a match by its words alone: a result (`win`, `beating`) within six words of a word of
    /// a game (`friendly`, `cup`): "their friendly win over Croatia", "the final of the Hopman Cup after beating".
    func reportsAResult(_ tokens: [String]) -> Bool {
        tokens.indices.contains { sportContext.contains(tokens[$0]) && hasResult(within: 6, of: $0, in: tokens) }
    }

    /// Whether a result word (`sportResults`) stands within `distance` words of word `index`.
    private func hasResult(within distance: Int, of index: Int, in tokens: [String]) -> Bool {
        tokens[max(0, index - distance)...min(tokens.count - 1, index + distance)].contains(where: sportResults.contains)
    }

    private static func isScore(_ word: String) -> Bool {
        let sides = word.split(separator: "-", omittingEmptySubsequences: false)
        return sides.count == 2 && sides.allSatisfy { side in
            (1...2).contains(side.count) && side.allSatisfy { $0.isASCII && $0.isNumber }
        }
    }

    /// The longest cue that starts at `tokens[index]`, if any; of two as long, the one whose first word is exact.
    ///
    /// - Complexity: O(*k*) in the cues that share the word's first word or first characters; this runs on every
    ///   word of every sentence that names two actors, so it copies no cue until one matches.
    func cue(startingAt index: Int, in tokens: [String]) -> Cue? {
        var best: Cue?
        func consider(_ candidates: [Cue]) {
            for position in candidates.indices {
                let count = candidates[position].words.count
                guard index + count <= tokens.count, count > best?.words.count ?? 0 else { continue }
                if zip(candidates[position].words, tokens[index...]).allSatisfy({ $0.matches($1) }) {
                    best = candidates[position]
                }
            }
        }
        consider(cues.exact(tokens[index]))
        consider(cues.prefixed(tokens[index]))
        // A hyphen end is a cue of one word, and the lexicon writes each end once.
        return best ?? cues.hyphenEnded(tokens[index]).last
    }
}
