import Testing

@testable import ActorGraphExtraction

@Suite struct BoilerplateTests {
    @Test(arguments: [
        "Read Also: Australia clinch first victory of World Cup, moved to eighth spot after defeating Sri Lanka",
        "READ ALSO: Pakistan Air Force Foils Terror Attack At Mianwali Air Base",
        "Also Read: India, Russia sign fertiliser deal",
        "READ MORE",
        "Leave a Reply",
        "Your email address will not be published.",
        "Your email address will not be published. Required fields are marked *",
        "Back to top button",
        "Follow EurAsian Times on Google News",
        "Author’s Profile",
        "Author's Profile",
        "AUTHOR`S PROFILE",
        "Share this:",
        "Subscribe to our daily newsletter",
        "SOURCE: TWITTER, ANI",
        "Advertisement",
        "!-- Google tag (gtag.js) -->",
        "<script async src=\"https://www.googletagmanager.com/gtag/js\"></script>",
        "© 2023 EurAsian Times. All rights reserved.",
    ])
    func debrisLines(line: String) {
        #expect(Boilerplate.isDebris(line.foldingWhiteSpace))
    }

    @Test(arguments: [
        "Subscribers to the pipeline deal include India and China.",
        "Russia said – Pakistan is also a member of the SCO",
        "Read the full statement of the Russian Foreign Ministry below, officials said.",
        "Sources said the talks were held in Moscow.",
        "India does not have to worry",
        "Following Russia’s criticism of India, Putin tried dousing the fire.",
    ])
    func articleLines(line: String) {
        #expect(!Boilerplate.isDebris(line))
    }

    @Test func longLinesAreNeverComparedWithTheTable() {
        let long = "Share this: " + String(repeating: "India and Russia signed a deal. ", count: 10)
        #expect(!Boilerplate.isDebris(long))
    }

    @Test(arguments: [
        "Latest Satellite Images Reaffirm India’s Strategic Deployment In Ladakh With Big Guns And Tanks",
        "Pakistan Air Force Foils Terror Attack At Mianwali Air Base",
        "S Jaishankar – Sergey Lavrov Meeting",
        "Why The US Cannot Afford To Lose India In The Indo-Pacific",
    ])
    func titleCaseHeadlines(line: String) {
        #expect(Headline.isTitleCase(line))
    }

    @Test(arguments: [
        "India does not have to worry",
        "Our bilateral relations are not against anyone",
        "Russia condemns US ban on Turkey",
        "Russia, making S-400 deadlier, will include powerful missiles in its defense system",
        "Putin Meets Modi",  // too short to tell
        "The Russian President Vladimir Putin Welcomed Prime Minister Narendra Modi.",  // closes like a sentence
        "Vladimir Putin Narendra Modi",
    ])
    func notTitleCaseHeadlines(line: String) {
        #expect(!Headline.isTitleCase(line))
    }

    @Test func headlineLinksAreDroppedFromABodyAndSentenceCaseHeadingsStay() throws {
        let document = try #require(
            try ReadingFixtures.document(
                "a.txt",
                """
                India and Russia sign a deal

                Latest Satellite Images Reaffirm India’s Strategic Deployment In Ladakh With Big Guns And Tanks
                India does not have to worry
                Russia said the deal would last a decade.
                Read Also:\u{A0}Australia clinch first victory of World Cup
                Author’s Profile
                """))
        #expect(document.title == "India and Russia sign a deal")
        #expect(document.paragraphs == ["India does not have to worry", "Russia said the deal would last a decade."])
    }

    @Test func aLineRepeatingTheTitleIsDroppedInAnyCase() throws {
        let document = try #require(
            try ReadingFixtures.document(
                "a.txt",
                """
                India and Russia sign a deal
                INDIA AND RUSSIA SIGN A DEAL
                The deal covers oil.
                """))
        #expect(document.paragraphs == ["The deal covers oil."])
    }

    @Test func aTitleGluedToTheBodyIsCutButATitleStartingASentenceIsKept() throws {
        let glued = try #require(
            try ReadingFixtures.document(
                "a.txt",
                """
                India and Russia sign a deal
                India and Russia sign a dealThe agreement covers oil.
                India and Russia sign a deal on oil, officials said.
                """))
        #expect(
            glued.paragraphs == ["The agreement covers oil.", "India and Russia sign a deal on oil, officials said."])
    }

    @Test func aFirstLineEndingWithAPeriodIsNotATitle() throws {
        let document = try #require(
            try ReadingFixtures.document(
                "a.txt",
                """
                India and Russia signed a deal on Monday.
                The deal covers oil.
                """))
        #expect(document.title == "")
        #expect(document.sentences == ["India and Russia signed a deal on Monday.", "The deal covers oil."])
    }
}
