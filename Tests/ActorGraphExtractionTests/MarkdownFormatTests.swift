import Testing

@testable import ActorGraphExtraction

@Suite struct MarkdownFormatTests {
    @Test func frontMatterHeadingsLinksAndEmphasis() throws {
        let document = try #require(
            try ReadingFixtures.document(
                "deal.md",
                """
                ---
                title: "India and Russia sign an oil deal"
                date: 2023-12-28T10:00:00Z
                tags: [india, russia]
                ---

                # India and Russia sign an oil deal

                ![Putin and Modi](https://example.com/p.jpg)
                **New Delhi** and *Moscow* signed the deal, [officials said](https://example.com/a).
                It runs for a decade
                and covers __crude__ and `LNG`.

                ## What it covers

                - Oil from the [Arctic][arctic] fields
                - Fertilizers, e.g. urea
                1. First shipment in March

                > “We are partners,” Lavrov said.

                ```
                let notText = true
                ```

                Read Also: [Pakistan Air Force Foils Terror Attack](https://example.com/b)

                [arctic]: https://example.com/arctic
                """))
        #expect(document.title == "India and Russia sign an oil deal")
        #expect(document.date == "2023-12-28")
        #expect(
            document.paragraphs == [
                "New Delhi and Moscow signed the deal, officials said. It runs for a decade and covers crude and LNG.",
                "What it covers",
                "Oil from the Arctic fields",
                "Fertilizers, e.g. urea",
                "First shipment in March",
                "“We are partners,” Lavrov said.",
            ])
    }

    @Test func withoutFrontMatterTheFirstHeadingIsTheTitle() throws {
        let document = try #require(
            try ReadingFixtures.document(
                "a.markdown",
                """
                # Putin *greets* Modi

                Putin sent greetings to Modi on New Year’s Eve.
                """))
        #expect(document.title == "Putin greets Modi")
        #expect(document.date == nil)
        #expect(document.sentences == ["Putin greets Modi", "Putin sent greetings to Modi on New Year’s Eve."])
    }

    @Test func markersInsideWordsAndLoneStarsStay() {
        #expect(
            MarkdownFormat.inlineText("the snake_case id and 5*3 stars, marked *")
                == "the snake_case id and 5*3 stars, marked *")
        #expect(MarkdownFormat.inlineText("an \\*escaped\\* star and _emphasis_.") == "an *escaped* star and emphasis.")
        #expect(
            MarkdownFormat.inlineText("[*India*](https://x.org/in) and [Russia] alone") == "India and [Russia] alone")
    }
}
