import ActorGraphParser

/// Misparses that attribution mends before it reads the tree, each a shape the parser gets wrong often and that has
/// one reading.
extension ParsedSentence {
    /// The sentence with every repair below applied, in order. A repair whose result is no longer a tree (a word
    /// that would be its own ancestor, which every walk up the tree would follow for ever) is skipped: the sentence
    /// goes on as it was.
    func mended() -> ParsedSentence {
        let repairs: [(ParsedSentence) -> ParsedSentence] = [
            { $0.readingBeToAsAuxiliary() }, { $0.openingClausesAfterConjunctions() },
            { $0.hangingSubordinateClausesOnVerbs() },
            { $0.findingPassiveAgents() }, { $0.joiningSplitLists() }, { $0.keepingListsInOfPhrases() },
            { $0.readingHeadlineCompounds() }, { $0.keepingFrontedModifiersInTheReport() }, { $0.completingNouns() },
            { $0.sayingInAStatement() }, { $0.coordinatingFiniteVerbs() }, { $0.joiningPartnersToEvents() },
            { $0.readingMainVerbsAsVerbs() }, { $0.readingVerbsBeforeAnObjectOfANoun() },
            { $0.namingTheNounBefore() }, { $0.reportingToTheAddressee() },
            { $0.openingClausesOnVerbs() }, { $0.sharingOneNoun() }, { $0.findingSubjectsAfterOpeningPhrases() },
            { $0.closingRelativeClausesAtTheComma() }, { $0.findingSubjectsBeforeAsides() },
            { $0.findingSubjectsOfForInfinitives() },
        ]
        return repairs.reduce(self) { sentence, repair in
            let repaired = repair(sentence)
            // Most repairs change nothing in most sentences; only a changed tree needs the check.
            return repaired.heads == sentence.heads || repaired.isTree ? repaired : sentence
        }
    }

    /// Whether every word reaches the root by its heads, with exactly one root.
    var isTree: Bool {
        heads.filter({ $0 == nil }).count == 1
            && heads.indices.allSatisfy { token in heads[ancestors(of: token).last ?? token] == nil }
    }

    /// The heads above `token`, nearest first; at most `count` of them, so that a cycle ends the walk.
    func ancestors(of token: Int) -> [Int] {
        var found: [Int] = []
        var current = heads[token]
        while let head = current, found.count < count {
            found.append(head)
            current = heads[head]
        }
        return found
    }

    /// Each token's dependents, in order.
    var dependents: [[Int]] {
        var children = Array(repeating: [Int](), count: count)
        for (token, head) in heads.enumerated() {
            if let head { children[head].append(token) }
        }
        return children
    }

    /// The last token of the phrase `token` heads (`children`: `dependents`).
    func phraseEnd(of token: Int, _ children: [[Int]]) -> Int {
        children[token].map { phraseEnd(of: $0, children) }.max().map { max($0, token) } ?? token
    }

    /// Whether `token` has a dependent in `relation` whose word, in lower case, is one of `words`: the `to` of an
    /// infinitive, the `that` or `after` of a clause, the `in` of a phrase (`children`: `dependents`).
    func hasDependent(_ token: Int, _ relation: String, in words: Set<String>, _ children: [[Int]]) -> Bool {
        children[token].contains { relations[$0] == relation && words.contains(tokens[$0].form.lowercased()) }
    }

