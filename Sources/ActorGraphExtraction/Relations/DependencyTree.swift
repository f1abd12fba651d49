import ActorGraphParser

/// The parse as the attribution reads it: children lists, relations, case markers.
struct DependencyTree {
    let parse: ParsedSentence
    let children: [[Int]]
    /// The tokens of hyphenated place participles and the names before their hyphens (`placeParticiples`), which no
    /// extent enters.
    private let placeParticipleWords: Set<Int>
    /// The lexicon's nouns of an occasion (`PredicateRoles/occasionNouns`).
    private let occasionNouns: Set<String>
    /// Nouns that name a person by their office (`minister`, `president`): "the foreign ministers of India and
    /// Pakistan" stand for India and Pakistan, as "the Indian and Pakistani foreign ministers" do.
    private let offices: Set<String>

    init(_ parse: ParsedSentence, occasionNouns: Set<String>, offices: Set<String>) {
        self.parse = parse
        self.occasionNouns = occasionNouns
        self.offices = offices
        var children = Array(repeating: [Int](), count: parse.count)
        for (token, head) in parse.heads.enumerated() {
            if let head { children[head].append(token) }
        }
        self.children = children
        let tokens = parse.tokens
        placeParticipleWords = Set(
            tokens.indices.dropFirst(2).filter { end in
                Self.placeParticiples.contains(tokens[end].form.lowercased()) && tokens[end - 1].form == "-"
                    && tokens[end - 1].start == tokens[end - 2].end && tokens[end - 1].end == tokens[end].start
            }.flatMap { [$0, $0 - 2] })
    }

    var tags: [UniversalTag] { parse.tags }
    func head(_ token: Int) -> Int? { parse.heads[token] }
    func relation(_ token: Int) -> String { parse.relations[token] }
    func lowercased(_ token: Int) -> String { parse.tokens[token].form.lowercased() }

    func isNominal(_ token: Int) -> Bool { [.noun, .propn].contains(parse.tags[token]) }

    /// The tokens coordinated with `token` (`India and Russia`), itself included.
    func coordination(of token: Int) -> Set<Int> {
        var first = token
        while relation(first) == "conj", let head = head(first) { first = head }
        var result: Set<Int> = [first]
        var stack = [first]
        while let current = stack.popLast() {
            for child in children[current] where relation(child) == "conj" && result.insert(child).inserted {
                stack.append(child)
            }
        }
        return result
    }

    /// The head of the clause `token` belongs to: the nearest word, itself included, that the parse makes a
    /// complement, coordinated, loosely joined or subject clause, or the root.
    func clause(of token: Int) -> Int {
        var current = token
        while let head = head(current) {
            let relation = ParsedSentence.universal(relation(current))
            if Self.clauseRelations.contains(relation) && !isNominal(current) { return current }
            current = head
        }
        return current
    }

    static let clauseRelations: Set<Substring> = ["ccomp", "parataxis", "conj", "csubj"]

    /// The subjects of the verb of saying that reports the clause `token` stands in: "X said (that) ...", where the
    /// clause is the verb's complement, or "“...,” X said", where the parser makes the verb of saying a loose
    /// (`parataxis`) dependent of the quoted clause. (Two subjects, "the Russian ambassador Nikolay Kudashev said"
    /// misparsed, are both the speaker.)
    func speaker(of token: Int) -> [Int] {
        func subjects(_ verb: Int) -> [Int] { children[verb].filter { relation($0) == "nsubj" } }
        var current = token
        while let head = head(current) {
            if ["ccomp", "parataxis"].contains(relation(current)) { return subjects(head) }
            current = head
        }
        let saying = children[current].first { relation($0) == "parataxis" && tags[$0] == .verb }
        return saying.map(subjects) ?? []
    }

    /// The subject (`nsubj`, `nsubj:pass`) of `predicate`. Of two, a misparse ("India and the US are among the
    /// countries Putin has sent greetings to"), the one nearest before the predicate.
    func subject(of predicate: Int) -> Int? {
        let subjects = children[predicate].filter { relation($0).hasPrefix("nsubj") }
        return subjects.count > 1 ? subjects.last { $0 < predicate } ?? subjects.first : subjects.first
    }

    /// Whether a subordinating word among `words` marks `token`'s clause: the `to` of an infinitive, the `if` of a
    /// condition, the `while` of a contrast.
    func isMarked(_ token: Int, by words: Set<String>) -> Bool {
        children[token].contains { relation($0) == "mark" && words.contains(lowercased($0)) }
    }

