/// How the sentence's structure changes what a cue says before it goes to anyone: a verb that undoes the act its
/// object names, a negation that reaches a coordinated verb, a condition or a question.
extension ParseAttribution {
    /// A cue with the token of its first word (nil where no token holds it).
    typealias PlacedCue = (cue: Cue, predicate: Int?)

    /// The sentence's cues placed in the tree and read in it; a cue inside a name ("Shanghai Cooperation
    /// Organisation") is dropped.
    func read(_ cues: [Cue], words: SentenceWords) -> [PlacedCue] {
        var placed = cues.compactMap { cue -> PlacedCue? in
            let offset = words.start(of: cue)
            return names.contains { $0.contains(offset) } ? nil : (cue, predicate(of: cue, words: words))
        }
        // "lifted the embargo", "ended two decades of hostility": the object's cue, turned, says what the verb does.
        var reversedBy = [Int?](repeating: nil, count: placed.count)
        for index in placed.indices {
            guard let predicate = placed[index].predicate, let verb = reversal(of: predicate) else { continue }
            reversedBy[index] = verb
            placed[index].cue.phrase = tree.lowercased(verb) + " " + placed[index].cue.phrase
            placed[index].cue.reversal = parse.tokens[verb].start..<parse.tokens[verb].end
            placed[index].cue.stance = -placed[index].cue.stance / 2
        }
        // The verb's own cue gives way to the turned one, unless it says the same more strongly ("severed diplomatic
        // ties with Israel": the verb's -0.6, not the turned "ties with").
        let turned = Dictionary(
            placed.indices.compactMap { index in reversedBy[index].map { ($0, placed[index].cue.stance) } },
            uniquingKeysWith: { abs($0) >= abs($1) ? $0 : $1 })
        let verbSpeaks = Set(placed.indices.compactMap { index -> Int? in
            guard reversedBy[index] == nil, let verb = placed[index].predicate, let stance = turned[verb],
                placed[index].cue.stance * stance > 0, abs(placed[index].cue.stance) > abs(stance)
            else { return nil }
            return verb
        })
        placed = placed.indices.filter { index in
            if let verb = reversedBy[index] { return !verbSpeaks.contains(verb) }
            guard let predicate = placed[index].predicate, turned[predicate] != nil else { return true }
            return verbSpeaks.contains(predicate)
        }.map { placed[$0] }
        // "The Swiss franc rose against the US dollar": exchange rates, not a relation; "visitors from China": people,
        // not a visit; "to deal with the crisis": no deal.
        placed.removeAll { cue, predicate in
            guard let predicate else { return false }
            if lexicon.privatePeople.contains(tree.lowercased(predicate)) { return true }
            if lexicon.nounOnly.contains(String(cue.lexiconPhrase)) && !tree.isNominal(predicate) { return true }
            guard tree.relation(predicate) == "case", let noun = tree.head(predicate) else { return false }
            return lexicon.currencies.contains(tree.lowercased(noun))
        }
        // "Turkmenistan wants to strike a deal with Russia", "a deal struck with Canada": a verb that only carries
        // the event its object (or the noun it describes) names says nothing of its own; the event's cue speaks.
        let events = Set(placed.compactMap(\.predicate))
        placed.removeAll { cue, predicate in
            guard cue.length == 1, let predicate, tree.tags[predicate] == .verb,
                lexicon.roles.supportVerbs.contains(tree.lowercased(predicate))
            else { return false }
            let objects = tree.children[predicate].filter { tree.relation($0) == "obj" }
            let participle = tree.relation(predicate) == "acl" && parse.pennTags[predicate] == "VBN"
            let described = participle ? tree.head(predicate) : nil
            return (objects + [described].compactMap { $0 }).contains(where: events.contains)
        }
        // "Serbia refused to impose sanctions on Russia": what a refusal's complement names is not done; its cue is
        // negated, and the refusal says nothing of its own beside it.
        var refusing = Set<Int>()
        for index in placed.indices where !placed[index].cue.negated {
            guard let predicate = placed[index].predicate, let verb = refusal(of: predicate) else { continue }
            refusing.insert(verb)
            placed[index].cue = placed[index].cue.negation
        }
        placed.removeAll { $0.predicate.map(refusing.contains) ?? false }
        // "Turkey is unlikely to join the European Union", "unlikely to sign a deal": what is not expected to happen
        // relates no one.
        // (The parser also hangs the infinitive as an adverbial clause: "unlikely to become a member".)
        let doubted = parse.tokens.indices.filter { clause in
            (tree.relation(clause) == "xcomp"
                || (tree.relation(clause) == "advcl" && tree.isMarked(clause, by: ["to"])))
                && tree.head(clause).map { lexicon.doubtAdjectives.contains(tree.lowercased($0)) } == true
        }
        placed.removeAll { _, predicate in
            predicate.map { token in doubted.contains { tree.lies(token, within: $0) } } ?? false
        }
        // "will not dismantle its programmes or improve ties with South Korea": a verb coordinated under a negated
        // one, with no subject of its own, is negated too, however far the negator lies in words.
        for index in placed.indices where !placed[index].cue.negated {
            guard let predicate = placed[index].predicate, sharesNegation(predicate) else { continue }
            placed[index].cue = placed[index].cue.negation
        }
        // "The United States called on Syria to withdraw its troops", "Britain urged Sudan to do more": an appeal to do
        // something is a demand of the one appealed to ("called on the president" is a visit), unless what it asks is
        // to cooperate ("called upon India and Russia to work together", "urged Britain and Argentina to renew their
        // dialogue"), which is no hostility of the one who asks.
        for index in placed.indices where lexicon.demandAppeals.contains(String(placed[index].cue.lexiconPhrase)) {
            guard !placed[index].cue.negated, let verb = placed[index].predicate,
                let asked = tree.children[verb].first(where: { clause in
                    ["xcomp", "advcl"].contains(tree.relation(clause)) && tree.isMarked(clause, by: ["to"])
                })
            else { continue }
            let cooperation = placed.contains { cue, predicate in
                cue.stance > 0 && cue.reversal == nil && predicate.map { tree.lies($0, within: asked) } == true
            }
            placed[index].cue.stance = cooperation ? max(placed[index].cue.stance, 0) : lexicon.demandStance
        }
        // "Seoul could supply weapons if North Korea sends troops", "Will India join?": a condition or a question
        // says less than a statement; it keeps its sign at half the weight.
        let questions = questionClauses
        for index in placed.indices {
            guard let predicate = placed[index].predicate,
                questions.contains(tree.clause(of: predicate)) || isConditional(predicate)
            else { continue }
            placed[index].cue.stance /= 2
        }
        return placed
    }

