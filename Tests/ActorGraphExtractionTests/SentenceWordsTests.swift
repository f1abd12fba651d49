import Testing

@testable import ActorGraphExtraction

/// Words as the cue scanner and the attribution read them: lower case, inner joiners kept, edge joiners dropped,
/// `’` read as `'`, the clause marks kept, each with its place in the sentence's bytes.
@Suite struct SentenceWordsTests {
    @Test func wordsAndMarksWithTheirBytes() {
        let words = SentenceWords("India’s co-operation, with ‘Russia’ -- and Côte d’Ivoire’s: 42nd.").words
        #expect(words.map(\.text) == [
            "india's", "co-operation", ",", "with", "russia", "and", "côte", "d'ivoire's", ":", "42nd",
        ])
        let russia = words[4]
        #expect((russia.start, russia.end) == (32, 38), "after the opening quote, before the closing one")
        #expect(words.filter(\.isMark).map(\.start) == [22, 69])
    }

    @Test func anAbbreviationJoinedByAHyphenIsOneWord() {
        // The lexicon's `*-backed` then finds "U.S.-backed" as it finds "US-backed"; a lone abbreviation keeps its
        // inner periods and loses the last.
        #expect(SentenceWords("U.S.-backed forces met U.N. envoys, Mr. Li said.").words.map(\.text) == [
            "u.s.-backed", "forces", "met", "u.n", "envoys", ",", "mr", "li", "said",
        ])
    }

    @Test func lettersOfAnyScriptAndDigitsMakeWords() {
        #expect(SentenceWords("ÉLAN – 北京 ’’ -x- 3.5").words.map(\.text) == ["élan", "北京", "x", "3", "5"])
    }
}
