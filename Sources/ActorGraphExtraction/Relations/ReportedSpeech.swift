/// Reported speech: who says a clause, and the demands it makes ("Blinken said China must stop ...").
extension ParseAttribution {
    /// A demand in a reported clause gives the speaker a demand's stance toward the one it is made of
    /// ("The Indian foreign ministry said Pakistan must stop cross-border terrorism": India toward Pakistan); a
    /// negated worry in that clause ("New Delhi shouldn't be worried") is a reassurance, not a demand.
    func addDemands(to result: inout [ActorPairKey: PairStance], among placed: [PlacedCue], words: SentenceWords) {
        let reassuring = Set(placed.compactMap { cue, predicate in
            reassures(cue) ? predicate.map(tree.clause) : nil
        })
        for demand in demands() where !reassuring.contains(demand.clause) {
            let word = words.words.firstIndex { $0.start >= parse.tokens[demand.modal].start } ?? 0
            let cue = Cue(phrase: tree.lowercased(demand.modal), stance: lexicon.demandStance, position: word, length: 1)
            for speaker in demand.speakers {
                for addressee in demand.addressees where speaker != addressee {
                    result[ActorPairKey(speaker, addressee)]?.cues.append((cue, speaker, addressee))
                }
            }
        }
    }

    /// A demand in reported speech: its modal, the clause it governs, who says it and of whom it is made.
    struct Demand {
        var modal: Int
        var clause: Int
        var speakers: [String]
        var addressees: [String]
    }

    /// The clauses of reported speech whose verb a demand modal governs ("said that Pakistan must stop"), with an
    /// actor saying it and an actor as the clause's subject.
    func demands() -> [Demand] {
        parse.tokens.indices.compactMap { modal in
            guard tree.relation(modal) == "aux", lexicon.demandModals.contains(tree.lowercased(modal)),
                let verb = tree.head(modal), tree.clause(of: verb) == verb, let subject = tree.subject(of: verb)
            else { return nil }
            let addressees = tree.ownExtent(of: subject).sorted().flatMap { actorsAt[$0] ?? [] }
            let speakers = speakers(of: verb)
            guard !addressees.isEmpty, !speakers.isEmpty else { return nil }
            return Demand(modal: modal, clause: verb, speakers: speakers, addressees: addressees)
        }
    }

    /// Whether the cue is a negated worry ("New Delhi shouldn't be worried"): a reassurance from whoever says it.
    func reassures(_ cue: Cue) -> Bool {
        cue.negated && lexicon.reassuranceCues.contains(String(cue.lexiconPhrase))
    }

    /// The actors who say the clause `token` stands in (`DependencyTree.speaker(of:)`).
    func speakers(of token: Int) -> [String] {
        tree.speaker(of: token).flatMap { tree.ownExtent(of: $0) }.sorted().flatMap { actorsAt[$0] ?? [] }
    }
}
