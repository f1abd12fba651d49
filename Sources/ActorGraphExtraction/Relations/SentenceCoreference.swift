/// Light coreference within one sentence: the actors that pronouns, "the two countries" and "its arch-rival" stand
/// for, read from the parse and the actors the sentence names. A word is resolved only where one reading is clearly
/// best; otherwise it stands for nobody.
struct SentenceCoreference {
    /// The actors each token stands for: the named ones and the resolved ones.
    private(set) var actorsAt: [Int: [String]]
    /// The relation nouns resolved to an actor ("its arch-rival"): their possessor is not part of what they name.
    private(set) var referents: Set<Int> = []

    /// - Parameters:
    ///   - named: the head token of each mention and its actors.
    ///   - isPerson: whether an actor id is a person's (he and she refer to people, it to anyone else).
    ///   - antecedents: the two sides earlier sentences named, for "the two countries" with no two named before it.
    ///   - referringNouns: singular nouns of a standing relation (the lexicon's `referring_nouns`).
    ///   - offices: nouns that name a person by the office they hold (`president`, `minister`).
    init(
        tree: DependencyTree, named: [Int: [String]], antecedents: [String] = [], isPerson: (String) -> Bool,
        referringNouns: Set<String>, offices: Set<String> = []
    ) {
        actorsAt = named
        let mentions = named.sorted { $0.key < $1.key }
        for token in tree.parse.tokens.indices where actorsAt[token] == nil {
            let form = tree.lowercased(token)
            if let kind = Self.pronouns[form] {
                resolvePronoun(token, kind: kind, tree: tree, mentions: mentions, isPerson: isPerson, offices: offices)
            } else if Self.pairNouns.contains(form) {
                resolvePair(token, tree: tree, mentions: mentions, antecedents: antecedents)
            } else if Self.countryNouns.contains(form) {
                resolveCountry(token, tree: tree, mentions: mentions, isPerson: isPerson)
            } else if referringNouns.contains(form) {
                resolveReferent(token, tree: tree, mentions: mentions)
            }
        }
    }

    enum PronounKind {
        case person, nonPerson, any

        func accepts(isPerson: Bool) -> Bool {
            switch self {
            case .person: isPerson
            case .nonPerson: !isPerson
            case .any: true
            }
        }
    }

    static let pronouns: [String: PronounKind] = [
        "he": .person, "him": .person, "his": .person, "she": .person, "her": .person,
        "it": .nonPerson, "its": .nonPerson, "they": .any, "them": .any, "their": .any, "we": .any, "our": .any,
        "i": .person, "me": .person, "my": .person,
    ]

    static let firstPerson: Set<String> = ["we", "our", "i", "me", "my"]
    /// First-person pronouns that can only be the one quoted: with no speaker they stand for nobody.
    static let speakerOnly: Set<String> = ["i", "me", "my"]

    /// How many actors a counting word before a `pairNouns` noun stands for.
    static let counts: [String: Int] = ["two": 2, "both": 2, "three": 3, "four": 4]

    /// Nouns that, counted ("the two countries", "both sides", "the three nations"), stand for as many actors named
    /// before them.
    static let pairNouns: Set<String> = [
        "countries", "nations", "neighbours", "neighbors", "sides", "states", "governments", "capitals",
    ]

