import ActorGraphParser

/// What news English tells the tagger before it tags: words whose part of speech the training text (web English)
/// leads it to miss, and that the parse then builds on. `graph build` and `graph parse "sentence"` both parse through
/// here, so that the tree a reader looks at is the one the signs came from.
public enum NewsTagHints {
    /// Tokenises, tags (with the hints below) and parses one sentence, and mends the shapes the parser often gets
    /// wrong (`ParseRepairs`): the tree attribution reads.
    public static func parse(_ sentence: String, with parser: EnglishParser) -> ParsedSentence {
        let tokens = EnglishTokenizer.tokenize(sentence)
        return parser.parse(tokens: tokens, allowedTags: allowedTags(tokens)).mended()
    }

    /// Plural nouns that news puts before another noun ("an arms embargo", "an arms deal with India"). The tagger,
    /// having seen few such compounds, takes the noun after one for an adjective or a verb ("lifted its arms" and a
    /// complement "embargo"), and the act it names loses its sides.
    static let modifyingPlurals: Set<String> = ["arms"]

    /// Forms of `shoot` that, before `down` or `dead`, are the verb of a phrase news uses for attacks and rejections
    /// ("shot down a German plan", "shot dead two militants"); after a list of names the tagger read the first
    /// as a noun.
    static let shootingForms: Set<String> = Set(VerbForms.of("shoot"))

    /// The tags each token may take, where the hints restrict them:
    /// - a form of `arrive` is a verb: news reports arrivals in the present ("Jack Straw arrives in Indonesia for a
    ///   summit"), and the tagger, which saw `arrives` nowhere, reads it as a plural noun;
    /// - a form of `shoot` before `down` or `dead` is a verb;
    /// - the word after a modifying plural is a noun or a function word ("arms that China could use"), unless it is a
    ///   participle ("arms supplied by Russia", "arms flowing into Sudan"), a capitalised word or a symbol, which the
    ///   tagger is left to read.
    static func allowedTags(_ tokens: [ParseToken]) -> [Int: Set<UniversalTag>] {
        var allowed: [Int: Set<UniversalTag>] = [:]
        for index in tokens.indices {
            let form = tokens[index].form.lowercased()
            if Participants.arrivalVerbs.contains(form) && allowed[index] == nil { allowed[index] = [.verb] }
            if shootingForms.contains(form), index + 1 < tokens.count,
                ["down", "dead"].contains(tokens[index + 1].form.lowercased())
            {
                allowed[index] = [.verb]
            }
            guard modifyingPlurals.contains(form), index + 1 < tokens.count else { continue }
            let next = tokens[index + 1].form
            guard next.first?.isLowercase == true, next.allSatisfy(\.isLetter), !next.hasSuffix("ed"),
                !next.hasSuffix("ing")
            else { continue }
            allowed[index + 1] = nounOrFunctionWord
        }
        return allowed
    }

    private static let nounOrFunctionWord: Set<UniversalTag> = [
        .noun, .pron, .det, .adp, .aux, .cconj, .sconj, .part, .punct,
    ]
}
