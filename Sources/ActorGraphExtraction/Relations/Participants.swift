import ActorGraphParser

/// Who takes part in a predicate, read from the dependency parse: its agents (who acts) and its patients (who is
/// acted on, or the other side of a joint act), as token indices of the argument heads.
///
/// - Verbs: the subject (`nsubj`), the agent of a passive (`obl:agent`: "criticised by China") act; the object, the
///   indirect object, the subject of a passive and obliques marked `on`, `against`, `to`, `toward`, `with`, `from`,
///   `at`, `over`, `into`, `upon` (and `in` for a war) are acted on, and so is the partner of an object that names
///   nobody itself ("severed ties with Israel"; but in "condemned the US sanctions against Turkey" the United
///   States).
/// - A preposition that is itself a cue (`against`) relates the phrase it marks to the agents of the word that
///   phrase depends on; an adjective, compound or adverb that is a cue ("a trusted partner") takes the participants
///   of the word it modifies.
/// - Event and relation nouns (`sanctions`, `talks`, `visit`, `ally`, `rival`): the possessor ("China's sanctions"),
///   an actor compound or adjective ("US sanctions", "Chinese sanctions") and a `by` phrase act; `of`, `for` (unless
///   it is an act of its own: "contempt for the Quad", but "support for the Iraq war") and the obliques above are
///   acted on. A noun that is the object of a verb ("imposed sanctions on Russia", "held talks with India") takes the
///   verb's agents and the verb's obliques too; a noun with a copula ("India is a partner of Russia") or after
///   `remain` or `become` ("Berlin remains Kyiv's largest donor"), or in apposition ("Pakistan, India's rival"),
///   takes the subject or the noun it describes. The actor that modifies a noun of joining is the body joined
///   ("Turkey's EU membership").
/// - Adjectives with a copula ("Beijing is hostile to Taipei"): the subject and the obliques.
/// - A predicate without a subject of its own takes its controller's, its coordinated head's or, for an adverbial
///   clause, its main clause's ("Russia agreed to supply India": supply's agent is Russia; "condemned and sanctioned
///   Iran"; "Russia withdrew, accusing the West"); a relative clause whose subject is
///   the relative pronoun takes the noun it modifies ("Germany, which supplies Ukraine").
/// - `between`, `among` and `within` phrases name a group whose members relate to each other ("talks between India
///   and China", "cooperation within BRICS"), and so does the `of` phrase of a body or gathering that lists two
///   members or more ("an alliance of the US, India, Australia and Japan").
struct Participants {
    var agents: [Int] = []
    var patients: [Int] = []
    /// Members of a `between` group.
    var group: [Int] = []
    /// The partners of an object ("severed ties with Israel"): the ones acted on when the object names nobody.
    var partners: [Int] = []
    /// What the lexicon says predicates make of their arguments.
    let roles: PredicateRoles

    static let patientCases: Set<String> = [
        "on", "against", "to", "toward", "towards", "with", "from", "at", "over", "into", "upon", "onto",
    ]
    static let groupCases: Set<String> = ["between", "among", "amongst", "within"]
    static let relativePronouns: Set<String> = ["which", "who", "that", "whom"]
    /// Verbs of arrival: where one arrives for talks or a visit is whom they are held with ("Powell arrived in Seoul
    /// for a two-day visit").
    static let arrivalVerbs: Set<String> = Set(VerbForms.of("arrive"))