    /// The clauses a question mark ends: the whole sentence's where it ends in one, closing quotes and brackets aside
    /// ("Will India join?"); and a quoted or reported question's ("The ballot asks: “Should the United Kingdom
    /// approve the treaty?”", "“Will India join?” he asked").
    var questionClauses: Set<Int> {
        var clauses = Set(parse.tokens.indices.filter { parse.tokens[$0].form == "?" }.compactMap { mark in
            tree.head(mark).map(tree.clause)
        })
        let closing: Set<String> = ["\"", "”", "'", "’", ")", "]"]
        if parse.tokens.last(where: { !closing.contains($0.form) })?.form == "?" {
            clauses.formUnion(parse.tokens.indices.map(tree.clause))
        }
        return clauses
    }

    /// The token a cue is read at: for one word, its token; for a phrase, the word the others hang from, so that
    /// "Putin's new year message was extended to ..." is read at `message` and "imposed sanctions" at `imposed` (of
    /// two words whose heads lie outside the phrase, the first that is no preposition or particle: `commitment` of
    /// "commitment to").
    func predicate(of cue: Cue, words: SentenceWords) -> Int? {
        guard let first = token(at: words.start(of: cue)) else { return nil }
        guard cue.length > 1, let last = token(at: words.words[cue.position + cue.length - 1].start), last > first
        else { return first }
        let span = first...last
        // "security relationship", "new year message", "threat of sanctions": a noun phrase is read at its last noun
        // before any preposition, however the parser joined its words.
        let beforePreposition = span.prefix { tree.tags[$0] != .adp }.filter { ![.det, .punct].contains(tree.tags[$0]) }
        if beforePreposition.allSatisfy({ tree.isNominal($0) || tree.tags[$0] == .adj }),
            let noun = beforePreposition.last(where: tree.isNominal)
        {
            return noun
        }
        return span.first { token in
            (tree.head(token).map { !span.contains($0) } ?? true) && ![.adp, .part, .det, .punct].contains(tree.tags[token])
        } ?? first
    }

    /// Whether `token` lies in a clause marked as a condition (`if`, `unless`), or with `until` among `markers`, as
    /// one that has not happened yet.
    func isConditional(_ token: Int, markers: Set<String> = ["if", "unless"]) -> Bool {
        var current = token
        while let head = tree.head(current) {
            let marked = tree.isMarked(current, by: markers)
            // "Japan will protest if the EU lifts ...", parsed as a complement ("asked if"): not a fact either.
            if tree.relation(current) == "advcl" || (tree.relation(current) == "ccomp" && marked) { return marked }
            current = head
        }
        return false
    }

    /// The refusal verb whose complement the cue at `token` is (itself, or the support verb whose object it is:
    /// "refused to impose sanctions", not "failed to bring war crimes suspects"), if any.
    func refusal(of token: Int) -> Int? {
        var verb = token
        if tree.isNominal(verb), tree.relation(verb) == "obj", let head = tree.head(verb) {
            guard lexicon.roles.supportVerbs.contains(tree.lowercased(head)) else { return nil }
            verb = head
        }
        guard tree.tags[verb] == .verb, tree.relation(verb) == "xcomp", let head = tree.head(verb),
            lexicon.refusalVerbs.contains(tree.lowercased(head))
        else { return nil }
        return head
    }

