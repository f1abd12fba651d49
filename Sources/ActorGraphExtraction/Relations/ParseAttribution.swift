import ActorGraphParser

/// Gives each cue of a sentence to the participants of its predicate, as the dependency parse shows them
/// (`Participants`), and to no other pair: a cue belongs to who did what to whom, not to the actors near it.
///
/// A cue relates its agents to its patients, the first acting on the second ("the United States imposed sanctions on
/// Russia": United States → Russia; "Russia was criticised by India": India → Russia). With no patient, a
/// cooperative cue relates its agents to each other (joint action: "India and Japan signed a pact"); members of a
/// `between` group relate to each other ("talks between India and China"). A cooperative cue also joins agents that
/// act together on a third ("India and Japan signed a deal with Australia"), but not agents who each hold an attitude
/// ("France and Germany welcomed the deal"). Pairs that no cue reaches are named together without a stance. In "The
/// United States threatened sanctions on India for buying the S-400 from Russia", `threatened` and `sanctions` go to
/// United States → India and `buying` to India → Russia; the threat, aimed at the deal, reaches Russia at half
/// strength (`PunishedPartners`).
///
/// Before a cue goes to anyone the tree may turn or weaken it (`CueReading`: reversal, negation, conditions); reported
/// speech adds demands and reassurances (`ReportedSpeech`); pronouns, "the two countries" and "its arch-rival" stand
/// for actors (`SentenceCoreference`).
///
/// A class, not a struct: its methods pass it into many closures, and a struct of this many sets and arrays was
/// copied there, every one retained and released (a sixth of the attribution stage's time).
final class ParseAttribution {
    let parse: ParsedSentence
    let tree: DependencyTree
    /// The actors each token stands for: the head token of each mention, and the words that refer to actors
    /// (`SentenceCoreference`).
    let actorsAt: [Int: [String]]
    /// The relation nouns that stand for an actor ("its arch-rival"), and their possessors, who are not part of what
    /// they name.
    let referents: Set<Int>
    let referentOwners: Set<Int>
    /// The bytes of every mention: a cue word inside a name ("Shanghai Cooperation Organisation") is no cue.
    let names: [Range<Int>]
    /// The lists that say how the tree changes a cue (reversal verbs, joint markers, demand modals, ...).
    let lexicon: StanceLexicon
    /// Whether an actor is a grouping: the body a proposal is put to ("a UN Security Council resolution").
    let isBody: (String) -> Bool

    /// - Parameters:
    ///   - parse: the sentence's tree as `NewsTagHints.parse` gives it, with the parser's common misreadings mended.
    ///   - isPerson: whether an actor id is a person's (pronouns are matched to what they can refer to).
    ///   - antecedents: the two sides earlier sentences named, when "the two countries" of this one refers to them.
    ///   - offices: nouns that name a person by their office (the gazetteer's titles: `president`, `minister`).
    ///   - isBody: whether an actor id is a grouping's, a body a proposal is put to ("a UN Security Council
    ///     resolution").
    init(
        parse: ParsedSentence, mentions: [Mention], antecedents: [String] = [], lexicon: StanceLexicon,
        offices: Set<String> = [], isBody: @escaping (String) -> Bool = { _ in false }, isPerson: (String) -> Bool
    ) {
        self.parse = parse
        self.isBody = isBody
        self.lexicon = lexicon
        tree = DependencyTree(parse, occasionNouns: lexicon.roles.occasionNouns, offices: offices)
        names = mentions.map { $0.start..<$0.end }
        var actorsAt: [Int: [String]] = [:]
        for mention in mentions {
            let covered = parse.tokens.indices.filter {
                parse.tokens[$0].start < mention.end && parse.tokens[$0].end > mention.start
            }
            // The token of the mention whose head lies outside it: "States" of "the United States".
            guard let head = covered.first(where: { token in parse.heads[token].map { !covered.contains($0) } ?? true })
            else { continue }
            actorsAt[head, default: []].append(mention.actor)
        }
        let coreference = SentenceCoreference(
            tree: tree, named: actorsAt, antecedents: antecedents, isPerson: isPerson,
            referringNouns: lexicon.referringNouns, offices: offices)
        self.actorsAt = coreference.actorsAt
        referents = coreference.referents
        let tree = tree
        referentOwners = Set(
            coreference.referents.flatMap { tree.children[$0].filter { tree.relation($0) == "nmod:poss" } })
    }

    /// The token that holds byte `offset` of the sentence.
    func token(at offset: Int) -> Int? {
        parse.tokens.firstIndex { $0.start <= offset && offset < $0.end }
    }

