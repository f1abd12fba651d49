import Testing

@testable import ActorGraphExtraction

@Suite struct WhiteSpaceTests {
    @Test(arguments: [
        ("  India\u{A0} and\tRussia \n", "India and Russia"),
        ("Read Also:\u{A0}Australia", "Read Also: Australia"),
        ("Putin\u{2009}met\u{202F}Modi\u{3000}today\u{2028}again", "Putin met Modi today again"),
        ("zero\u{200B}width\u{FEFF} soft\u{AD}hyphen", "zerowidth softhyphen"),
        ("India’s ties — “strong” …", "India’s ties — “strong” …"),
        ("\r\n\t ", ""),
        ("", ""),
    ])
    func folding(text: String, folded: String) {
        #expect(text.foldingWhiteSpace == folded)
    }

    @Test func foldedTextIsUnchanged() {
        let text = "New Delhi, Dec 28: India’s Foreign Minister met Putin."
        #expect(text.foldingWhiteSpace == text)
        #expect(text.foldingWhiteSpace.foldingWhiteSpace == text)
    }
}
