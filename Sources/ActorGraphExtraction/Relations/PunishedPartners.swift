/// "The United States is threatening to impose sanctions on India to purchase the S-400 from Russia", "imposed
/// sanctions on Chinese companies accused of supplying drone components to Russia": a hostile act aimed at one side
/// of a cooperative act that the sentence gives as its reason or purpose is aimed at the other side too. The
/// punisher's quarrel is with the deal, so the partner gets half the act's stance; the one who dealt is the act's
/// patient already. So is a hostile act that the deal prompts ("Spain, Ireland and Norway recognised a Palestinian
/// state, prompting Israel to recall its ambassadors from Madrid, Dublin and Oslo").
extension ParseAttribution {
    static let partnerShare = 0.5

    /// Relations that lead from an act down to what it is for or about: a purpose or reason clause ("to purchase",
    /// "for selling", "over its purchase"), or a clause that describes the act's patient ("companies accused of
    /// supplying").
    static let reasonRelations: Set<String> = ["advcl", "acl", "acl:relcl", "xcomp", "obl", "nmod", "obj"]

    /// For each placed cue, the links it gains toward the partners of the deals it punishes.
    func punishedPartners(among placed: [PlacedCue], _ attributions: [Attribution]) -> [[Link]] {
        placed.indices.map { index in
            guard placed[index].cue.stance < 0, let act = placed[index].predicate else { return [] }
            let punished = attributions[index]
            // "imposed sanctions on India to purchase ...": the clause may hang from the verb the act's noun is the
            // object of.
            var anchors = [act]
            if ["obj", "nsubj:pass"].contains(tree.relation(act)), let verb = tree.head(act) { anchors.append(verb) }
            var links: [Link] = []
            for deal in placed.indices where deal != index && placed[deal].cue.stance > 0 {
                // The deal is the punished one's, or names no one who made it ("to purchase the S-400 from Russia",
                // "sanctioned Lockheed Martin over arms sales to Taiwan").
                let dealers = attributions[deal].agents
                guard let token = placed[deal].predicate, descends(token, from: anchors) || prompted(act, by: token),
                    dealers.isEmpty || dealers.contains(where: punished.patients.contains)
                else { continue }
                let partners = attributions[deal].participants
                    .subtracting(dealers + punished.agents + punished.patients).sorted()
                links += punished.agents.flatMap { agent in
                    partners.map { Link(agent, $0, true, share: Self.partnerShare) }
                }
            }
            return links
        }
    }

    /// Whether the clause of `act` is what a causing verb says the clause of `deal` brought about.
    private func prompted(_ act: Int, by deal: Int) -> Bool {
        func clause(_ token: Int) -> Int {
            ["obj", "nsubj:pass"].contains(tree.relation(token)) ? tree.head(token) ?? token : token
        }
        guard let causing = tree.head(clause(act)), ["xcomp", "advcl", "ccomp"].contains(tree.relation(clause(act))),
            lexicon.roles.causingVerbs.contains(tree.lowercased(causing)),
            ["advcl", "conj"].contains(tree.relation(causing))
        else { return false }
        return tree.head(causing) == clause(deal)
    }

    /// Whether `token` hangs below one of `anchors` through `reasonRelations` only, within five steps, and not as a
    /// means.
    private func descends(_ token: Int, from anchors: [Int]) -> Bool {
        var current = token
        for _ in 0..<5 {
            // "counterbalance its isolation by fortifying ties with India": a means, not a reason.
            let means = tree.isMarked(current, by: ["by"])
            guard Self.reasonRelations.contains(tree.relation(current)), !means, let head = tree.head(current) else {
                return false
            }
            if anchors.contains(head) { return true }
            current = head
        }
        return false
    }
}
