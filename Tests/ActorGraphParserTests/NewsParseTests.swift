import ActorGraphParser
import Testing

/// Sentences of the kind the tool reads, whose participants the attribution of signs depends on: the parse must
/// find who acted (subject, or the agent of a passive) and on whom (object, or an oblique with its preposition).
@Suite struct NewsParseTests {
    let parser: EnglishParser
    init() throws { parser = try EnglishParser.bundled() }

    /// The index of the token `form` (the first one).
    func at(_ parse: ParsedSentence, _ form: String) throws -> Int {
        try #require(parse.tokens.firstIndex { $0.form == form }, "no token \(form)")
    }

    /// Whether `dependent` hangs from `head` by `relation` (or a subtype of it).
    func link(_ parse: ParsedSentence, _ dependent: String, _ relation: String, _ head: String) throws -> Bool {
        let d = try at(parse, dependent)
        let h = try at(parse, head)
        return parse.heads[d] == h && ParsedSentence.relation(parse.relations[d], isA: relation)
    }

    @Test func activeClauseWithAPrepositionalTarget() throws {
        let parse = parser.parse("The United States imposed sanctions on Russia.")
        #expect(try link(parse, "States", "nsubj", "imposed"))
        #expect(try link(parse, "sanctions", "obj", "imposed"))
        // "on Russia" may attach to the verb or to the noun; either way its preposition marks it.
        let russia = try at(parse, "Russia")
        #expect(try [at(parse, "imposed"), at(parse, "sanctions")].contains(parse.heads[russia]))
        #expect(try link(parse, "on", "case", "Russia"))
    }

    @Test func passiveWithAnAgent() throws {
        let parse = parser.parse("Russia was criticised by India.")
        #expect(try link(parse, "Russia", "nsubj:pass", "criticised"))
        #expect(try link(parse, "India", "obl", "criticised"))
        #expect(try link(parse, "by", "case", "India"))
    }

    @Test func coordinatedSubjects() throws {
        let parse = parser.parse("India and Japan signed a defence agreement with Australia.")
        #expect(try link(parse, "India", "nsubj", "signed"))
        #expect(try link(parse, "Japan", "conj", "India"))
        #expect(try link(parse, "agreement", "obj", "signed"))
    }

    @Test func relativeClause() throws {
        let parse = parser.parse("Germany, which supplies Ukraine with weapons, condemned the attack.")
        #expect(try link(parse, "supplies", "acl:relcl", "Germany"))
        #expect(try link(parse, "Ukraine", "obj", "supplies"))
        // The main verb after the relative clause: an earlier model took it for a conjunct of "supplies".
        #expect(try link(parse, "Germany", "nsubj", "condemned"))
    }

    @Test func reportedSpeech() throws {
        let parse = parser.parse("China said that India had violated the border agreement.")
        #expect(try link(parse, "China", "nsubj", "said"))
        #expect(try link(parse, "violated", "ccomp", "said"))
        #expect(try link(parse, "India", "nsubj", "violated"))
        #expect(try link(parse, "agreement", "obj", "violated"))
    }

    @Test func possessorOfAnEventNoun() throws {
        let parse = parser.parse("China's sanctions on Lithuania angered the European Union.")
        #expect(try link(parse, "China", "nmod:poss", "sanctions"))
        #expect(try link(parse, "sanctions", "nsubj", "angered"))
    }
}
