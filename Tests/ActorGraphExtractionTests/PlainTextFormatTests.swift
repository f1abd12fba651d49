import Testing

@testable import ActorGraphExtraction

@Suite struct PlainTextFormatTests {
    @Test func linesOfLongParagraphsAreParagraphs() {
        let long = String(repeating: "India and Russia met. ", count: 6)
        #expect(
            PlainTextFormat.logicalLines("Heading\n\(long)\nAnother heading\n\(long)")
                == ["Heading", long, "Another heading", long])
    }

    @Test func hardWrappedTextIsJoinedIntoParagraphs() throws {
        let document = try #require(
            try ReadingFixtures.document(
                "wrapped.txt",
                """
                Russia and India renew their ties

                Russian Foreign Minister Sergey Lavrov said on Wednesday that Moscow
                and New Delhi would deepen their cooperation in energy and defence,
                despite pressure from the West.

                India does not have to worry
                Indian External Affairs Minister S. Jaishankar thanked his Russian
                counterpart for the warm reception.
                """))
        #expect(document.title == "Russia and India renew their ties")
        #expect(
            document.paragraphs == [
                "Russian Foreign Minister Sergey Lavrov said on Wednesday that Moscow and New Delhi would deepen their cooperation in energy and defence, despite pressure from the West.",
                "India does not have to worry",
                "Indian External Affairs Minister S. Jaishankar thanked his Russian counterpart for the warm reception.",
            ])
    }
}