    /// We and our, I, me and my in reported speech stand for the speaker (I, me and my for nobody else). A possessive
    /// pronoun stands for the subject of its clause ("it has opposed Moscow's efforts to ship hardware to its
    /// arch-rival": it). Any other personal pronoun, or a possessive whose clause subject names no actor, stands for
    /// the nearest actor named before it that it can refer to; a plural one for that actor's whole coordination
    /// ("India and Russia agreed to expand their cooperation").
    private mutating func resolvePronoun(
        _ token: Int, kind: PronounKind, tree: DependencyTree, mentions: [(key: Int, value: [String])],
        isPerson: (String) -> Bool, offices: Set<String>
    ) {
        // "“We just want to call the attention of our Indian partners ...,” Kudashev said": we are the speaker.
        if Self.firstPerson.contains(tree.lowercased(token)) {
            let speakers = tree.speaker(of: token).flatMap { tree.ownExtent(of: $0) }
            let actors = speakers.sorted().flatMap { actorsAt[$0] ?? [] }
            if !actors.isEmpty {
                actorsAt[token] = actors
                return
            }
            // "Mr Blair said: “I've been a very strong supporter of Israel”": the quoted I is the speaker.
            if Self.speakerOnly.contains(tree.lowercased(token)) { return }
        }
        // "Colombia's president said he would restore relations with Venezuela": he is the speaker, and a speaker
        // named by an office stands for the country that holds it.
        if kind == .person, tree.relation(token) == "nsubj" {
            let speakers = tree.speaker(of: token).filter { Self.isStateOffice($0, in: tree, offices: offices) }
            let actors = speakers.flatMap { tree.ownExtent(of: $0) }.sorted().flatMap { actorsAt[$0] ?? [] }
            if !actors.isEmpty {
                actorsAt[token] = actors
                return
            }
        }
        if tree.relation(token) == "nmod:poss", let subject = Self.clauseSubject(above: token, in: tree) {
            let actors = tree.ownExtent(of: subject).sorted().flatMap { actorsAt[$0] ?? [] }
            // "Putin's new year message was extended to ... even its arch-rival": a person stands for their country;
            // "the Pakistani president met Blair on his first visit to London": so does an office held for one.
            let office = kind == .person && Self.isStateOffice(subject, in: tree, offices: offices)
            if !actors.isEmpty
                && (kind == .nonPerson || office || actors.allSatisfy({ kind.accepts(isPerson: isPerson($0)) }))
            {
                actorsAt[token] = actors
                return
            }
        }
        // A pronoun that goes on with an argument of a clause beside its own: the argument's actors, if it names any
        // the pronoun can refer to.
        func goesOn(with argument: Int) -> Bool {
            let actors = tree.ownExtent(of: argument).sorted().flatMap { actorsAt[$0] ?? [] }
            guard !actors.isEmpty && actors.allSatisfy({ kind.accepts(isPerson: isPerson($0)) }) else { return false }
            actorsAt[token] = actors
            return true
        }
        let verb = tree.head(token)
        // "The UAE normalised ties with Israel, however it has condemned ...": the subject of a clause coordinated
        // with or set beside another goes on with that clause's subject, not with the actor named last.
        if tree.relation(token) == "nsubj", let verb, ["conj", "parataxis"].contains(tree.relation(verb)),
            let head = tree.head(verb), let subject = tree.subject(of: head), subject < token, goesOn(with: subject)
        {
            return
        }
        // "While the US accepts the one-China policy, it will help defend Taiwan": so does the subject of a
        // clause after an adverbial clause of its own, with that clause's subject.
        if tree.relation(token) == "nsubj", let verb,
            let clause = tree.children[verb].first(where: { tree.relation($0) == "advcl" && $0 < token }),
            let subject = tree.subject(of: clause), goesOn(with: subject)
        {
            return
        }
        // "Israeli troops mistook three Egyptian police officers for militants and shot them dead": and the object
        // of a verb coordinated with one that has an object, with that object, which may name no actor ("Poland
        // rejected the proposal and Germany's parties opposed it").
        if tree.relation(token) == "obj", let verb, tree.relation(verb) == "conj", let head = tree.head(verb),
            let object = tree.children[head].first(where: { tree.relation($0) == "obj" && $0 < token })
        {
            _ = goesOn(with: object)
            return
        }
        // "India's participation in it": a pronoun inside a noun phrase is not the phrase's owner, as an object is
        // not its own clause's subject (a reflexive would say so).
        var local: [Int] = []
        if let head = tree.head(token) {
            local += tree.children[head].filter { tree.relation($0) == "nmod:poss" && $0 != token }
            if ["obj", "obl", "iobj"].contains(tree.relation(token)), let subject = tree.subject(of: head) {
                local.append(subject)
            }
            // "a US-drafted Security Council resolution to punish it": nor is it the noun its clause
            // describes, or anything that noun's phrase names before the clause.
            if ["acl", "acl:relcl"].contains(tree.relation(head)), let noun = tree.head(head) {
                local += [noun] + tree.descendants(of: noun).filter { $0 < head }
            }
        }
        let excluded = Set(local.flatMap(tree.ownExtent).flatMap { actorsAt[$0] ?? [] })
        let candidates = mentions.filter {
            $0.key < token && kind.accepts(isPerson: $0.value.allSatisfy(isPerson))
                && !$0.value.contains(where: excluded.contains)
        }
        guard let nearest = candidates.last else { return }
        if kind == .any {
            let coordination = tree.coordination(of: nearest.key)
            actorsAt[token] = mentions.filter { coordination.contains($0.key) }.flatMap(\.value)
        } else {
            actorsAt[token] = nearest.value
        }
    }

    /// "The two countries", "both sides", "the two neighbours" (and "the three countries") stand for the nearest two
    /// (three) actors named together before them ("Pakistan and Iran exchanged strikes, and China offered to mediate
    /// between the two neighbours"), or for the only two (three) named before them, or for the two an earlier sentence
    /// named.
    private mutating func resolvePair(
        _ token: Int, tree: DependencyTree, mentions: [(key: Int, value: [String])], antecedents: [String]
    ) {
        // "The neighbours" are two as they stand; "the countries" may be any number, and "the three countries"
        // are three ("The United States, Britain and Australia condemned ..., and Beijing accused the three
        // countries").
        let numbers = tree.children[token].compactMap { Self.counts[tree.lowercased($0)] }
        let neighbours = ["neighbours", "neighbors"].contains(tree.lowercased(token))
            && tree.children[token].contains { tree.relation($0) == "det" && tree.lowercased($0) == "the" }
        guard let count = numbers.first ?? (neighbours ? 2 : nil) else { return }
        let before = mentions.filter { $0.key < token }
        for mention in before.reversed() {
            let coordination = tree.coordination(of: mention.key)
            let together = before.filter { coordination.contains($0.key) }.flatMap(\.value)
            if Set(together).count == count {
                actorsAt[token] = Array(Set(together)).sorted()
                return
            }
        }
        let all = Set(before.flatMap(\.value))
        if all.count == count {
            actorsAt[token] = all.sorted()
        } else if all.count < 2 && antecedents.count == count {
            actorsAt[token] = antecedents
        }
    }