    /// "Germany and France called for the embargo on China to be lifted", "called for the EU to lift its embargo": the
    /// parser reads the `for` phrase as the verb's oblique and the infinitive as a clause of its own (or a passive
    /// one as a clause on the noun). In a `for` phrase followed at once by a `to` infinitive with no subject, the
    /// noun is the infinitive's subject (of a passive one, its passive subject) and `for` the infinitive's marker,
    /// as UD writes it.
    func findingSubjectsOfForInfinitives() -> ParsedSentence {
        var repaired = self
        let children = dependents
        for noun in 0..<count where relations[noun] == "obl" {
            // "waiting for a decade to join the WTO": a span of time is how long, not who.
            guard let verb = heads[noun], !Self.durations.contains(tokens[noun].form.lowercased()),
                !children[noun].contains(where: { relations[$0] == "nummod" }),
                let marker = children[noun].first(where: {
                    relations[$0] == "case" && tokens[$0].form.lowercased() == "for" && $0 < noun
                }),
                let infinitive = (children[verb] + children[noun]).first(where: { clause in
                    // The noun's phrase without the clause, when the parser hung the clause on the noun.
                    let end = children[noun].filter { $0 != clause }.map { phraseEnd(of: $0, children) }.max() ?? noun
                    return clause > noun
                        && (relations[clause] == "advcl"
                            || relations[clause] == "acl" && heads[clause] == noun
                                && children[clause].contains { relations[$0] == "aux:pass" })
                        && children[clause].contains {
                            $0 == max(end, noun) + 1 && relations[$0] == "mark" && tokens[$0].form.lowercased() == "to"
                        }
                }),
                !children[infinitive].contains(where: { relations[$0].hasPrefix("nsubj") })
            else { continue }
            let passive = children[infinitive].contains { relations[$0] == "aux:pass" }
            if heads[infinitive] == noun {
                // Hung on the noun, the clause moves up to the verb, where it is the verb's complement.
                repaired.heads[infinitive] = verb
                repaired.relations[infinitive] = "advcl"
            }
            repaired.heads[noun] = infinitive
            repaired.relations[noun] = passive ? "nsubj:pass" : "nsubj"
            repaired.heads[marker] = infinitive
            repaired.relations[marker] = "mark"
        }
        return repaired
    }

    /// Nouns of a span of time, which a `for` phrase gives as how long ("waited for a decade to join").
    static let durations: Set<String> = [
        "moment", "moments", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "decade", "decades", "century", "centuries", "time", "while", "period", "generation",
        "generations",
    ]

    /// The nearest verb above `token`, if any.
    func verb(above token: Int) -> Int? {
        var current = heads[token]
        while let head = current, tags[head] != .verb { current = heads[head] }
        return current
    }

    /// Words that open an adverbial clause and can also stand before a noun: "after the talks", "after Spain backed".
    static let clauseOpeners: Set<String> = [
        "after", "before", "since", "until", "till", "as", "while", "because", "once", "when", "though", "although",
    ]

    /// "France recalled its ambassador to Australia after Canberra scrapped a submarine deal": the parser reads
    /// `after Canberra` as a place or time on the noun before it and `scrapped` as a second main verb, whose subject
    /// it then lacks. A clause opener before a noun phrase that a finite verb with no subject of its own follows is
    /// that verb's subordinating conjunction, the noun phrase its subject, and the clause an adverbial of the verb
    /// above the noun.
    func openingClausesAfterConjunctions() -> ParsedSentence {
        var repaired = self
        let children = dependents
        for opener in 0..<count where relations[opener] == "case" {
            guard Self.clauseOpeners.contains(tokens[opener].form.lowercased()), let noun = heads[opener],
                [.noun, .propn, .pron].contains(tags[noun])
            else { continue }
            let verb = phraseEnd(of: noun, children) + 1
            let above = ancestors(of: noun)
            guard verb < count, tags[verb] == .verb, ["VBD", "VBZ", "VBP"].contains(pennTags[verb]),
                !["flat", "compound", "amod"].contains(relations[verb]), !above.contains(verb),
                !children[verb].contains(where: {
                    relations[$0].hasPrefix("nsubj") || ["expl", "cc"].contains(relations[$0])
                }),
                let main = self.verb(above: noun)
            else { continue }
            repaired.heads[noun] = verb
            repaired.relations[noun] = "nsubj"
            repaired.heads[opener] = verb
            repaired.relations[opener] = "mark"
            repaired.tags[opener] = .sconj
            repaired.heads[verb] = main
            repaired.relations[verb] = "advcl"
        }
        return repaired
    }