    /// - Parameter namesActor: whether an argument token stands for an actor (the noun-as-object rule needs it).
    /// - Parameter events: the tokens of the sentence's other cues (a verb that is a cue of its own does not lend its
    ///   subject to the event noun below it: in "India opposed the aid to Pakistan" India gives no aid).
    init(
        of predicate: Int, in tree: DependencyTree, roles: PredicateRoles, events: Set<Int>,
        namesActor: (Int) -> Bool
    ) {
        self.roles = roles
        // A preposition that carries the cue ("drones used against Ukraine") speaks of the phrase it marks, for the
        // word that phrase depends on.
        var word = predicate
        var phrase: Int?
        if tree.relation(predicate) == "case", let marked = tree.head(predicate), let head = tree.head(marked) {
            word = head
            phrase = marked
        } else if ["amod", "compound", "advmod"].contains(tree.relation(predicate)), let head = tree.head(predicate) {
            // A modifier that carries the cue ("a trusted partner", "privileged strategic partnership", "warm
            // words") qualifies the word it modifies, whose participants are the cue's.
            word = head
        }
        collect(word, tree, events: events, namesActor)
        if agents.isEmpty { agents = agentsOfOccasion(word, tree, events: events, namesActor) }
        if agents.isEmpty { inherit(word, tree) }
        // "Brazil attends the G7 meeting": who attends a gathering takes part in it beside the body that holds it.
        let gathering = roles.groupingNouns.contains(tree.lowercased(word))
        if group.isEmpty && (gathering || !agents.contains(where: namesActor)) {
            lend(word, tree, events: events, namesActor)
        }
        if let phrase {
            // "pledged closer cooperation with Washington against North Korean missile threats": who acts with the
            // agents acts against the phrase too.
            agents += patients.filter { tree.caseMarker(of: $0) == "with" }
            patients = [phrase]
        }
        // "threatened to kill an Australian journalist", "offered to supply fuel to China": the complement's
        // patients are the intention's.
        for complement in tree.children[word] where tree.relation(complement) == "xcomp" {
            var inner = Participants(roles: roles)
            inner.collect(complement, tree, events: events, namesActor)
            patients += inner.patients
        }
    }

    private init(roles: PredicateRoles) { self.roles = roles }

    /// The participants of the verb a noun hangs from, with its controller's subject where it has none of its own.
    private init(
        ofVerb verb: Int, _ tree: DependencyTree, roles: PredicateRoles, events: Set<Int>, _ namesActor: (Int) -> Bool
    ) {
        self.roles = roles
        collect(verb, tree, events: events, namesActor)
        if agents.isEmpty { inherit(verb, tree) }
    }