    /// The stance of every pair of distinct `actors`, keyed by the pair in plain string order.
    /// A cue whose predicate the parse gives no two participants goes to the pairs `fallback` names that include
    /// one participant the parse did find and that the parse does not relate the other way through another cue.
    func stances(
        of cues: [Cue], words: SentenceWords, actors: [String], fallback: (Cue) -> [(String, String, Bool)]
    ) -> [ActorPairKey: PairStance] {
        var result = PairStance.neutral(among: actors)
        var placed = read(cues, words: words)
        addDemands(to: &result, among: placed, words: words)
        // "Tokyo should not interfere in China's internal affairs": what a demand says must not be done is not done,
        // and the demand alone relates the two ("India should not worry" is no demand but a reassurance).
        let demanded = Set(demands().map(\.clause))
        placed.removeAll { cue, predicate in
            cue.negated && !reassures(cue) && predicate.map { demanded.contains(tree.clause(of: $0)) } == true
        }
        let events = Set(placed.compactMap(\.predicate))
        let hostileEvents = Set(placed.filter { $0.cue.stance < 0 }.compactMap(\.predicate))
        var attributions = placed.map { cue, predicate in
            var found =
                predicate.map { attribute(cue, at: $0, events: events, hostileEvents: hostileEvents) } ?? Attribution()
            if let predicate, reassures(cue) {
                // "Babushkin said that New Delhi shouldn't be worried about the proximity with Pakistan": Russia
                // reassures India, and India's worry about Pakistan is neither stated nor denied.
                found.links = speakers(of: predicate).flatMap { speaker in
                    found.agents.map { Link(speaker, $0, true) }
                }
                found.participants = Set(found.links.flatMap { [$0.source, $0.target] })
            }
            if let predicate, !found.links.contains(where: { $0.source != $0.target }) {
                let judgement = judgementLinks(of: cue, at: predicate, events: events, hostileEvents: hostileEvents)
                if !judgement.isEmpty {
                    found.links = judgement
                    found.participants.formUnion(judgement.flatMap { [$0.source, $0.target] })
                }
            }
            return found
        }
        for (index, links) in punishedPartners(among: placed, attributions).enumerated() {
            attributions[index].links += links
        }
        // How the parse relates pairs through their cues: the word-order guess may add to that, never contradict it
        // ("North Korea sent troops to fight alongside Russia": alongside, not fight, relates the two).
        var related: [ActorPairKey: Double] = [:]
        for ((cue, _), found) in zip(placed, attributions) {
            for link in found.links {
                related[ActorPairKey(link.source, link.target), default: 0] += cue.stance * link.share
            }
        }
        let contrastWord = self.contrastWord
        // The actors that modify a cue's noun ("its Western isolation"), with the noun and how many cues it holds.
        let cuesAt = Dictionary(placed.compactMap { $0.predicate.map { ($0, 1) } }, uniquingKeysWith: +)
        let modifiers = actorsAt.compactMap { token, actors -> (noun: Int, cues: Int, actors: [String])? in
            guard ["amod", "compound"].contains(tree.relation(token)), let noun = tree.head(token), tree.isNominal(noun),
                let cues = cuesAt[noun]
            else { return nil }
            return (noun, cues, actors)
        }
        // Actors named only as where something happened ("a Turkish engineer kidnapped in Afghanistan", "in
        // Baghdad's Sadr City"): the word-order guess may not make them a side of a hostile act whose victim the parse
        // names. Where it names none, the place may be the victim ("drones struck a refinery in Russia's Krasnodar
        // region", "condemned the coup in Niger"); and cooperation "in" something is no place ("India's
        // participation in it").
        let placeOnly = placeOnlyActors
        // "vetoed a resolution condemning Israel": what a proposal that a cue acts on would do, nobody has done yet.
        let proposals = Set(
            events.flatMap { tree.children[$0].filter { tree.relation($0) == "obj" } }.compactMap(proposedAct))
        let nationalityOnly = nationalityOnlyActors
        for ((cue, predicate), found) in zip(placed, attributions) {
            // The word-order guess may not take an actor that modifies another act's noun ("to
            // counterbalance its Western isolation by fortifying ties with key allies, particularly India": the West
            // isolates; it is not India's ally).
            let taken = Set(modifiers.filter { $0.cues > ($0.noun == predicate ? 1 : 0) }.flatMap(\.actors))
                .subtracting(found.participants)
            // An act that is the object of another cue ("condemned the attack on Chinese engineers") or of a verb of
            // judging ("called the sanctions illegal") has its agent in the tree or none: the word-order guess would
            // hand it the other verb's subject.
            let condemned = predicate.map { token -> Bool in
                let head = tree.head(token)
                return tree.relation(token) == "obj"
                    && head.map { events.contains($0) || Participants.judges($0, tree, lexicon.roles) } == true
                    || proposals.contains(token)
            } ?? false
            let given =
                found.links.contains { $0.source != $0.target } || condemned || found.settled || cue.isParseOnly
                    || predicate.map(ownsUnnamed) == true || predicate.map({ isOwnGathering($0, found) }) == true
                ? found.links
                : fallback(cue).map { Link($0, $1, $2) }.filter { link in
                    guard found.participants.contains(link.source) || found.participants.contains(link.target),
                        !(found.together.contains(link.source) && found.together.contains(link.target)),
                        // "Argentina and Chile were praised": two who undergo the act do nothing to each other.
                        !(found.patients.contains(link.source) && found.patients.contains(link.target)),
                        !taken.contains(link.source) && !taken.contains(link.target),
                        !nationalityOnly.contains(link.source) && !nationalityOnly.contains(link.target),
                        cue.stance > 0 || found.patients.isEmpty
                            || [link.source, link.target].allSatisfy({
                                found.participants.contains($0) || !placeOnly.contains($0)
                            }),
                        (related[ActorPairKey(link.source, link.target)] ?? 0) * cue.stance >= 0
                    else { return false }
                    // The word-order guess may not reach into another clause of the parse ("India is a trusted
                    // partner and ties with Pakistan are independent").
                    guard let predicate else { return true }
                    let home = tree.clause(of: predicate)
                    return [link.source, link.target].allSatisfy { actor in
                        actorsAt.contains { $0.value.contains(actor) && tree.clause(of: $0.key) == home }
                    }
                }
            let weight = predicate.map { Self.contrastWeight(of: $0, contrast: contrastWord) } ?? 1
            for link in given where link.source != link.target {
                var share = cue
                share.stance *= link.share * weight
                result[ActorPairKey(link.source, link.target)]?.cues.append(
                    (share, link.directed ? link.source : nil, link.directed ? link.target : nil))
            }
        }
        return result
    }