    /// Whether the verb of the cue at `token` (itself, or the verb whose object it is: "improve ties") is a
    /// conjunct, without a subject or auxiliary of its own, of a verb a `not` or `never` negates ("did not join
    /// the sanctions and has instead stepped up purchases" has its own).
    func sharesNegation(_ token: Int) -> Bool {
        var verb = token
        if ["amod", "compound"].contains(tree.relation(verb)), let head = tree.head(verb) { verb = head }
        if tree.isNominal(verb), ["obj", "nsubj:pass"].contains(tree.relation(verb)), let head = tree.head(verb) {
            verb = head
        }
        guard tree.tags[verb] == .verb, tree.relation(verb) == "conj", tree.subject(of: verb) == nil,
            !tree.children[verb].contains(where: { tree.relation($0).hasPrefix("aux") }),
            let head = tree.head(verb), tree.tags[head] == .verb
        else { return false }
        return tree.children[head].contains {
            tree.relation($0) == "advmod" && ["not", "n't", "never"].contains(tree.lowercased($0))
        }
    }

    /// The verb that undoes the act the noun at `token` names, if any: the noun is its object or passive subject
    /// (also when raised: "is likely to be lifted"), or stands below a quantity that is ("ended two decades of
    /// hostility"); a cue that begins with a modifier
    /// ("ended military cooperation"), or a preposition that is a cue ("eased its stance against"), is read at the
    /// noun it modifies.
    func reversal(of token: Int) -> Int? {
        var noun = token
        // "may hinder its bid to join the EU", "dropped its plan to buy the jets": an infinitive that completes the
        // object is undone with it (the parser hangs it on the noun or, after the object, on the verb).
        if tree.tags[noun] == .verb, let head = tree.head(noun), tree.isMarked(noun, by: ["to"]) {
            if tree.relation(noun) == "acl" && tree.isNominal(head) {
                noun = head
            } else if tree.relation(noun) == "xcomp",
                let object = tree.children[head].last(where: { tree.relation($0) == "obj" && $0 < noun })
            {
                noun = object
            }
        }
        if ["amod", "compound"].contains(tree.relation(noun)), let head = tree.head(noun) { noun = head }
        // "eased its tough stance against the United States": a preposition that is the cue speaks for the
        // noun it modifies (or, hung on the verb, the verb's object).
        if tree.relation(noun) == "case", let marked = tree.head(noun), let head = tree.head(marked) {
            if tree.relation(marked) == "nmod" {
                noun = head
            } else if tree.relation(marked) == "obl", let object = tree.children[head].first(where: {
                tree.relation($0) == "obj"
            }) {
                noun = object
            }
        }
        if tree.relation(noun) == "nmod", tree.caseMarker(of: noun) == "of", let head = tree.head(noun),
            tree.isNominal(head)
        {
            noun = head
        }
        guard tree.isNominal(noun), let head = tree.head(noun) else { return nil }
        // "The EU ban on weapons sales to China is likely to be lifted": the subject raised from a passive
        // infinitive below it is that verb's object.
        let raised = tree.relation(noun) == "nsubj" ? tree.children[head].first { complement in
            tree.relation(complement) == "xcomp" && tree.children[complement].contains { tree.relation($0) == "aux:pass" }
        } : nil
        // "The French want the embargo lifted": a participle that completes the object, with none of its own, is
        // what is done to that object.
        let complement = tree.relation(noun) == "obj" ? tree.children[head].first { complement in
            complement > noun && tree.relation(complement) == "xcomp" && tree.parse.pennTags[complement] == "VBN"
                && !tree.children[complement].contains { tree.relation($0) == "obj" }
        } : nil
        let verb = raised ?? complement ?? head
        // "if the embargo is lifted", "until Washington ends its hostile policy": what is undone only in a condition
        // still stands.
        guard raised != nil || ["obj", "nsubj:pass"].contains(tree.relation(noun)),
            tree.tags[verb] == .verb, lexicon.reversalVerbs.contains(tree.lowercased(verb)),
            !isConditional(verb, markers: ["if", "unless", "until"])
        else { return nil }
        // Another's act stays what it is between its own sides: to "halt the Israeli war against the Palestinians"
        // does not make Israel and the Palestinians friends; but "the India-Russia summit has been cancelled" and
        // "the EU lifted its embargo" are undone by their own actors.
        let own = Set(
            tree.children[noun].filter { ["nmod:poss", "compound", "amod"].contains(tree.relation($0)) }
                .flatMap { tree.ownExtent(of: $0) }.flatMap { actorsAt[$0] ?? [] })
        guard !own.isEmpty else { return verb }
        let undoer = tree.children[verb].filter { ["nsubj", "obl:agent"].contains(tree.relation($0)) }
            .flatMap { tree.ownExtent(of: $0) }.flatMap { actorsAt[$0] ?? [] }
        // "to halt the Israeli war against the Palestinians": an active infinitive with no subject of its own is done
        // by another; but "called for the EU to lift its embargo" names the undoer, and "wants the EU embargo to be
        // lifted" leaves it to the act's own side.
        let passive = tree.children[verb].contains { tree.relation($0) == "aux:pass" }
        let infinitive = tree.isMarked(verb, by: ["to"]) && !passive && undoer.isEmpty
        return (infinitive && raised == nil) || undoer.contains { !own.contains($0) } ? nil : verb
    }
}