    private mutating func collect(
        _ predicate: Int, _ tree: DependencyTree, events: Set<Int>, _ namesActor: (Int) -> Bool
    ) {
        let isNoun = tree.isNominal(predicate)
        let isAdjective = tree.tags[predicate] == .adj
        for child in tree.children[predicate] {
            let relation = tree.relation(child)
            let marker = tree.caseMarker(of: child)
            switch relation {
            case "obl:agent": agents.append(child)
            case "nsubj" where child == tree.subject(of: predicate):
                // "Ties between the two countries have deteriorated": the subject names a group, not an agent.
                let members = tree.children[child].filter {
                    tree.caseMarker(of: $0).map(Self.groupCases.contains) ?? false
                }
                if members.isEmpty { agents.append(Self.standIn(for: child, tree)) } else { group += members }
            case "nsubj:pass", "obj", "iobj":
                patients.append(Self.standIn(for: child, tree))
                for partner in tree.children[child] where ["nmod", "nmod:unmarked"].contains(tree.relation(partner)) {
                    if let marker = tree.caseMarker(of: partner), Self.patientCases.contains(marker),
                        !tree.isOccasion(partner)
                    {
                        partners.append(partner)
                    }
                }
            case "nmod:poss" where isNoun: agents.append(child)
            case "acl" where isNoun && roles.supportVerbs.contains(tree.lowercased(child)):
                // "sanctions imposed by Washington": the agent of the participle that carries the event.
                agents += tree.children[child].filter { tree.relation($0) == "obl:agent" }
            case "compound" where isNoun && roles.joiningNouns.contains(tree.lowercased(predicate)):
                // "EU membership", "NATO accession": the modifier is what is joined.
                patients.append(child)
            case "compound" where isNoun, "amod" where isNoun:
                agents.append(child)
                // "the US-led war", parsed with US under the participle: who leads it acts in it.
                if tree.tags[child] == .verb {
                    agents += tree.children[child].filter { tree.relation($0) == "obl:unmarked" }
                }
            case "obl", "nmod", "obl:unmarked", "nmod:unmarked":
                guard let marker, !tree.isOccasion(child) else { continue }
                if marker == "by" || (isNoun && marker == "from") {
                    // "criticised by China"; "a protest from Tokyo", "pressure from the United States".
                    agents.append(child)
                } else if Self.groupCases.contains(marker)
                    || (isNoun && marker == "of" && roles.groupingNouns.contains(tree.lowercased(predicate))
                        && tree.coordination(of: child).count > 1)
                {
                    group.append(child)
                } else if Self.patientCases.contains(marker) || ((isNoun || isAdjective) && marker == "of")
                    || (isNoun && marker == "for" && !events.contains(child))
                    || (marker == "in" && roles.warNouns.contains(tree.lowercased(predicate)))
                    || (marker == "in" && roles.investingWords.contains(tree.lowercased(predicate)))
                    || (marker == "in" && roles.joiningNouns.contains(tree.lowercased(predicate)))
                {
                    patients.append(child)
                }
            default: break
            }
        }
        // "its Western isolation", "Japan's American allies": beside an actor that modifies the noun, the possessor
        // is the one the act or relation is toward.
        if isNoun && !roles.joiningNouns.contains(tree.lowercased(predicate)) {
            let owners = tree.children[predicate].filter { tree.relation($0) == "nmod:poss" && namesActor($0) }
            let modified = tree.children[predicate].contains {
                ["compound", "amod"].contains(tree.relation($0)) && namesActor($0)
            }
            if modified && !owners.isEmpty {
                agents.removeAll(where: owners.contains)
                patients += owners
            }
        }
        // "key allies, particularly India", "its diplomatic rival Taiwan": whom a relation noun names, unless it
        // relates a group ("cooperation within BRICS (Brazil, Russia, India, China and South Africa)").
        if isNoun && group.isEmpty { patients += tree.children[predicate].filter { tree.relation($0) == "appos" } }
        // "cooperation within the SCO and BRICS" parsed with BRICS as a conjunct of the noun: a bare nominal
        // conjunct of an event noun that has a group belongs to the group.
        if isNoun && !group.isEmpty {
            group += tree.children[predicate].filter {
                tree.relation($0) == "conj" && tree.isNominal($0) && tree.caseMarker(of: $0) == nil
            }
        }
        guard isNoun || isAdjective, let head = tree.head(predicate) else { return }
        switch tree.relation(predicate) {
        case "obj", "nsubj:pass":
            // "imposed sanctions on Russia", "talks were held with India": the verb's participants are the noun's
            // when the verb only supports the noun (`supportVerbs`) or the noun names no actor of its own and the
            // verb is no cue itself; not in "condemned the US sanctions" nor in "condemned the attack on Chinese
            // engineers" (Pakistan condemns the attack; it did not attack), nor where the verb judges the noun
            // ("called the sanctions illegal"). The subject of "drew criticism", "faced
            // sanctions", "received aid" is the one acted on.
            let receives = roles.receivingVerbs.contains(tree.lowercased(head))
            let verb = Participants(ofVerb: head, tree, roles: roles, events: events, namesActor)
            if receives {
                patients += verb.agents
                // "…, drawing criticism from the United States" hung by the parser from a noun: the reaction is to
                // what the main clause's subject did.
                if verb.agents.isEmpty, let root = tree.parse.heads.firstIndex(where: { $0 == nil }), root != head,
                    let subject = tree.subject(of: root)
                {
                    patients.append(subject)
                }
            } else if roles.supportVerbs.contains(tree.lowercased(head))
                || roles.linkingVerbs.contains(tree.lowercased(head))
                || (!agents.contains(where: namesActor) && !events.contains(head) && !Self.judges(head, tree, roles))
            {
                agents += verb.agents
            }
            for child in tree.children[head] {
                let relation = tree.relation(child)
                if ["obl", "obl:unmarked"].contains(relation), let marker = tree.caseMarker(of: child),
                    !tree.isOccasion(child)
                {
                    // "drew criticism from the United States": whom it is received from is the act's agent.
                    if receives && marker == "from" {
                        agents.append(child)
                        continue
                    }
                    // "have large investments in Vietnam's steel industry": where the money goes.
                    if Self.patientCases.contains(marker)
                        || (marker == "in" && roles.investingWords.contains(tree.lowercased(predicate)))
                    {
                        patients.append(child)
                    }
                    if Self.groupCases.contains(marker) { group.append(child) }
                }
            }
        case "appos":
            agents.append(head)
        case "nmod" where tree.caseMarker(of: predicate) == "of" && tree.lowercased(head) == "one":
            // "Blair, who is one of the United States' closest allies", "Pakistan, one of China's partners": one of
            // what the noun names is what the noun would be in its place.
            let subjects = tree.children[head].filter { tree.relation($0) == "nsubj" }.map { Self.standIn(for: $0, tree) }
            if !subjects.isEmpty {
                agents += subjects
            } else if tree.relation(head) == "appos", let named = tree.head(head) {
                agents.append(named)
            } else {
                // "who has pushed for peace talks and is one of ...": the subject of the clause it is coordinated with.
                var shared = Participants(roles: roles)
                shared.inherit(head, tree)
                agents += shared.agents
            }
        case "obl" where tree.caseMarker(of: predicate) == "with" && roles.supportVerbs.contains(tree.lowercased(head)),
            "obl" where tree.caseMarker(of: predicate) == "as" && tree.tags[head] == .verb && group.isEmpty:
            // "providing Pakistan with the necessary assistance": the one provided is the verb's object, and the
            // provider its subject. "Japan singled out North Korea and China as security threats", "Washington
            // regards Tehran as an enemy": what a verb names its object as, its subject holds the object to be. (What
            // names its own sides, "an agreement between Egypt and Israel", is theirs.)
            let verb = Participants(ofVerb: head, tree, roles: roles, events: events, namesActor)
            if !agents.contains(where: namesActor) { agents += verb.agents }
            patients += tree.children[head].filter { tree.relation($0) == "obj" }
        default: break
        }
    }