    /// "Iran said Tehran was ready to resume talks with Washington, but accused the United States of bad faith": of
    /// two clauses set against each other by `but` or `yet`, the second says where things stand. As in VADER (Hutto
    /// and Gilbert 2014), a cue before the contrast counts half and one after it one and a half times, so that a pair
    /// named on both sides leans the way the second clause does.
    static func contrastWeight(of token: Int, contrast: Int?) -> Double {
        guard let contrast else { return 1 }
        return token < contrast ? 0.5 : 1.5
    }

    /// The actors every mention of which names a place: the object of a place preposition ("in Iraq"), or a word
    /// that modifies one ("in Baghdad's Sadr City").
    private var placeOnlyActors: Set<String> {
        actorsNamedOnly { token in
            let modified = tree.relation(token) == "nmod:poss" ? tree.head(token) : nil
            return tree.isPlace(token) || modified.map(tree.isPlace) == true
        }
    }

    /// The actors named only as the nationality of single persons (`StanceLexicon/individuals`: "a German man",
    /// "British actors"): the word-order guess may not make them a side of an act, which the person did or underwent,
    /// not their country. (Firms and banks are their country's, as the annotations read them: "Chinese banks".)
    private var nationalityOnlyActors: Set<String> {
        actorsNamedOnly { token in
            ["amod", "compound", "nmod:poss"].contains(tree.relation(token))
                && tree.head(token).map { lexicon.individuals.contains(tree.lowercased($0)) } == true
        }
    }

    /// The actors every mention of which is a token `such` holds for.
    private func actorsNamedOnly(_ such: (Int) -> Bool) -> Set<String> {
        var only = Set<String>()
        var elsewhere = Set<String>()
        for (token, actors) in actorsAt {
            if such(token) { only.formUnion(actors) } else { elsewhere.formUnion(actors) }
        }
        return only.subtracting(elsewhere)
    }

    /// The `but`, `yet` or `however` that sets two clauses against each other, if the sentence has one.
    var contrastWord: Int? {
        parse.tokens.indices.first { word in
            let conjunction = ["but", "yet"].contains(tree.lowercased(word)) && tree.relation(word) == "cc"
            // "The UAE normalised ties with Israel, however it has condemned ...": `however` after a comma opens the
            // second clause as `but` does.
            let adverb = tree.lowercased(word) == "however" && tree.relation(word) == "advmod" && word > 0
                && [",", ";"].contains(parse.tokens[word - 1].form)
            return (conjunction || adverb)
                && tree.head(word).map { tree.tags[$0] == .verb || tree.relation($0) == "conj" } == true
        }
    }

    /// Two actors a cue relates, whether the first acted on the second, and the part of the cue's stance the pair
    /// gets: a cue shared among the n members of a group gives each pair 1/(n - 1) of it, so that "cooperation
    /// within BRICS" says less about any two members than "India and China signed a pact" says about those two; a
    /// negative part turns the cue, for the victims of a condemned act (`sympathy`).
    struct Link {
        var source: String
        var target: String
        var directed: Bool
        var share: Double

        init(_ source: String, _ target: String, _ directed: Bool, share: Double = 1) {
            self.source = source
            self.target = target
            self.directed = directed
            self.share = share
        }
    }

    /// "Talks covered other topics ahead of an EU summit": a gathering or body (`PredicateRoles/groupingNouns`) that
    /// only the body holding it names ("an EU summit", "the NATO meeting") is that body's own; the word-order guess
    /// may not add a guest.
    private func isOwnGathering(_ noun: Int, _ found: Attribution) -> Bool {
        lexicon.roles.groupingNouns.contains(tree.lowercased(noun)) && found.patients.isEmpty && !found.agents.isEmpty
            && found.agents.allSatisfy(isBody)
    }

    /// "The United States and its allies": a plural relation noun with an owner names others than the sentence's
    /// actors, and the word-order guess may not pick one of them.
    private func ownsUnnamed(_ token: Int) -> Bool {
        guard parse.pennTags[token] == "NNS", tree.children[token].contains(where: { tree.relation($0) == "nmod:poss" })
        else { return false }
        return lexicon.referringNouns.contains(Self.singular(tree.lowercased(token)))
    }

    /// An English noun without its plural ending: "allies" → "ally", "partners" → "partner".
    static func singular(_ noun: String) -> String {
        if noun.hasSuffix("ies") { return noun.dropLast(3) + "y" }
        return noun.hasSuffix("s") ? String(noun.dropLast()) : noun
    }

    /// "Russia and North Korea signed a treaty, a move Seoul and Washington condemned": a cue on a noun that sums up
    /// the sentence's main clause (attached to it or to the cue, however the parser placed it) is aimed at the main
    /// clause's subject.
    private func summarised(_ predicate: Int) -> [Int] {
        let nearby = tree.children[predicate] + [tree.head(predicate)].compactMap { $0 }
        let summary = nearby.contains { token in
            lexicon.roles.summaryNouns.contains(tree.lowercased(token))
                && tree.children[token].contains { tree.relation($0) == "det" && tree.lowercased($0) == "a" }
        }
        guard summary, let root = tree.parse.heads.firstIndex(where: { $0 == nil }) else { return [] }
        return tree.subject(of: root).map { [$0] } ?? []
    }

