import ActorGraphParser
import Testing

/// The tokeniser must divide journalists' English as UD English EWT does, or the tagger and parser see words they
/// were never trained on; and each token must point at its own bytes, so that entity mentions line up with it.
@Suite struct EnglishTokenizerTests {
    func forms(_ sentence: String) -> [String] { EnglishTokenizer.tokenize(sentence).map(\.form) }

    @Test(arguments: [
        ("India's envoy won't go.", ["India", "'s", "envoy", "wo", "n't", "go", "."]),
        ("The U.S.-led coalition struck.", ["The", "U.S.", "-", "led", "coalition", "struck", "."]),
        ("Mr. Modi met Mr. Putin.", ["Mr.", "Modi", "met", "Mr.", "Putin", "."]),
        ("\"We can't accept it,\" he said.", ["\"", "We", "ca", "n't", "accept", "it", ",", "\"", "he", "said", "."]),
        ("Ties—once close—have frayed.", ["Ties", "—", "once", "close", "—", "have", "frayed", "."]),
        ("An anti-war rally in New Delhi (India).", ["An", "anti-war", "rally", "in", "New", "Delhi", "(", "India", ")", "."]),
        ("Indo-Pak talks cannot resume, officials said.", ["Indo", "-", "Pak", "talks", "can", "not", "resume", ",", "officials", "said", "."]),
        ("They’re the allies’ best hope?", ["They", "’re", "the", "allies", "’", "best", "hope", "?"]),
        ("Aid rose 50% to $5 billion on 9/11...", ["Aid", "rose", "50", "%", "to", "$", "5", "billion", "on", "9/11", "..."]),
        ("Sanctions and/or tariffs", ["Sanctions", "and", "/", "or", "tariffs"]),
    ])
    func dividesAsTheTreebank(sentence: String, expected: [String]) {
        #expect(forms(sentence) == expected)
    }

    @Test func tokensPointAtTheirBytes() {
        let sentence = "“Россия” and India’s U.S.-led deal, isn't it?"
        let bytes = Array(sentence.utf8)
        for token in EnglishTokenizer.tokenize(sentence) {
            let text = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
            #expect(text == token.form, "\(token)")
        }
    }

    @Test func piecesOfOneWordAreInOrderAndDoNotOverlap() {
        let tokens = EnglishTokenizer.tokenize("Pakistan's arch-rival didn't, e.g., respond.")
        for (a, b) in zip(tokens, tokens.dropFirst()) { #expect(a.end <= b.start) }
    }
}