    /// Whether `verb` is a verb of judging that says what its object is ("called the sanctions illegal", "branded
    /// the sales a provocation"), not one that does it ("called a truce", "declared a partnership").
    static func judges(_ verb: Int, _ tree: DependencyTree, _ roles: PredicateRoles) -> Bool {
        roles.judgingVerbs.contains(tree.lowercased(verb))
            && tree.children[verb].contains { tree.relation($0) == "obj" }
            && tree.children[verb].contains { ["xcomp", "obl:unmarked"].contains(tree.relation($0)) }
    }

    /// An event or relation noun whose actor the parse does not name takes the subject of the verb it hangs from,
    /// through the nouns between: "Japan will provide $4.5 billion in humanitarian aid to Ukraine", "the Russian
    /// minister fired a salvo of criticism at India", "Russia and India were connected by relations of partnership".
    /// A subject that names nobody lends nothing, nor does a verb that is a cue itself to its object ("India opposed
    /// the aid to Pakistan"); an oblique lends only when it says what the act is for or in, or where the subject takes
    /// part in it ("arrives in Indonesia for a summit meeting", "$4.5 billion in aid", "to talks", "moved towards an
    /// agreement", "at a news conference with Tony Blair, Bush said", "condemned the crackdown in a joint
    /// statement"), not when it sets the scene ("despite the censure of Russia, India stayed neutral"); nor does a
    /// verb lend to a noun that names a group of its own ("called for an end to the conflict between Armenia and
    /// Azerbaijan"), nor a verb of judging to what it judges ("called the sanctions against Iran illegal").
    private mutating func lend(
        _ predicate: Int, _ tree: DependencyTree, events: Set<Int>, _ namesActor: (Int) -> Bool
    ) {
        var current = predicate
        var purpose = false
        while tree.isNominal(current) || tree.tags[current] == .adj {
            // "talks on the sidelines of the SCO summit": the summit is when the talks were held, not what their
            // sides did.
            if tree.isOccasion(current) { return }
            let relation = tree.relation(current)
            // "Turkey's bid for EU membership", "India's push for a deal": who owns the aim owns what it aims at.
            if relation == "nmod", tree.caseMarker(of: current) == "for", let head = tree.head(current),
                tree.isNominal(head)
            {
                let owners = tree.children[head].filter { tree.relation($0) == "nmod:poss" && namesActor($0) }
                if !owners.isEmpty {
                    agents += owners
                    return
                }
            }
            purpose = (relation == "obl"
                && ["for", "in", "to", "at", "toward", "towards", "during"].contains(tree.caseMarker(of: current) ?? ""))
                || (relation == "advcl" && tree.isNominal(current))
            guard ["obj", "nmod", "obl:agent", "nmod:unmarked"].contains(relation) || purpose,
                let head = tree.head(current)
            else { return }
            current = head
        }
        // Where the noun says what the act is for or in, the act's subject takes part in it even when the verb is a
        // cue of its own: "condemned the crackdown in a joint statement", "agreed at talks brokered by Brazil".
        guard tree.tags[current] == .verb, purpose || !events.contains(current) else { return }
        // "Russia called the sanctions against Iran illegal": who judges an act has not done it.
        guard purpose || !Self.judges(current, tree, roles) else { return }
        // A passive verb's subject is acted on: it lends itself to a noun below the verb, never to the verb.
        var subjects = tree.children[current].filter {
            current == predicate ? tree.relation($0) == "nsubj" : tree.relation($0).hasPrefix("nsubj")
        }
        // "..., opting instead for closer ties with the United States": a verb without a subject of its own lends
        // its controller's or its main clause's.
        if subjects.isEmpty && current != predicate {
            var verb = Participants(roles: roles)
            verb.inherit(current, tree)
            subjects = verb.agents
        }
        guard subjects.contains(where: namesActor) else { return }
        agents += subjects
        // "Powell arrived in Seoul for a two-day visit": the visit is to where he arrived.
        if purpose && Self.arrivalVerbs.contains(tree.lowercased(current)) {
            patients += tree.children[current].filter {
                $0 != predicate && !events.contains($0) && tree.relation($0) == "obl"
                    && ["in", "at"].contains(tree.caseMarker(of: $0) ?? "")
            }
        }
    }