    /// "The EU embargo on China is likely to be lifted despite US objections", "Serbia refused to impose sanctions
    /// despite pressure from Brussels": a hostile cue in a `despite` phrase, aimed at nobody the phrase names, is
    /// aimed at the subject of the clause that defies it.
    private func defied(_ predicate: Int) -> [Int] {
        var noun = predicate
        if ["amod", "compound"].contains(tree.relation(noun)), let head = tree.head(noun) { noun = head }
        guard ["obl", "nmod"].contains(tree.relation(noun)),
            ["despite", "notwithstanding"].contains(tree.caseMarker(of: noun) ?? ""), var clause = tree.head(noun)
        else { return [] }
        // "has defended plans to end the embargo on China, despite opposition from the US", with the phrase hung on a
        // noun: the verb above that noun defies it.
        while tree.tags[clause] != .verb || ["acl", "acl:relcl"].contains(tree.relation(clause)) {
            guard let head = tree.head(clause) else { return [] }
            clause = head
        }
        for _ in 0..<3 {
            if let subject = tree.subject(of: clause) { return [subject] }
            guard ["xcomp", "conj"].contains(tree.relation(clause)), let head = tree.head(clause) else { return [] }
            clause = head
        }
        return []
    }

    /// "Greece and Cyprus signed a defence pact with Israel, prompting a rebuke from Ankara", "South Africa hosted
    /// Russian and Chinese warships, drawing criticism from the United States": a reaction to a cooperative act is
    /// aimed at every side of it, the partners as well as the doers (`Participants` finds the doers). A reaction
    /// to a hostile act is not aimed at its victims.
    private func reactionTargets(of predicate: Int, events: Set<Int>, hostileEvents: Set<Int>) -> [String] {
        guard tree.relation(predicate) == "obj", let reaction = tree.head(predicate),
            lexicon.roles.receivingVerbs.contains(tree.lowercased(reaction)),
            ["advcl", "conj"].contains(tree.relation(reaction)), let act = tree.head(reaction), tree.tags[act] == .verb
        else { return [] }
        let cues = actsReported(by: act).filter(events.contains)
        guard let cue = cues.first, !cues.contains(where: hostileEvents.contains) else { return [] }
        return actors(in: sides(of: cue, events: events).patients, events: events.subtracting([cue]))
    }

    /// "The United States and the Philippines launched a joint exercise, which Beijing called a provocation", "the
    /// deal, which Moscow condemned": a cue in a relative clause on another act (the act's noun, or the clause that
    /// reports it: UD's `advcl:relcl`), aimed at nobody the clause names, is aimed at that act: at every side of a
    /// cooperative act, at the doers of a hostile one (as in `reactionTargets`).
    private func relativeTargets(of predicate: Int, events: Set<Int>, hostileEvents: Set<Int>) -> [String] {
        var clause = predicate
        if ["obj", "xcomp"].contains(tree.relation(clause)), let head = tree.head(clause) { clause = head }
        // A relative pronoun shows the clause is one: the parser also hangs a clause of the main sentence from a
        // noun ("pledged support at a summit in Paris, as Russia warned of escalation").
        guard let head = tree.head(clause),
            tree.children[clause].contains(where: { Participants.relativePronouns.contains(tree.lowercased($0)) })
        else { return [] }
        let candidates =
            switch tree.relation(clause) {
            case "acl:relcl": [head]
            case "advcl:relcl": actsReported(by: head)
            default: [Int]()
            }
        guard let act = candidates.first(where: events.contains) else { return [] }
        guard hostileEvents.contains(act) else { return everySide(of: act, events: events) }
        return actors(in: sides(of: act, events: events).agents, events: events.subtracting([act]))
    }

    /// "Talks brokered by Brazil", "a prisoner swap mediated by the United Arab Emirates": a passive participle that
    /// modifies a noun acts on what the noun names, and on an act on every side of it. Its `by` agent shows it is
    /// one: the parser also reads a main verb as a participle ("Eritrean troops fought alongside ...").
    private func participleTargets(of predicate: Int, events: Set<Int>) -> [String] {
        guard tree.relation(predicate) == "acl", parse.pennTags[predicate] == "VBN",
            tree.children[predicate].contains(where: { tree.relation($0) == "obl:agent" }),
            let noun = tree.head(predicate)
        else { return [] }
        guard events.contains(noun) else { return actors(in: [noun], events: events) }
        return everySide(of: noun, events: events)
    }

    /// "Sweden and Finland applied to join NATO, infuriating Moscow": the hostility a participle after a cooperative
    /// act stirs comes of that act, so its other sides (NATO) cause it too, beside the subject that the participle
    /// shares with its clause.
    private func partnersCausing(_ predicate: Int, events: Set<Int>, hostileEvents: Set<Int>) -> [String] {
        guard tree.relation(predicate) == "advcl", parse.pennTags[predicate] == "VBG",
            tree.children[predicate].contains(where: { tree.relation($0) == "obj" }), let verb = tree.head(predicate),
            let act = actsReported(by: verb).first(where: events.contains),
            !hostileEvents.contains(act)
        else { return [] }
        let others = events.subtracting([act])
        return actors(in: sides(of: act, events: others).patients, events: others)
    }

    /// "Bolivia severed diplomatic ties with Israel, while Chile and Colombia recalled their ambassadors": a hostile
    /// act whose clause stands beside another (a conjunct, or a `while` clause) and names no one it is aimed at is
    /// aimed where the other clause's hostile act is.
    private func parallelTargets(of predicate: Int, events: Set<Int>, hostileEvents: Set<Int>) -> [String] {
        var clause = predicate
        if tree.relation(clause) == "obj", let head = tree.head(clause) { clause = head }
        guard tree.tags[clause] == .verb, let head = tree.head(clause), tree.tags[head] == .verb else { return [] }
        let beside = tree.relation(clause) == "conj"
            || (tree.relation(clause) == "advcl" && tree.isMarked(clause, by: ["while", "whereas"]))
        guard beside, let act = actsReported(by: head).first(where: hostileEvents.contains) else { return [] }
        let others = events.subtracting([act])
        return actors(in: sides(of: act, events: others).patients, events: others)
    }

