import ActorGraphParser

/// Judgements in reported speech: "India said China's move was irresponsible", "Chirac has said the US-led war in
/// Iraq was illegal". An evaluative cue that is the predicate of a copular clause someone says is the speaker's
/// judgement of whoever owns what the clause is about, though neither is its subject's partner: the speaker relates
/// to the subject's actors, and where the subject is an act of the sentence, to that act's agents, siding with its
/// victims when the act is hostile and the judgement is a condemnation ("the war in Iraq was illegal": against the
/// United States, with Iraq), as `condemned the attack on` does. So is a judgement a verb of judging says of its
/// object ("Russia called the US sanctions on Iran illegal", "China branded the arms sales to Taiwan a provocation"):
/// its subject is the one who judges.
extension ParseAttribution {
    /// The links of a judgement at `predicate`, or none where the cue is not one: it is neither the predicate of a
    /// copular clause someone says nor what a verb of judging says its object is, no actor judges, what is judged
    /// names no actor, or it is the subject's attitude to something rather than a quality of the subject ("was
    /// suspicious of the EU", "is ready to talk").
    func judgementLinks(of cue: Cue, at predicate: Int, events: Set<Int>, hostileEvents: Set<Int>) -> [Link] {
        guard let (speakers, subject) = reportedJudgement(at: predicate) ?? namedJudgement(at: predicate) else {
            return []
        }
        let others = events.subtracting([predicate])
        var judged: [String]
        var victims: [String] = []
        if others.contains(subject) {
            let act = sides(of: subject, events: others)
            judged = actors(in: act.agents, events: others)
            if cue.stance < 0 && hostileEvents.contains(subject) {
                victims = actors(in: act.patients, events: others)
            }
        } else {
            // The subject's actors: the subject itself, or the owners of its noun ("China's move", "the Chinese
            // decision"), never an actor deeper in the phrase ("the talks with Russia").
            let owners = tree.coordination(of: subject).flatMap { conjunct in
                [conjunct] + tree.children[conjunct].filter {
                    ["nmod:poss", "compound", "amod"].contains(tree.relation($0))
                }
            }
            judged = owners.sorted().flatMap { actorsAt[$0] ?? [] }
        }
        judged.removeAll(where: speakers.contains)
        victims.removeAll { speakers.contains($0) || judged.contains($0) }
        return speakers.flatMap { speaker in
            judged.map { Link(speaker, $0, true) } + victims.map { Link(speaker, $0, true, share: -Self.sympathy) }
        }
    }

    /// Who judges and what, where `predicate` is the predicate of a copular clause someone says.
    private func reportedJudgement(at predicate: Int) -> (judges: [String], judged: Int)? {
        guard tree.children[predicate].contains(where: { tree.relation($0) == "cop" }),
            !tree.children[predicate].contains(where: { child in
                ["xcomp", "ccomp"].contains(tree.relation(child))
                    || Self.attitudeCases.contains(tree.caseMarker(of: child) ?? "")
            }),
            ["ccomp", "parataxis", "conj", "root"].contains(ParsedSentence.universal(tree.relation(predicate))),
            let subject = tree.subject(of: predicate)
        else { return nil }
        let speakers = speakers(of: predicate)
        return speakers.isEmpty ? nil : (speakers, subject)
    }

    /// Who judges and what, where `predicate` is what a verb of judging (`PredicateRoles/judgingVerbs`) says its object
    /// is: "called the sanctions illegal", "branded the visit a provocation".
    private func namedJudgement(at predicate: Int) -> (judges: [String], judged: Int)? {
        guard ["xcomp", "obl:unmarked"].contains(tree.relation(predicate)), let verb = tree.head(predicate),
            Participants.judges(verb, tree, lexicon.roles),
            let object = tree.children[verb].first(where: { tree.relation($0) == "obj" }),
            let subject = tree.subject(of: verb)
        else { return nil }
        let judges = tree.coordination(of: subject).flatMap { tree.ownExtent(of: $0) }.sorted()
            .flatMap { actorsAt[$0] ?? [] }
        return judges.isEmpty ? nil : (judges, object)
    }

    /// The prepositions of what an adjective's attitude is toward ("suspicious of", "hostile to", "angry at").
    static let attitudeCases: Set<String> = ["of", "to", "toward", "towards", "with", "about", "at", "against", "over", "on"]
}