    /// "The offer comes as Foreign Secretary Jack Straw arrives in Jakarta": the parser reads the finite verb
    /// after a clause opener as the noun of a prepositional phrase, and the name before it as a compound of that
    /// "noun". A finite verb marked by a clause opener is an adverbial clause, and a name compounded onto it its
    /// subject.
    func openingClausesOnVerbs() -> ParsedSentence {
        var repaired = self
        let children = dependents
        for verb in 0..<count where ["obl", "nmod"].contains(relations[verb]) && tags[verb] == .verb {
            guard tense(verb) != nil, pennTags[verb] != "VBN",
                let opener = children[verb].first(where: {
                    relations[$0] == "case" && Self.clauseOpeners.contains(tokens[$0].form.lowercased())
                }),
                !children[verb].contains(where: { relations[$0].hasPrefix("nsubj") }),
                let subject = children[verb].last(where: {
                    $0 < verb && relations[$0] == "compound" && [.noun, .propn].contains(tags[$0])
                })
            else { continue }
            repaired.relations[verb] = "advcl"
            repaired.relations[opener] = "mark"
            repaired.tags[opener] = .sconj
            repaired.relations[subject] = "nsubj"
            // The phrase's determiner and its other compounds belong to the subject.
            for word in children[verb] where word < subject && ["det", "compound", "amod"].contains(relations[word]) {
                repaired.heads[word] = subject
            }
        }
        return repaired
    }

    /// "Britain is to send aid to Iraq", "Japan is to invest $5bn in Vietnam": news English's `be to` of what is
    /// planned, which the parser reads as a copula before a clause, often with the actor as an outer subject that
    /// attribution does not take for the verb's. Before a `to` infinitive, a form of `be` is the verb's auxiliary and
    /// its outer subject the verb's subject.
    func readingBeToAsAuxiliary() -> ParsedSentence {
        var repaired = self
        let children = dependents
        for verb in 0..<count where tags[verb] == .verb && hasDependent(verb, "mark", in: ["to"], children) {
            guard let copula = children[verb].first(where: {
                relations[$0] == "cop" && Self.formsOfBe.contains(tokens[$0].form.lowercased())
            }) else { continue }
            repaired.relations[copula] = "aux"
            for subject in children[verb] where relations[subject] == "nsubj:outer" && subject < copula {
                repaired.relations[subject] = "nsubj"
            }
        }
        return repaired
    }

    private static let formsOfBe: Set<String> = ["is", "are", "was", "were", "'s", "'re"]

    /// "Niger, Mali and Burkina Faso formed a defence pact after quitting ECOWAS": the parser hangs a clause that a
    /// subordinating conjunction opens on the object before it, as if it described the noun. Such a clause modifies a
    /// verb: it moves to the nearest verb above the noun, as an adverbial clause (and shares that verb's subject).
    func hangingSubordinateClausesOnVerbs() -> ParsedSentence {
        var repaired = self
        let children = dependents
        for clause in 0..<count where relations[clause] == "acl" && tags[clause] == .verb {
            guard hasDependent(clause, "mark", in: Self.clauseOpeners, children), let verb = self.verb(above: clause)
            else { continue }
            repaired.heads[clause] = verb
            repaired.relations[clause] = "advcl"
        }
        return repaired
    }

    /// "Three Egyptian policemen were killed by Israeli tank fire": the parser hangs `by` on the first noun of a
    /// compound and makes the phrase the passive verb's object. An object of a passive verb whose phrase opens with
    /// `by` is the verb's agent.
    func findingPassiveAgents() -> ParsedSentence {
        var repaired = self
        for object in 0..<count where relations[object] == "obj" {
            guard let verb = heads[object],
                heads.indices.contains(where: { heads[$0] == verb && relations[$0] == "aux:pass" }),
                let by = heads.indices.first(where: { token in
                    token < object && relations[token] == "case" && tokens[token].form.lowercased() == "by"
                        && heads[token].map { $0 == object || heads[$0] == object } == true
                })
            else { continue }
            repaired.relations[object] = "obl:agent"
            repaired.heads[by] = object
        }
        return repaired
    }

    /// "Niger ordered the French ambassador to leave within 48 hours and revoked military agreements with Paris": the
    /// parser joins the second verb to the last noun before `and` ("hours"), as if a noun and a verb could be
    /// conjuncts. A finite verb with no subject of its own that is a conjunct of a noun or a name is a conjunct of the
    /// nearest verb above it in the same tense; so is one that the parser joins to a `to` infinitive ("ordered the
    /// French ambassador to leave and revoked ...").
    func coordinatingFiniteVerbs() -> ParsedSentence {
        let children = dependents
        func isInfinitive(_ token: Int) -> Bool {
            pennTags[token] == "VB" && hasDependent(token, "mark", in: ["to"], children)
        }
        var repaired = self
        for verb in 0..<count where relations[verb] == "conj" && tags[verb] == .verb {
            guard let tense = tense(verb), let head = heads[verb],
                [.noun, .propn].contains(tags[head]) || isInfinitive(head),
                !children[verb].contains(where: { relations[$0].hasPrefix("nsubj") })
            else { continue }
            var current = self.verb(above: head)
            while let candidate = current, self.tense(candidate) != tense { current = self.verb(above: candidate) }
            guard let partner = current else { continue }
            repaired.heads[verb] = partner
        }
        return repaired
    }