    /// "India and France signed a deal for Rafale jets, while Pakistan criticised the purchase", "the coalition struck
    /// targets in Yemen, and Iran condemned the strikes": a hostile act whose object is a definite noun that names no
    /// one, in a clause beside another (a conjunct, or a `while`, `as` or `after` clause), is aimed at the act the
    /// other clause reports, as a reaction is (`reactionTargets`): at every side of a cooperative act, at the doers of
    /// a hostile one.
    private func referredTargets(of predicate: Int, events: Set<Int>, hostileEvents: Set<Int>) -> [String] {
        guard tree.tags[predicate] == .verb, let head = tree.head(predicate), tree.tags[head] == .verb,
            tree.relation(predicate) == "conj"
                || (tree.relation(predicate) == "advcl" && tree.isMarked(predicate, by: ["while", "as", "after"])),
            let object = tree.children[predicate].first(where: { tree.relation($0) == "obj" }),
            tree.isNominal(object),
            tree.children[object].contains(where: { tree.relation($0) == "det" && tree.lowercased($0) == "the" }),
            actors(in: [object], events: events).isEmpty,
            let act = actsReported(by: head).first(where: events.contains)
        else { return [] }
        let others = events.subtracting([act])
        if hostileEvents.contains(act) { return actors(in: sides(of: act, events: others).agents, events: others) }
        return everySide(of: act, events: events)
    }

    /// The acts a clause reports: its verb, and the objects that carry the act for it ("signed a defence pact").
    private func actsReported(by verb: Int) -> [Int] {
        [verb] + tree.children[verb].filter { tree.relation($0) == "obj" }
    }

    /// The actors on every side of an act of the sentence, `act`: its agents, patients and group.
    private func everySide(of act: Int, events: Set<Int>) -> [String] {
        let its = sides(of: act, events: events)
        return actors(in: its.agents + its.patients + its.group, events: events.subtracting([act]))
    }

    /// The participants of an act of the sentence, `act`, read as for a cue of its own: the other acts in `events`
    /// keep theirs.
    func sides(of act: Int, events: Set<Int>) -> Participants {
        Participants(of: act, in: tree, roles: lexicon.roles, events: events.subtracting([act])) { token in
            tree.ownExtent(of: token).contains { actorsAt[$0] != nil }
        }
    }

    /// What the parse says of one cue: the pairs it relates, its agents and patients, and every actor it makes a
    /// participant.
    struct Attribution {
        var links: [Link] = []
        var agents: [String] = []
        var patients: [String] = []
        var participants: Set<String> = []
        /// The parse names who did it, and no actor ("a Canadian reporter was abducted by gunmen in Iraq"),
        /// and whom it was done to: the word-order guess may not make another actor the doer.
        var settled = false
        /// The actors one `from` or `by` phrase names as the act's source ("opposition from the US and Japan"): they
        /// act together, and the word-order guess may not make one the other's target.
        var together: Set<String> = []
    }

    /// The part of a condemnation that goes, turned, to the victims of the act condemned.
    static let sympathy = 0.5