    /// The preposition of a nominal (`on` of "on Russia"), lower case, or nil.
    func caseMarker(of token: Int) -> String? {
        children[token].first { relation($0) == "case" }.map(lowercased)
    }

    /// The tokens an argument stands for: itself, and those below it as conjuncts, appositions, names, modifiers,
    /// nominal dependents and participle clauses, which name whose it is ("Indian officials", "the government of
    /// India", "Russia's foreign minister", "land owned by a British company"); clauses of their own (relative,
    /// adverbial, complement) and places ("militants in Iraq", `placePrepositions`) are not followed.
    ///
    /// Below a word in `events` (another cue: "condemned the US sanctions against Turkey") only the event's own
    /// actor is followed (`US`), not whom the event is aimed at (`Turkey`): condemning sanctions is aimed at who
    /// imposes them.
    func extent(of argument: Int, events: Set<Int>) -> [Int] {
        extent(of: argument) { !events.contains($0) }
    }

    /// The argument and its own names and modifiers only (conjuncts, appositions, names, modifiers, possessors):
    /// whether it stands for an actor itself, whatever hangs below it.
    func ownExtent(of argument: Int) -> [Int] {
        extent(of: argument) { _ in false }
    }

    /// Prepositions that make a nominal a place where someone is, not whose they are: "militants in Iraq" are not
    /// Iraq, "troops near the Afghan border" not Afghanistan.
    static let placePrepositions: Set<String> = [
        "in", "inside", "into", "near", "at", "across", "within", "throughout", "around", "outside", "off",
    ]

    /// Whether the nominal `token` names where something is or happens: its preposition is a place preposition, or
    /// it names an occasion.
    func isPlace(_ token: Int) -> Bool {
        caseMarker(of: token).map(Self.placePrepositions.contains) ?? false || isOccasion(token)
    }

    /// Whether `token` is a noun of the occasion beside which something happens ("talks on the sidelines of the SCO
    /// summit" are not talks on the SCO).
    func isOccasion(_ token: Int) -> Bool {
        occasionNouns.contains(lowercased(token))
    }

    /// Whether `token` is `top` or hangs below it.
    func lies(_ token: Int, within top: Int) -> Bool {
        var current: Int? = token
        while let node = current {
            if node == top { return true }
            current = head(node)
        }
        return false
    }

    /// Every token below `token` in the tree.
    func descendants(of token: Int) -> [Int] {
        var found: [Int] = []
        var stack = children[token]
        while let next = stack.popLast() {
            found.append(next)
            stack += children[next]
        }
        return found
    }

    /// Participles that, after a name and a hyphen, say where something is from ("a UAE-based firm", "an
    /// Iranian-born actress"): the name is not part of what the noun names.
    static let placeParticiples: Set<String> = ["based", "born", "registered", "listed", "headquartered"]

    /// Whether `token` names an office, singular or plural ("minister", "ministers").
    private func isOffice(_ token: Int) -> Bool {
        guard !offices.isEmpty, isNominal(token) else { return false }
        let word = lowercased(token)
        return offices.contains(word) || (word.hasSuffix("s") && offices.contains(String(word.dropLast())))
    }

    /// The walk both extents share; below the tokens `followsDependents` refuses, only own actors are followed.
    private func extent(of argument: Int, followsDependents: (Int) -> Bool) -> [Int] {
        var result = [argument]
        var stack = [argument]
        while let token = stack.popLast() {
            let deep = followsDependents(token)
            let office = isOffice(token)
            // A name inside a place participle is where the noun is from, whether the parser hangs it on the participle
            // or, as a compound, on the noun.
            for child in children[token] where !placeParticipleWords.contains(child) {
                let relation = relation(child)
                let ownActor = ["conj", "appos", "flat", "compound", "amod", "nmod:poss"].contains(relation)
                // A past participle's agent says whose the noun is ("land owned by a British company"), its other
                // obliques only what was done with it ("drones used against Ukraine").
                let followed =
                    relation == "obl" ? parse.pennTags[token] != "VBN" : ["nmod", "acl", "obl:agent"].contains(relation)
                let holder = office && relation == "nmod" && caseMarker(of: child) == "of"
                let joins = ownActor || holder || (deep && followed && !isPlace(child))
                if joins {
                    result.append(child)
                    stack.append(child)
                }
            }
        }
        return result
    }
}