    /// "Australia and India held their first joint military exercise off Darwin with Japan and the United States":
    /// the parser hangs the `with` phrase on the place before it, though a place takes no partner; the partner is the
    /// event's. A `with` phrase under a name that a place preposition (`DependencyTree.placePrepositions`) marks moves
    /// to the word that place modifies.
    func joiningPartnersToEvents() -> ParsedSentence {
        var repaired = self
        let children = dependents
        func marker(_ token: Int) -> String? {
            children[token].first { relations[$0] == "case" }.map { tokens[$0].form.lowercased() }
        }
        for partner in 0..<count where relations[partner] == "nmod" && marker(partner) == "with" {
            guard let place = heads[partner], tags[place] == .propn, ["nmod", "obl"].contains(relations[place]),
                marker(place).map(DependencyTree.placePrepositions.contains) == true, let event = heads[place]
            else { continue }
            repaired.heads[partner] = event
            repaired.relations[partner] = tags[event] == .verb ? "obl" : "nmod"
        }
        return repaired
    }

    /// "Russian troops killed five armed rebels in Chechnya": the tagger reads `killed` as a participle,
    /// and the parser makes the sentence a noun phrase ("troops [who were] killed") whose participle has an object, as
    /// a passive participle cannot. Where the root is a noun and the participle that follows it has an object of its
    /// own, the participle is the main verb, the noun its subject, and what the noun governed after it the verb's.
    func readingMainVerbsAsVerbs() -> ParsedSentence {
        guard let root = nounRoot else { return self }
        let children = dependents
        guard let verb = children[root].first(where: {
                $0 > root && relations[$0] == "acl" && ["VBN", "VBD"].contains(pennTags[$0])
            }),
            children[verb].contains(where: { relations[$0] == "obj" }),
            !children[verb].contains(where: { relations[$0].hasPrefix("aux") || relations[$0].hasPrefix("nsubj") })
        else { return self }
        return promoting(verb, over: root, children)
    }

    /// "Indian and Pakistani troops exchanged fire": the parser makes the sentence a noun phrase whose root noun has
    /// an object, with the verb hung on that object as a modifier ("exchanged fire"). A noun takes no object: where the
    /// root noun has one and a past verb between them modifies it, the verb is the main verb, the noun its subject
    /// and the object the verb's.
    func readingVerbsBeforeAnObjectOfANoun() -> ParsedSentence {
        guard let root = nounRoot else { return self }
        let children = dependents
        guard let object = children[root].first(where: { $0 > root && relations[$0] == "obj" }),
            let verb = children[object].first(where: {
                $0 > root && $0 < object && tags[$0] == .verb && ["VBD", "VBN"].contains(pennTags[$0])
            }),
            // "Three Egyptian policemen killed by Israeli tank fire": what follows `by` is a passive's agent.
            !(verb + 1..<object).contains(where: { tokens[$0].form.lowercased() == "by" })
        else { return self }
        return promoting(verb, over: root, children)
    }

    /// The root, where the parser made the sentence a noun phrase.
    private var nounRoot: Int? {
        heads.firstIndex(where: { $0 == nil }).flatMap { [.noun, .propn].contains(tags[$0]) ? $0 : nil }
    }

    /// The sentence with `verb`, which the parser hung below the noun `root`, as its main verb: the noun its subject,
    /// and what the noun governed after the verb the verb's (`children`: `dependents`).
    private func promoting(_ verb: Int, over root: Int, _ children: [[Int]]) -> ParsedSentence {
        var repaired = self
        repaired.heads[verb] = nil
        repaired.relations[verb] = "root"
        repaired.pennTags[verb] = "VBD"
        repaired.heads[root] = verb
        repaired.relations[root] = "nsubj"
        for child in children[root] where child > verb {
            repaired.heads[child] = verb
        }
        return repaired
    }

