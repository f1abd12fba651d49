/// Words that say who takes part in a predicate where its grammar alone does not: the `roles` section of
/// `stance.json`, whose `about` describes each list. Verb lists hold every form of the verbs the file names.
struct PredicateRoles: Sendable {
    /// Verbs that carry the event their object names ("imposed sanctions", "held talks").
    let supportVerbs: Set<String>
    /// Verbs that, like a copula, say what their subject is ("Berlin remains Kyiv's largest donor").
    let linkingVerbs: Set<String>
    /// Support verbs that make the act their object names mutual ("exchanged missile strikes").
    let reciprocalVerbs: Set<String>
    /// Verbs whose subject undergoes the act their object names ("faced sanctions", "to avoid sanctions").
    let receivingVerbs: Set<String>
    /// Verbs by which one act brings about another ("..., prompting Israel to recall ...").
    let causingVerbs: Set<String>
    /// The beginnings of verbs whose subject hosts the act their object names ("hosted talks", "mediated").
    let hostingStems: [String]
    /// Nouns that, as "a move", sum up what the main clause reports.
    let summaryNouns: Set<String>
    /// Nouns of armed forces: "US and Iraqi troops".
    let forceNouns: Set<String>
    /// Nouns of a war fought on the country their `in` phrase names ("the US-led war in Iraq").
    let warNouns: Set<String>
    /// Words of putting money into the country their `in` phrase names ("investments in Venezuela's mining sector").
    let investingWords: Set<String>
    /// Nouns of joining a body or holding its chair ("EU membership", "participation in the Quad", "its EU
    /// presidency").
    let joiningNouns: Set<String>
    /// Nouns of the occasion beside which something happens ("on the sidelines of the SCO summit").
    let occasionNouns: Set<String>
    /// Nouns of a military operation, whose doer does what happens in or during it ("killed during a US
    /// operation").
    let operationNouns: Set<String>
    /// Nouns of a body or gathering whose `of` phrase lists its members ("an alliance of the US, India, Australia
    /// and Japan"): the members relate to each other.
    let groupingNouns: Set<String>
    /// Nouns of a text put to a decision ("a resolution condemning Israel", "a proposal to impose sanctions on
    /// Iran"): the clause on one says what it would do.
    let proposalNouns: Set<String>
    /// Verbs that say what their subject judges their object to be ("called the sanctions illegal").
    let judgingVerbs: Set<String>

    /// The section as `stance.json` writes it.
    struct Entries: Decodable {
        var support_verbs: [String]
        var linking_verbs: [String]
        var reciprocal_verbs: [String]
        var receiving_verbs: [String]
        var causing_verbs: [String]
        var hosting_stems: [String]
        var summary_nouns: [String]
        var force_nouns: [String]
        var war_nouns: [String]
        var investing_words: [String]
        var joining_nouns: [String]
        var occasion_nouns: [String]
        var operation_nouns: [String]
        var grouping_nouns: [String]
        var proposal_nouns: [String]
        var judging_verbs: [String]
    }

    init(_ entries: Entries) {
        func verbs(_ bases: [String]) -> Set<String> { Set(bases.flatMap(VerbForms.of)) }
        supportVerbs = verbs(entries.support_verbs)
        linkingVerbs = verbs(entries.linking_verbs)
        reciprocalVerbs = verbs(entries.reciprocal_verbs)
        receivingVerbs = verbs(entries.receiving_verbs)
        causingVerbs = verbs(entries.causing_verbs)
        hostingStems = entries.hosting_stems
        summaryNouns = Set(entries.summary_nouns)
        forceNouns = Set(entries.force_nouns)
        warNouns = Set(entries.war_nouns)
        investingWords = Set(entries.investing_words)
        joiningNouns = Set(entries.joining_nouns)
        occasionNouns = Set(entries.occasion_nouns)
        operationNouns = Set(entries.operation_nouns)
        groupingNouns = Set(entries.grouping_nouns)
        proposalNouns = Set(entries.proposal_nouns)
        judgingVerbs = verbs(entries.judging_verbs)
    }
}