    /// Nouns that, as "the country", stand for a country named before them.
    static let countryNouns: Set<String> = ["country", "nation"]

    /// "Around 100,000 Iraqis have been killed since the US-led coalition invaded the country": "the country" (with
    /// `the` and no other modifier) stands for the nearest actor named before it, not a person, that is not the
    /// agent of the act it takes part in.
    private mutating func resolveCountry(
        _ token: Int, tree: DependencyTree, mentions: [(key: Int, value: [String])], isPerson: (String) -> Bool
    ) {
        let dependents = tree.children[token].filter { tree.relation($0) != "case" && tree.tags[$0] != .punct }
        guard dependents.count == 1, tree.lowercased(dependents[0]) == "the", tree.relation(dependents[0]) == "det"
        else { return }
        // The agent's whole phrase: "the US-led coalition forces invaded the country" is not the US.
        let agentPhrase = Self.agentTokens(of: token, in: tree).flatMap { [$0] + tree.descendants(of: $0) }
        let excluded = Set(agentPhrase.flatMap { actorsAt[$0] ?? [] })
        guard let referent = mentions.last(where: { mention in
            mention.key < token && !mention.value.contains(where: { excluded.contains($0) || isPerson($0) })
        })
        else { return }
        actorsAt[token] = referent.value
    }

    /// A relation noun with a possessor and no name of its own ("to its arch-rival") stands for the actor named
    /// last before it that is neither the possessor nor the agent of the act it takes part in: in "it has opposed
    /// Moscow's efforts to ship military hardware to its arch-rival", after Islamabad, New Delhi and Moscow, the
    /// arch-rival is neither New Delhi (its) nor Moscow (who ships), so Islamabad.
    private mutating func resolveReferent(_ token: Int, tree: DependencyTree, mentions: [(key: Int, value: [String])]) {
        guard let possessor = tree.children[token].first(where: { tree.relation($0) == "nmod:poss" }),
            let owner = actorsAt[possessor],
            !tree.children[token].contains(where: { ["appos", "flat", "compound"].contains(tree.relation($0)) })
        else { return }
        let excluded = Set(owner + Self.agentTokens(of: token, in: tree).flatMap { actorsAt[$0] ?? [] })
        guard let referent = mentions.last(where: { $0.key < token && !$0.value.contains(where: excluded.contains) })
        else { return }
        actorsAt[token] = referent.value
        referents.insert(token)
    }

    /// Words that make an office no state's: "a Pakistani militant leader" does not act for Pakistan.
    static let nonStateModifiers: Set<String> = [
        "militant", "rebel", "opposition", "insurgent", "separatist", "tribal", "guerrilla", "terrorist", "party",
        "union", "church", "religious", "spiritual", "militia",
    ]

    /// Whether `token` names an office held for a state (`president`, `minister`): an office noun without a
    /// modifier that makes it no state's.
    static func isStateOffice(_ token: Int, in tree: DependencyTree, offices: Set<String>) -> Bool {
        offices.contains(tree.lowercased(token))
            && !tree.children[token].contains { nonStateModifiers.contains(tree.lowercased($0)) }
    }

    /// The subject of the nearest clause above `token` that has one, unless `token` lies within that subject.
    static func clauseSubject(above token: Int, in tree: DependencyTree) -> Int? {
        var current = token
        while let head = tree.head(current) {
            if let subject = tree.subject(of: head) { return subject == current ? nil : subject }
            current = head
        }
        return nil
    }

    /// Who acts in the predicate an argument belongs to: its subject, or for a clause without one that completes a
    /// noun ("Moscow's efforts to ship"), the noun's possessor, or its controller's subject.
    static func agentTokens(of argument: Int, in tree: DependencyTree) -> [Int] {
        guard let predicate = tree.head(argument) else { return [] }
        let subjects = tree.children[predicate].filter { tree.relation($0) == "nsubj" }
        if !subjects.isEmpty { return subjects.flatMap { tree.ownExtent(of: $0) } }
        guard ["acl", "xcomp", "advcl"].contains(tree.relation(predicate)), let head = tree.head(predicate) else {
            return []
        }
        let controllers = tree.children[head].filter { ["nmod:poss", "nsubj"].contains(tree.relation($0)) }
        return controllers.flatMap { tree.ownExtent(of: $0) }
    }
}