    /// "The head of the Lebanese group Hezbollah rejects a UN demand": the parser makes the name after a noun a
    /// second subject of the verb, and the verb's subject is then taken to be the name, which is no actor. A name that
    /// follows another subject's phrase directly, right after a common noun, is that noun's name.
    func namingTheNounBefore() -> ParsedSentence {
        var repaired = self
        let children = dependents
        for name in 1..<max(count, 1) where relations[name] == "nsubj" && tags[name] == .propn {
            let noun = name - 1
            guard let verb = heads[name], tags[noun] == .noun,
                children[verb].contains(where: {
                    $0 < name && relations[$0] == "nsubj" && phraseEnd(of: $0, children) == noun
                }),
                !children[name].contains(where: { $0 < name })
            else { continue }
            repaired.heads[name] = noun
            repaired.relations[name] = "appos"
        }
        return repaired
    }

    /// Verbs that tell someone something: "told his Japanese counterpart that ...".
    static let tellingVerbs: Set<String> = Set(
        ["tell", "warn", "assure", "inform", "remind", "notify"].flatMap(VerbForms.of))

    /// "Wang Yi told his Japanese counterpart that Tokyo should not interfere": the parser reads the clause after the
    /// one told as a relative clause on it, though its `that` is no pronoun of the clause (which has a subject of its
    /// own). Such a clause, on the object of a verb of telling, is what is told: the verb's complement.
    func reportingToTheAddressee() -> ParsedSentence {
        var repaired = self
        let children = dependents
        for clause in 0..<count where relations[clause] == "acl:relcl" {
            guard let addressee = heads[clause], relations[addressee] == "obj", let verb = heads[addressee],
                Self.tellingVerbs.contains(tokens[verb].form.lowercased()),
                hasDependent(clause, "mark", in: ["that"], children),
                children[clause].contains(where: { relations[$0].hasPrefix("nsubj") })
            else { continue }
            repaired.heads[clause] = verb
            repaired.relations[clause] = "ccomp"
        }
        return repaired
    }

    /// "South Africa hosted Russian and Chinese warships": the parser reads the first of two coordinated modifiers as
    /// a noun of its own ("Russian", the object) and the noun they share as its conjunct. A bare word whose only
    /// conjunct is a plural noun that an adjective right after `and` modifies is, like that adjective, a modifier of
    /// the noun, which takes the word's place in the sentence.
    func sharingOneNoun() -> ParsedSentence {
        var repaired = self
        let children = dependents
        for word in 0..<max(count - 3, 0) where [.propn, .adj].contains(tags[word]) {
            let and = word + 1
            let modifier = word + 2
            let noun = word + 3
            guard tokens[and].form.lowercased() == "and", ["NNS", "NNPS"].contains(pennTags[noun]),
                heads[noun] == word, relations[noun] == "conj", heads[modifier] == noun, relations[modifier] == "amod",
                heads[and] == noun, !children[word].contains(where: { $0 < word })
            else { continue }
            repaired.heads[noun] = heads[word]
            repaired.relations[noun] = relations[word]
            repaired.heads[word] = noun
            repaired.relations[word] = "amod"
            repaired.heads[modifier] = word
            repaired.relations[modifier] = "conj"
            repaired.heads[and] = modifier
            for child in children[word] where child != noun { repaired.heads[child] = noun }
        }
        return repaired
    }

    /// Whether a verb is in the past ("revoked": the tagger often cannot tell its past tense from its participle) or
    /// the present, or neither.
    private func tense(_ verb: Int) -> String? {
        switch pennTags[verb] {
        case "VBD", "VBN": "past"
        case "VBZ", "VBP": "present"
        default: nil
        }
    }

    /// Nouns that, after `in`, say how something was said: "in a joint statement".
    static let statementNouns: Set<String> = ["statement", "declaration", "communique", "communiqué", "letter"]

    /// "The United States, Britain and Australia condemned China's crackdown on dissent in a joint statement": the
    /// parser hangs the statement on the noun before it ("dissent"), though it says how the verb was done, by whom
    /// together. An `in` statement that modifies a noun moves to the nearest verb above it.
    func sayingInAStatement() -> ParsedSentence {
        var repaired = self
        let children = dependents
        for noun in 0..<count where relations[noun] == "nmod" {
            guard Self.statementNouns.contains(tokens[noun].form.lowercased()),
                hasDependent(noun, "case", in: ["in"], children)
            else { continue }
            guard let verb = self.verb(above: noun) else { continue }
            repaired.heads[noun] = verb
            repaired.relations[noun] = "obl"
        }
        return repaired
    }