    /// "Three soldiers were killed when militants blew up a tunnel": a passive act that names no
    /// agent is done by whoever does the act of its `when` or `as` clause, if that clause is an act the sentence
    /// reports (a cue); "three Afghan civilians were killed during a US operation": or by whoever conducts the
    /// operation it happens in or during (`PredicateRoles/operationNouns`).
    private func agentsOfOccasion(
        _ verb: Int, _ tree: DependencyTree, events: Set<Int>, _ namesActor: (Int) -> Bool
    ) -> [Int] {
        let passive = tree.children[verb].contains { tree.relation($0) == "nsubj:pass" }
            || (tree.relation(verb) == "acl" && tree.parse.pennTags[verb] == "VBN")
        guard passive else { return [] }
        let doers = tree.children[verb].filter { clause in
            tree.relation(clause) == "advcl" && events.contains(clause) && tree.children[clause].contains {
                ["mark", "advmod"].contains(tree.relation($0)) && ["when", "as"].contains(tree.lowercased($0))
            }
        }.flatMap { clause in
            tree.children[clause].filter { tree.relation($0) == "nsubj" }.map { Self.standIn(for: $0, tree) }
        }
        let operations = tree.children[verb].filter { noun in
            tree.relation(noun) == "obl" && ["in", "during"].contains(tree.caseMarker(of: noun) ?? "")
                && roles.operationNouns.contains(tree.lowercased(noun)) && namesActor(noun)
        }
        return doers + operations
    }