    /// - Parameter hostileEvents: the predicates of the sentence's hostile cues.
    private func attribute(_ cue: Cue, at predicate: Int, events: Set<Int>, hostileEvents: Set<Int>) -> Attribution {
        if cue.isHyphenSuffix { return describedByHyphenatedWord(at: predicate) }
        if cue.isJointForce { return jointForce(at: predicate, hostileEvents: hostileEvents) }
        let others = events.subtracting([predicate])
        var roles = sides(of: predicate, events: others)
        // "received 1.2 million tourists from Russia": where private people come from is no participant either.
        let privateArgument = (roles.agents + roles.patients).contains {
            lexicon.privatePeople.contains(tree.lowercased($0))
        }
        if privateArgument {
            roles.agents.removeAll { tree.caseMarker(of: $0) == "from" }
            roles.patients.removeAll { tree.caseMarker(of: $0) == "from" }
        }
        // "Egyptian policemen were killed by Israeli tank fire on the border between Egypt and Gaza": an actor that
        // names a patient itself is no agent because a phrase deep in the agent's names it too.
        let ownPatients = Set(roles.patients.flatMap(tree.ownExtent).flatMap { actorsAt[$0] ?? [] })
        let ownAgents = Set(roles.agents.flatMap(tree.ownExtent).flatMap { actorsAt[$0] ?? [] })
        var agents = actors(in: roles.agents, events: others).filter {
            !ownPatients.contains($0) || ownAgents.contains($0)
        } + (cue.stance < 0 ? partnersCausing(predicate, events: others, hostileEvents: hostileEvents) : [])
        // "Russia condemned the US sanctions against Turkey", "Australia backed the war in Iraq", parsed with "against
        // Turkey" or "in Iraq" on the verb: beside an object that is a hostile act, such a phrase names that act's
        // victim, not the target of the one who condemns or backs it.
        let victimCases: Set<String> =
            cue.stance < 0 ? ["against", "on"] : cue.isAttitude ? ["against", "on", "in"] : []
        let actVictims =
            roles.patients.contains { tree.relation($0) == "obj" && hostileEvents.contains($0) }
            ? tree.children[predicate].filter { argument in
                tree.relation(argument) == "obl" && victimCases.contains(tree.caseMarker(of: argument) ?? "")
            } : []
        var misplaced = actVictims
        // "pledged closer cooperation with Washington against North Korean missile threats": whom partners act
        // against is not their partner (the preposition's own cue says what they are to each other).
        // "talks on the impasse over North Korea's nuclear programme": what partners talk about or agree on is their
        // topic, not their partner, unless it names the sides itself ("a deal on China-UK tourism", "talks on
        // confidence-building measures between Pakistan and India") or the cue is the verb and its preposition
        // ("called on Nigeria").
        if cue.stance > 0 {
            let cueWords = cue.lexiconPhrase.split(separator: " ")
            misplaced += roles.patients.filter { argument in
                switch tree.caseMarker(of: argument) {
                case "against": true
                case let marker? where ["on", "over"].contains(marker):
                    !cueWords.contains(Substring(marker)) && !namesSides(argument)
                default: false
                }
            }
        }
        // A relation noun that stands for an actor relates its owner to that actor ("its arch-rival").
        let named = referents.contains(predicate) ? actorsAt[predicate] ?? [] : []
        var patients = (named + actors(in: roles.patients.filter { !misplaced.contains($0) }, events: others))
            .filter { !agents.contains($0) }
        if patients.isEmpty {
            // The partner of an object that is an act of its own ("condemned the attack on Chinese engineers") is
            // that act's patient, not this one's; but doing a cooperative act to a cooperative object ("normalising
            // ties with Israel", "deepen cooperation with Japan") is doing it with the object's partner.
            let partners = roles.partners.filter { partner in
                guard let object = tree.head(partner), others.contains(object) else { return true }
                return cue.stance > 0 && !hostileEvents.contains(object)
            }
            patients = actors(in: partners, events: others).filter { !agents.contains($0) }
        }
        if patients.isEmpty {
            patients = actors(in: summarised(predicate), events: others).filter { !agents.contains($0) }
        }
        if patients.isEmpty && cue.stance < 0 {
            patients = actors(in: defied(predicate), events: others).filter { !agents.contains($0) }
        }
        if patients.isEmpty {
            patients = relativeTargets(of: predicate, events: others, hostileEvents: hostileEvents)
                .filter { !agents.contains($0) }
        }
        if patients.isEmpty {
            patients = participleTargets(of: predicate, events: others).filter { !agents.contains($0) }
        }
        if patients.isEmpty && cue.stance < 0 && !agents.isEmpty {
            patients = parallelTargets(of: predicate, events: others, hostileEvents: hostileEvents)
                .filter { !agents.contains($0) }
        }
        if patients.isEmpty && cue.stance < 0 && !agents.isEmpty {
            patients = referredTargets(of: predicate, events: others, hostileEvents: hostileEvents)
                .filter { !agents.contains($0) }
        }
        let hosts = lexicon.roles.hostingStems.contains(where: tree.lowercased(predicate).hasPrefix)
        if patients.isEmpty && cue.stance > 0 && hosts {
            // "The meeting on Palestinian reform is hosted by Tony Blair", "Oman hosted talks between Iran and
            // Britain": who hosts, sponsors or brokers a cooperative act is on good terms with every side of it.
            patients = roles.patients.filter { others.contains($0) && !hostileEvents.contains($0) }
                .flatMap { everySide(of: $0, events: others) }
                .filter { !agents.contains($0) }
        }
        patients += reactionTargets(of: predicate, events: others, hostileEvents: hostileEvents)
            .filter { !agents.contains($0) && !patients.contains($0) }
        // "Russia vetoed a UN Security Council resolution, drafted by the United States and Japan": the body a
        // proposal is put to is no side of those who block it, nor, once blocked, the doer of what it proposed.
        if cue.stance < 0 {
            let bodies = Set(tree.children[predicate].filter { tree.relation($0) == "obj" && proposedAct($0) != nil }
                .flatMap(proposalBodies))
            patients.removeAll(where: bodies.contains)
        }
        if let noun = tree.head(predicate), proposedAct(noun) == predicate,
            rejected(noun, hostileEvents: hostileEvents)
        {
            agents.removeAll(where: proposalBodies(noun).contains)
        }
        let group = actors(in: roles.group, events: others)
        let participants = Set(agents + patients + group)
        let namedDoer = roles.agents.contains { token in
            ["nsubj", "obl:agent"].contains(tree.relation(token)) || tree.caseMarker(of: token) == "by"
        }
        // Tourists travel for themselves, and the word-order guess may not make a country a participant in their
        // stead.
        let settled = (agents.isEmpty && namedDoer && !patients.isEmpty) || privateArgument
        let mutual = tree.relation(predicate) == "obj"
            && tree.head(predicate).map { lexicon.roles.reciprocalVerbs.contains(tree.lowercased($0)) } == true
        if agents.count > 1 && mutual {
            // "Pakistan and Iran exchanged missile strikes": each side did it to the other.
            return Attribution(
                links: within(agents), agents: agents, patients: patients, participants: participants, settled: settled)
        }
        if cue.length == 1 && agents.count > 1 && lexicon.jointMarkers.contains(tree.lowercased(predicate)) {
            // "imposed coordinated sanctions on Iran", "jointly vetoed": the agents are partners in the act, whatever
            // it does to its patients (the act's own cue says that).
            return Attribution(
                links: within(agents), agents: agents, patients: patients, participants: participants, settled: settled)
        }
        var links = agents.flatMap { a in patients.map { Link(a, $0, true) } }
        // The victims of a hostile act that is the cue's object, or that a proposal the cue acts on would do.
        let victims = { (patients: [Int]) in
            patients.map { self.proposedAct($0) ?? $0 }.filter(hostileEvents.contains).flatMap { event in
                self.actors(in: self.sides(of: event, events: others).patients, events: others)
            }
        }
        if cue.stance < 0 {
            // "Pakistan condemned the attack on Chinese engineers": who condemns a hostile act sides with its victims.
            let sided = Set(actors(in: misplaced, events: others) + victims(roles.patients))
                .subtracting(agents).sorted()
            links += agents.flatMap { a in sided.map { Link(a, $0, true, share: -Self.sympathy) } }
        } else if cue.isAttitude {
            // "its support for the Iraq war": who supports, backs or praises a hostile act takes sides against its
            // victims.
            let opposed = Set(victims(roles.patients) + actors(in: actVictims, events: others))
                .subtracting(agents).sorted()
            links += agents.flatMap { a in opposed.map { Link(a, $0, true, share: -Self.sympathy) } }
        }
        // "India and Japan signed a deal with Australia": who act together are partners; "France and Germany
        // welcomed the deal": who each hold an attitude, named together as one argument, are not ("Turkey's EU
        // hopes" names two).
        // So are coordinated subjects of a role a noun gives them each ("Mexico and Venezuela are important oil
        // exporters"), unless the role is a relation to each other ("India and Japan are partners").
        let subjects = roles.agents.filter { tree.relation($0) == "nsubj" }
        let role = tree.isNominal(predicate) && tree.children[predicate].contains { tree.relation($0) == "cop" }
            && !lexicon.referringNouns.contains(Self.singular(tree.lowercased(predicate)))
            && subjects.count == 1 && subjects.allSatisfy { tree.coordination(of: $0).count > 1 }
        let parallel = (cue.isAttitude && roles.agents.count == 1 || role) && agents.count > 1
        // "Israel and America would not risk attacking Iran": not doing a hostile act together is no
        // partnership.
        if cue.stance > 0 && agents.count > 1 && !parallel && !cue.negated { links += within(agents) }
        if cue.stance < 0 && sidesFight(at: predicate, patients: patients) {
            // "Indian and Pakistani troops exchanged fire": the sides of one force that fight each other are foes. (The
            // sides of any other joint force are allies by the force's own cue: `JointForces`.)
            for force in Set(roles.agents).sorted() { links += within(sidesOfJointForce(force)) }
        }
        if patients.isEmpty && agents.isEmpty { links += groupLinks(roles.group, events: others) }
        if !group.isEmpty && !agents.isEmpty { links += agents.flatMap { a in group.map { Link(a, $0, true) } } }
        let sources = roles.agents.filter { ["from", "by"].contains(tree.caseMarker(of: $0) ?? "") }
            .map { Set(actors(in: [$0], events: others)) }
        // Who each hold an attitude toward no one named are settled: the word-order guess may not pair one of them
        // with a bystander.
        return Attribution(
            links: links, agents: agents, patients: patients, participants: participants,
            settled: settled || (parallel && patients.isEmpty), together: sources.first { $0.count > 1 } ?? [])
    }

