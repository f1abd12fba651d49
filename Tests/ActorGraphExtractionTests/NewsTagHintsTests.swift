import ActorGraphExtraction
import ActorGraphParser
import Testing

/// What the tool tells the tagger about news English before it parses.
@Suite struct NewsTagHintsTests {
    let parser: EnglishParser
    init() throws { parser = try EnglishParser.bundled() }

    func index(_ parse: ParsedSentence, _ form: String) throws -> Int {
        try #require(parse.tokens.firstIndex { $0.form == form }, "no token \(form)")
    }

    @Test(arguments: [
        ("The EU lifted its arms embargo on China.", "embargo", "lifted"),
        ("Washington approved an arms sale to Taiwan.", "sale", "approved"),
        ("Russia signed an arms deal with India.", "deal", "signed"),
    ])
    func theNounAfterArmsIsTheObjectAndArmsItsModifier(sentence: String, noun: String, verb: String) throws {
        let parse = NewsTagHints.parse(sentence, with: parser)
        let object = try index(parse, noun)
        #expect(parse.tags[object] == .noun)
        #expect(parse.heads[object] == (try index(parse, verb)))
        #expect(parse.relations[object] == "obj")
        #expect(parse.heads[try index(parse, "arms")] == object)
    }

    @Test func aParticipleAfterArmsIsLeftToTheTagger() throws {
        let parse = NewsTagHints.parse("Rebels smuggled arms supplied by Iran into Yemen.", with: parser)
        #expect(parse.tags[try index(parse, "supplied")] == .verb)
    }

    @Test func arrivesIsAVerb() throws {
        let parse = NewsTagHints.parse("Jack Straw arrives in Indonesia for a summit.", with: parser)
        let verb = try index(parse, "arrives")
        #expect(parse.tags[verb] == .verb)
        #expect(parse.heads[try index(parse, "Indonesia")] == verb)
    }

    @Test func shotBeforeDownIsTheVerbOfTheSentence() throws {
        let parse = NewsTagHints.parse("Spain, Italy and Greece shot down a German plan.", with: parser)
        let verb = try index(parse, "shot")
        #expect(parse.tags[verb] == .verb)
        #expect(parse.heads[try index(parse, "Spain")] == verb)
        #expect(parse.heads[try index(parse, "plan")] == verb)
    }
}