    /// Nouns that a `to` infinitive completes: "readiness to help", "decision to impose", "efforts to ship".
    static let nounsWithInfinitives: Set<String> = [
        "readiness", "willingness", "decision", "decisions", "effort", "efforts", "plan", "plans", "bid", "attempt",
        "attempts", "commitment", "pledge", "promise", "intention", "determination", "offer", "proposal", "move",
        "refusal", "failure", "right", "ability", "desire", "call", "request", "threat", "threats", "vow", "agreement",
    ]

    /// "Lavrov reaffirmed Russia's readiness to continue providing Pakistan with assistance": the parser hangs an
    /// infinitive that follows an object such as `readiness` or `decision` on the verb, as a purpose, though it
    /// completes the noun, whose owner then does it. A `to` infinitive right after such an object moves to the noun.
    func completingNouns() -> ParsedSentence {
        var repaired = self
        for verb in 0..<count where relations[verb] == "advcl" {
            guard let head = heads[verb], let mark = heads.indices.first(where: {
                    heads[$0] == verb && relations[$0] == "mark" && tokens[$0].form.lowercased() == "to"
                }), mark > 0,
                let object = heads.indices.first(where: {
                    heads[$0] == head && relations[$0] == "obj" && $0 == mark - 1
                        && Self.nounsWithInfinitives.contains(tokens[$0].form.lowercased())
                })
            else { continue }
            repaired.heads[verb] = object
            repaired.relations[verb] = "acl"
        }
        return repaired
    }

    /// "Despite sanctions imposed by Washington, Cuba received a shipment of Russian fuel, the ministry said": news
    /// puts the verb of saying last, and the parser hangs a phrase that opens the sentence on it, though the phrase
    /// belongs to the clause reported. Where the root's subject follows its reported clause, an oblique or adverbial
    /// clause of the root that comes before that clause moves into it.
    func keepingFrontedModifiersInTheReport() -> ParsedSentence {
        guard let root = heads.firstIndex(where: { $0 == nil }) else { return self }
        let children = heads.indices.filter { heads[$0] == root }
        guard let report = children.first(where: { relations[$0] == "ccomp" && $0 < root }),
            let subject = children.first(where: { relations[$0] == "nsubj" }), subject > report
        else { return self }
        let reportStart = heads.indices.first { token in
            var current = token
            while let head = heads[current], current != report { current = head }
            return current == report
        } ?? report
        var repaired = self
        for token in children where token < reportStart && ["obl", "advcl"].contains(relations[token]) {
            repaired.heads[token] = report
        }
        return repaired
    }

    /// "Russia condemns US ban on Turkey": headlines drop the article, and the parser reads the noun compound `US
    /// ban` as an object and a bare verb (as in "made India change"). A verb complement in its base form with no
    /// `to`, no object of its own, right after its head's object, which is a name, is the noun that name modifies.
    func readingHeadlineCompounds() -> ParsedSentence {
        var repaired = self
        for token in 1..<max(count, 1) where relations[token] == "xcomp" && ["VB", "VBP"].contains(pennTags[token]) {
            let object = token - 1
            guard let head = heads[token], heads[object] == head, relations[object] == "obj", tags[object] == .propn,
                !heads.indices.contains(where: { heads[$0] == token && ["mark", "obj"].contains(relations[$0]) })
            else { continue }
            repaired.relations[token] = "obj"
            repaired.tags[token] = .noun
            repaired.pennTags[token] = "NN"
            repaired.heads[object] = token
            repaired.relations[object] = "compound"
        }
        return repaired
    }
}