    /// "The US-led Quad", "the Russia-led bloc": the actor inside a hyphenated word leads (backs, brokers) the actor
    /// the word describes, and no one else ("a UN-backed mission" relates the UN to nobody).
    private func describedByHyphenatedWord(at suffix: Int) -> Attribution {
        var first = suffix
        while first > 0, parse.tokens[first - 1].end == parse.tokens[first].start { first -= 1 }
        let agents = (first..<suffix).flatMap { actorsAt[$0] ?? [] }
        // The word stands before the noun it describes: where the parse hangs it elsewhere ("U.S.-backed interim
        // President Hamid Karzai withdrew", with `withdrew` read as a noun), the first actor of the words that
        // follow it, up to the end of their noun phrase.
        // The noun stands for an actor through its own names, modifiers and possessor ("Iraq's US-backed government").
        let described = tree.head(suffix).map { Set(tree.ownExtent(of: $0).flatMap { actorsAt[$0] ?? [] }).sorted() }
            .flatMap { $0.isEmpty ? nil : $0 }
            ?? parse.tokens.indices[(suffix + 1)...].prefix { Self.nounPhraseTags.contains(tree.tags[$0]) }
                .lazy.compactMap { self.actorsAt[$0] }.first
        let patients = described?.filter { !agents.contains($0) } ?? []
        return Attribution(
            links: agents.flatMap { agent in patients.map { Link(agent, $0, true) } }, agents: agents,
            patients: patients, participants: Set(agents + patients), settled: true)
    }

    /// The tags of the words that may stand between a describing word and the noun it describes.
    private static let nounPhraseTags: Set<UniversalTag> = [.adj, .noun, .propn, .num, .det]

    /// Whether the topic phrase `argument` names the sides of what it is the topic of: an actor at its head or in a
    /// modifier of it ("China-UK tourism"), or a group anywhere in it ("measures (CBMs) between Pakistan and India").
    private func namesSides(_ argument: Int) -> Bool {
        if actorsAt[argument] != nil
            || tree.children[argument].contains(where: {
                ["compound", "amod"].contains(tree.relation($0)) && actorsAt[$0] != nil
            })
        {
            return true
        }
        return tree.descendants(of: argument).contains {
            tree.caseMarker(of: $0).map(Participants.groupCases.contains) == true
        }
    }

    /// The verb of the clause that says what a proposal noun would do ("a resolution condemning Israel", "a draft
    /// to punish Sudan", "a plan that would lift sanctions"), if `noun` is one.
    private func proposedAct(_ noun: Int) -> Int? {
        guard lexicon.roles.proposalNouns.contains(tree.lowercased(noun)) else { return nil }
        return tree.children[noun].first { ["acl", "acl:relcl"].contains(tree.relation($0)) }
    }

    /// The groupings that modify a proposal noun: the bodies it is put to ("a UN Security Council resolution").
    private func proposalBodies(_ noun: Int) -> [String] {
        tree.children[noun].filter { ["compound", "nmod:poss", "amod"].contains(tree.relation($0)) }
            .flatMap { actorsAt[$0] ?? [] }.filter(isBody)
    }