    /// The noun a relative pronoun stands for, as the subject or object of the relative clause it opens ("Qatar,
    /// which mediates between Israel and Hamas": Qatar; "the deal that Russia signed": the deal); any other token
    /// stands for itself.
    static func standIn(for token: Int, _ tree: DependencyTree) -> Int {
        guard Self.relativePronouns.contains(tree.lowercased(token)), let clause = tree.head(token) else { return token }
        if tree.relation(clause) == "acl:relcl", let noun = tree.head(clause) { return noun }
        // "Finland joined NATO, doubling the alliance's border with Russia, which warned of countermeasures": a clause
        // the parser takes for a comment on the whole sentence, whose pronoun follows a name and its comma, is about
        // the name.
        if tree.relation(clause) == "advcl:relcl", token >= 2, tree.parse.tokens[token - 1].form == ",",
            tree.tags[token - 2] == .propn
        {
            return token - 2
        }
        return token
    }

    /// Whether `verb` is a `to` infinitive completing a noun ("decision to impose").
    private func infinitiveOfNoun(_ verb: Int, _ tree: DependencyTree) -> Bool {
        tree.head(verb).map(tree.isNominal) == true && tree.isMarked(verb, by: ["to"])
    }

    /// A predicate with no agent of its own takes that of its controller or coordinated head.
    private mutating func inherit(_ predicate: Int, _ tree: DependencyTree) {
        var current = predicate
        for _ in 0..<4 {
            guard let head = tree.head(current) else { return }
            let relation = tree.relation(current)
            // An infinitive of purpose ("threatened sanctions on India to purchase ...") has its own, unstated,
            // subject; a participle ("Russia withdrew, accusing the West") shares the main clause's.
            // A nominal adverbial clause ("while cooperation within BRICS [is] yielding results") is about its
            // own noun.
            // An adjective's infinitive is its subject's to do ("he would be happy to meet Mr Allawi").
            let infinitive = relation == "advcl" && tree.tags[head] != .adj && tree.isMarked(current, by: ["to"])
            let nominal = relation == "advcl" && tree.isNominal(current)
            // "prompting Israel to recall its ambassadors", "urged India to stop": an object of the verb above
            // controls the infinitive below it.
            // "warned Singapore officials against visiting Taiwan", "barred Britain from joining": so does the object
            // of a verb whose participle clause says what the object is warned against or kept from.
            let kept = relation == "advcl" && tree.isMarked(current, by: ["against", "from"])
            if relation == "xcomp" || kept,
                let controller = tree.children[head].first(where: { tree.relation($0) == "obj" })
            {
                agents.append(controller)
                return
            }
            // "India has been asked to take part in the G7 talks", "Iran was urged by the EU to stop": the
            // object a passive makes its subject still controls the infinitive (not the `by` agent).
            if relation == "xcomp",
                let controller = tree.children[head].first(where: { tree.relation($0) == "nsubj:pass" })
            {
                agents.append(Self.standIn(for: controller, tree))
                return
            }
            if ["xcomp", "conj", "advcl"].contains(relation) && !infinitive && !nominal {
                let subjects = tree.children[head].filter { ["nsubj", "obl:agent"].contains(tree.relation($0)) }
                if !subjects.isEmpty {
                    agents += subjects.map { Self.standIn(for: $0, tree) }
                    return
                }
                current = head
            } else if relation == "acl" && infinitiveOfNoun(current, tree),
                let owner = tree.children[head].first(where: { tree.relation($0) == "nmod:poss" })
            {
                // "China's decision to impose sanctions", "Russia's readiness to continue providing assistance": the
                // owner of the noun does what it completes.
                agents.append(owner)
                return
            } else {
                return
            }
        }
    }
}