/// Lists the parser splits into siblings, joined again before attribution reads the tree.
///
/// A greedy parser often loses a coordination after a determiner or a comma: "The United States and the
/// Philippines launched ..." comes out with two subjects of `launched`, and "condemnation from Guyana, the United
/// States and Brazil" with `the United States` as a second, unmarked oblique. Each list member then falls outside the
/// role its first member has. The shapes are unambiguous: in Universal Dependencies `and` attaches to the conjunct it
/// introduces, so a subject or object that carries its own `and`, or that follows the one before it after a comma and
/// carries the list's last member ("The United States, Britain and Australia condemned"), is a conjunct of the one
/// before it; and an oblique
/// with no preposition that follows a marked one of the same word, with only a comma between, continues its list.
extension ParsedSentence {
    func joiningSplitLists() -> ParsedSentence {
        var repaired = self
        let children = dependents
        let nominal: (Int) -> Bool = { [.noun, .propn].contains(self.tags[$0]) }
        for token in 0..<count {
            guard let head = heads[token], nominal(token) else { continue }
            let relation = relations[token]
            let earlier = children[head].last { $0 < token && relations[$0] == relation && nominal($0) }
            guard let sibling = earlier else { continue }
            let ownConjunction = children[token].contains { relations[$0] == "cc" && $0 < token }
            // "The United States, Britain and Australia condemned": the middle member, after a comma, carries the
            // list's end ("Britain and Australia").
            let endsList = children[token].contains { conjunct in
                relations[conjunct] == "conj" && children[conjunct].contains { relations[$0] == "cc" }
            }
            let splitSubjectOrObject =
                Self.listRoles.contains(relation)
                && (ownConjunction || (endsList && onlyCommaBetween(sibling, token, children)))
            let continuedOblique =
                ["obl", "nmod"].contains(relation) && !hasCase(token, children) && hasCase(sibling, children)
                && onlyCommaBetween(sibling, token, children)
            guard splitSubjectOrObject || continuedOblique else { continue }
            repaired.heads[token] = sibling
            repaired.relations[token] = "conj"
        }
        return repaired
    }

    private static let listRoles: Set<String> = ["nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod"]

    /// "An alliance of the US, India, Australia and Japan": the parser hangs the later names of a list that an `of`
    /// phrase opens on the common noun before it, as if the alliance and India were coordinated. A name coordinated
    /// with a common noun, after that noun's `of` name with only commas between their phrases, continues the `of`
    /// name's list.
    func keepingListsInOfPhrases() -> ParsedSentence {
        var repaired = self
        for token in 0..<count where relations[token] == "conj" && tags[token] == .propn {
            guard let head = heads[token], tags[head] == .noun else { continue }
            let children = repaired.dependents
            let member = children[head].last { name in
                name > head && name < token && repaired.relations[name] == "nmod" && tags[name] == .propn
                    && hasDependent(name, "case", in: ["of"], children)
            }
            guard let member else { continue }
            let gap = (repaired.span(of: member, children).upperBound + 1)..<repaired.span(of: token, children).lowerBound
            guard gap.allSatisfy({ tokens[$0].form == "," }) else { continue }
            repaired.heads[token] = member
        }
        return repaired
    }

    /// "During his talk with the Sunday Herald, Mr Blair said: ...": the parser reads the subject after an
    /// opening phrase and its comma as an apposition of that phrase's last noun, and leaves the verb after it with no
    /// subject. A proper noun read as an apposition, inside a phrase of the verb that opens the sentence before it,
    /// whose own phrase follows a comma and is followed by the verb (or its auxiliaries), is the verb's subject where
    /// the verb has none.
    func findingSubjectsAfterOpeningPhrases() -> ParsedSentence {
        var repaired = self
        let children = dependents
        for name in 0..<count where relations[name] == "appos" && tags[name] == .propn {
            let first = span(of: name, children).lowerBound
            guard first > 0, tokens[first - 1].form == "," else { continue }
            var verb = phraseEnd(of: name, children) + 1
            while verb < count, ["aux", "advmod"].contains(relations[verb]), let head = heads[verb], head > verb {
                verb += 1
            }
            guard verb < count, tags[verb] == .verb else { continue }
            guard lacksSubject(finiteVerb: verb, children) else { continue }
            // The apposition lies in a phrase the verb governs and that comes before it: the opening phrase.
            var opening = name
            while let head = heads[opening], head != verb { opening = head }
            guard heads[opening] == verb, opening < verb, ["obl", "advcl", "nmod"].contains(relations[opening]) else {
                continue
            }
            repaired.heads[name] = verb
            repaired.relations[name] = "nsubj"
        }
        return repaired
    }