    /// Whether a hostile cue of the sentence acts on the proposal noun `noun`: vetoes, blocks or rejects it.
    private func rejected(_ noun: Int, hostileEvents: Set<Int>) -> Bool {
        tree.relation(noun) == "obj" && tree.head(noun).map(hostileEvents.contains) == true
    }

    /// The actors the argument tokens stand for, in order, each once.
    func actors(in arguments: [Int], events: Set<Int>) -> [String] {
        var seen = Set<String>()
        // The owner of "its arch-rival" is not the arch-rival, unless it is the argument itself; tourists stand for
        // nobody.
        return arguments.filter { !lexicon.privatePeople.contains(tree.lowercased($0)) }
            .flatMap { tree.extent(of: $0, events: events) }
            .filter { !referentOwners.contains($0) || arguments.contains($0) }
            .sorted().flatMap { actorsAt[$0] ?? [] }.filter { seen.insert($0).inserted }
    }

    /// The sides of a force noun that two actors or more modify together ("US and Iraqi forces", "British and
    /// American troops"), one force of several sides, or of two forces the noun heads, joined by `and` or `with`
    /// ("Haitian police and U.N. troops", "US troops with Iraqi soldiers"); none for any other word.
    private func sidesOfJointForce(_ token: Int) -> [String] {
        guard isForce(token), tree.caseMarker(of: token) != "between" else { return [] }
        let modifiers = forces(headedBy: token).flatMap { noun in
            tree.children[noun].filter { ["amod", "compound", "nmod:poss"].contains(tree.relation($0)) }
        }
        let named = Set(
            modifiers.flatMap { modifier in tree.coordination(of: modifier).flatMap { actorsAt[$0] ?? [] } })
        return named.count > 1 ? named.sorted() : []
    }

    private func isForce(_ noun: Int) -> Bool { lexicon.roles.forceNouns.contains(tree.lowercased(noun)) }

    /// A force noun and the forces it heads, joined by `and` or `with`.
    private func forces(headedBy noun: Int) -> [Int] {
        [noun] + tree.children[noun].filter { other in
            isForce(other)
                && (tree.relation(other) == "conj" || (tree.relation(other) == "nmod" && tree.caseMarker(of: other) == "with"))
        }
    }

    /// The pairs a group phrase relates. A `between` phrase of two sides or more relates each side to the others,
    /// and not the actors of one side to each other: "talks between Middle East producers and Asia's biggest
    /// consumers - China, India, Japan and South Korea" make no two consumers partners. Any other group ("cooperation
    /// within BRICS", "talks between the two countries") relates every pair of its members.
    private func groupLinks(_ group: [Int], events: Set<Int>) -> [Link] {
        let members = actors(in: group, events: events)
        guard group.allSatisfy({ tree.caseMarker(of: $0) == "between" }) else { return within(members) }
        let conjuncts = Set(group.flatMap(tree.coordination)).sorted()
        guard conjuncts.count > 1 else { return within(members) }
        let sides = conjuncts.map { conjunct in
            let inner = conjuncts.filter { $0 != conjunct && tree.lies($0, within: conjunct) }
            return Set(actors(in: [conjunct], events: events))
                .subtracting(actors(in: inner, events: events))
        }
        let share = 1 / Double(max(members.count - 1, 1))
        var links: [Link] = []
        for (i, side) in sides.enumerated() {
            for other in sides[(i + 1)...] {
                for a in side.sorted() {
                    links += other.sorted().filter { $0 != a }.map { b in
                        Link(min(a, b), max(a, b), false, share: share)
                    }
                }
            }
        }
        return links
    }

    /// Whether a hostile verb whose subject is one force of several sides is done by those sides to each other: it
    /// names no one it is done to, no object and no `with` or `against` phrase ("Chinese and Indian troops clashed in
    /// the valley"), or it is reciprocal ("exchanged fire"). An act a verb only carries ("launched an assault") is
    /// done together.
    private func sidesFight(at predicate: Int, patients: [String]) -> Bool {
        guard patients.isEmpty, tree.tags[predicate] == .verb else { return false }
        if lexicon.roles.reciprocalVerbs.contains(tree.lowercased(predicate)) { return true }
        return !tree.children[predicate].contains { child in
            tree.relation(child) == "obj" || ["with", "against"].contains(tree.caseMarker(of: child) ?? "")
        }
    }

    /// "US and Iraqi forces fight rebels": the cue `JointForces` gives a force that two actors name together
    /// relates its sides as allies, unless they fight each other ("Indian and Pakistani troops clashed").
    private func jointForce(at noun: Int, hostileEvents: Set<Int>) -> Attribution {
        let sides = sidesOfJointForce(noun)
        // What the force does: the verb it is the subject of, or one the parser hung from it ("Indian and Pakistani
        // troops clashed" read as a reduced relative clause).
        let acts = (tree.relation(noun).hasPrefix("nsubj") ? [tree.head(noun)].compactMap { $0 } : [])
            + forces(headedBy: noun).flatMap { force in tree.children[force].filter { tree.relation($0) == "acl" } }
        if acts.contains(where: { hostileEvents.contains($0) && sidesFight(at: $0, patients: []) }) {
            return Attribution(settled: true)
        }
        return Attribution(links: within(sides), agents: sides, participants: Set(sides), settled: true)
    }

    private func within(_ actors: [String]) -> [Link] {
        let sorted = actors.sorted()
        let share = 1 / Double(max(sorted.count - 1, 1))
        return sorted.enumerated().flatMap { i, a in sorted[(i + 1)...].map { Link(a, $0, false, share: share) } }
    }
}