    /// "Tony Blair, who has called for peace talks and is among the United States' closest allies, will meet Bush":
    /// the parser loses a long relative clause between commas, makes its verb the head of the name before it and
    /// leaves the main verb after it with no subject. A relative clause that `who` or `which` opens right after a
    /// noun and its comma, and that a comma closes before a finite verb (or its auxiliaries) with no subject of its
    /// own, describes the noun, and the noun is that verb's subject.
    func closingRelativeClausesAtTheComma() -> ParsedSentence {
        var repaired = self
        for pronoun in 2..<max(count, 2) where ["who", "which"].contains(tokens[pronoun].form.lowercased()) {
            guard repaired.relations[pronoun].hasPrefix("nsubj"), let clause = repaired.heads[pronoun],
                tokens[pronoun - 1].form == ","
            else { continue }
            let children = repaired.dependents
            // The noun whose phrase ends right before the comma.
            var noun = pronoun - 2
            while let head = repaired.heads[noun], head < pronoun - 1,
                repaired.span(of: head, children).upperBound == pronoun - 2
            {
                noun = head
            }
            guard [.noun, .propn].contains(tags[noun]) else { continue }
            let close = repaired.span(of: clause, children).upperBound + 1
            guard close < count, tokens[close].form == "," else { continue }
            var verb = close + 1
            while verb < count, repaired.relations[verb] == "aux" { verb += 1 }
            guard verb < count, tags[verb] == .verb, verb != clause else { continue }
            guard repaired.lacksSubject(finiteVerb: verb, children), repaired.heads[noun] != verb else { continue }
            repaired.heads[noun] = verb
            repaired.relations[noun] = "nsubj"
            repaired.heads[clause] = noun
            repaired.relations[clause] = "acl:relcl"
        }
        return repaired
    }

    /// "Mr Brown, meanwhile, is visiting Tanzania": the parser makes the name before an aside between commas the root
    /// and the verb after the aside a loose clause of it. A name or noun at the root whose phrase is followed, past
    /// commas and adverbs only, by a finite verb (or its auxiliaries) with no subject, that hangs from it, is that
    /// verb's subject, and the verb the root.
    func findingSubjectsBeforeAsides() -> ParsedSentence {
        guard let root = nounRoot else { return self }
        var children = dependents
        guard let verb = children[root].first(where: { child in
            child > root && tags[child] == .verb && ["parataxis", "acl", "appos"].contains(relations[child])
        })
        else { return self }
        // The root's own phrase, without the clause.
        children[root].removeAll { $0 >= verb || [.punct, .adv].contains(tags[$0]) }
        let between = (span(of: root, children).upperBound + 1)..<verb
        guard between.allSatisfy({ [.punct, .adv].contains(tags[$0]) || relations[$0] == "aux" }) else { return self }
        guard lacksSubject(finiteVerb: verb, children) else { return self }
        var repaired = self
        repaired.heads[verb] = nil
        repaired.relations[verb] = "root"
        repaired.heads[root] = verb
        repaired.relations[root] = "nsubj"
        return repaired
    }

    /// Whether `verb` is finite (no bare participle or gerund: "is visiting", "has signed" are, with their auxiliary)
    /// and has no subject of its own (`children`: `dependents`).
    private func lacksSubject(finiteVerb verb: Int, _ children: [[Int]]) -> Bool {
        let finite = !["VBG", "VBN"].contains(pennTags[verb]) || children[verb].contains { relations[$0] == "aux" }
        return finite && !children[verb].contains { relations[$0].hasPrefix("nsubj") || relations[$0] == "expl" }
    }

    private func hasCase(_ token: Int, _ children: [[Int]]) -> Bool {
        children[token].contains { relations[$0] == "case" }
    }

    /// Whether the words between the end of `first`'s phrase and the start of `second`'s are one comma.
    private func onlyCommaBetween(_ first: Int, _ second: Int, _ children: [[Int]]) -> Bool {
        let gap = (span(of: first, children).upperBound + 1)..<span(of: second, children).lowerBound
        return gap.count == 1 && tokens[gap.lowerBound].form == ","
    }

    /// The first and last word of the phrase `token` heads, its punctuation left out.
    private func span(of token: Int, _ children: [[Int]]) -> ClosedRange<Int> {
        var low = token
        var high = token
        var stack = [token]
        while let current = stack.popLast() {
            for child in children[current] where tags[child] != .punct {
                low = min(low, child)
                high = max(high, child)
                stack.append(child)
            }
        }
        return low...high
    }
}
