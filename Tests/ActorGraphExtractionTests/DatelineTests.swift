import Testing

@testable import ActorGraphExtraction

@Suite struct DatelineTests {
    @Test(arguments: [
        ("2023-12-28", "2023-12-28"),
        ("2023-12-28T10:00:00Z", "2023-12-28"),
        ("2023-12-28T23:30:00+05:30", "2023-12-28"),
        ("2023/12/28", "2023-12-28"),
        ("28-DEC-2023", "2023-12-28"),
        ("December 28, 2023", "2023-12-28"),
        ("Dec 28, 2023", "2023-12-28"),
        ("Dec. 28, 2023", "2023-12-28"),
        ("28 December 2023", "2023-12-28"),
        ("28th Dec 2023", "2023-12-28"),
        ("April 15, 2021", "2021-04-15"),
        ("Thursday, April 15, 2021", "2021-04-15"),
        ("Sept 3, 2022", "2022-09-03"),
        ("29 February 2024", "2024-02-29"),
    ])
    func datesAreNormalised(text: String, iso: String) {
        #expect(NewsDate(parsing: text)?.iso == iso)
    }

    @Test(arguments: [
        "29 February 2023",  // not a leap year
        "April 31, 2021",
        "2023-13-01",
        "Dec 28",  // no year
        "Decem 28, 2023",
        "April 15, 2021 was a Thursday",
        "India and Russia",
        "",
    ])
    func nonDatesAreRejected(text: String) {
        #expect(NewsDate(parsing: text) == nil)
    }

    @Test func datelinesGiveMonthAndDay() {
        let delhi = Dateline.monthDay(opening: "New Delhi, Dec 28: India’s Foreign Minister, S Jaishankar, met Putin.")
        #expect(delhi?.month == 12 && delhi?.day == 28 && delhi?.year == nil)
        let reuters = Dateline.monthDay(
            opening: "MOSCOW, Dec. 28 (Reuters) - Russia said on Thursday it would supply oil.")
        #expect(reuters?.month == 12 && reuters?.day == 28)
        let dash = Dateline.monthDay(opening: "Islamabad, 5 January – Pakistan welcomed the move.")
        #expect(dash?.month == 1 && dash?.day == 5)
        let withYear = Dateline.monthDay(opening: "Beijing, March 3, 2022: China abstained.")
        #expect(withYear?.month == 3 && withYear?.day == 3 && withYear?.year == 2022)
    }

    @Test(arguments: [
        "Moscow: The United States is threatening to impose sanctions on India.",
        "Russia has given India clarification on its growing defense relations with Pakistan.",
        "In a statement, Dec 28: nothing.",
        "India said on Dec 28: talks will resume.",
    ])
    func nonDatelinesGiveNothing(paragraph: String) {
        #expect(Dateline.monthDay(opening: paragraph) == nil)
    }

    @Test func latestYearIgnoresOtherNumbers() {
        #expect(Dateline.latestYear(in: ["spanning from December 25 to 29, 2023, with $50 billion"]) == 2023)
        #expect(Dateline.latestYear(in: ["Friendship-2020 since 2016", "COVID-19, a 1,100-km pipeline"]) == 2020)
        #expect(Dateline.latestYear(in: ["12345 troops, S-400, 2150 tanks, 1850 treaty"]) == nil)
    }

    @Test func placeOnlyLines() {
        #expect(Dateline.isPlaceLine("Moscow / New Delhi"))
        #expect(Dateline.isPlaceLine("WASHINGTON"))
        #expect(!Dateline.isPlaceLine("India does not have to worry"))
        #expect(!Dateline.isPlaceLine("Russia has given India clarification."))
    }

    @Test func dateFromADatelineTakesTheArticlesLatestYear() throws {
        let document = try #require(
            try ReadingFixtures.document(
                "a.txt",
                """
                India and Russia sign a deal

                New Delhi, Dec 28: India and Russia signed a deal that runs from 2024 to 2030.
                It replaces the 1971 treaty.
                """))
        #expect(document.date == "2030-12-28")
        #expect(document.paragraphs.first == "India and Russia signed a deal that runs from 2024 to 2030.")
    }

    @Test func aDatelineWithoutAnyYearGivesNoDate() throws {
        let document = try #require(
            try ReadingFixtures.document(
                "a.txt",
                """
                India and Russia sign a deal

                New Delhi, Dec 28: India and Russia signed a deal.
                """))
        #expect(document.date == nil)
    }

    @Test func aDateLineWinsOverADatelineAndIsRemoved() throws {
        let document = try #require(
            try ReadingFixtures.document(
                "a.txt",
                """
                India and Russia sign a deal
                April 15, 2021
                New Delhi, Dec 28: India and Russia signed a deal in 2023.
                """))
        #expect(document.date == "2021-04-15")
        #expect(document.paragraphs == ["India and Russia signed a deal in 2023."])
    }

    /// Where the reporter filed from is no actor of the first sentence, and the parse must not take it for a subject.
    @Test func anOpeningDatelineLeavesTheFirstSentence() throws {
        func opening(_ text: String) throws -> String? {
            try ReadingFixtures.document("a.txt", "Title of the piece\n\n" + text + "\nIt goes on.")?.paragraphs.first
        }
        #expect(try opening("SEOUL (Reuters) - North Korea will not dismantle its programmes.")
            == "North Korea will not dismantle its programmes.")
        #expect(try opening("JERUSALEM -- Israeli troops shot three officers.") == "Israeli troops shot three officers.")
        #expect(try opening("NAJAF, Iraq - Explosions rattled the city.") == "Explosions rattled the city.")
        #expect(try opening("DUBAI/PARIS (Reuters) - The French government held talks.") == "The French government held talks.")
        // A city in capitals before a colon, as some wires write it.
        #expect(try opening("TOKYO: Japan said it wanted the islands back.") == "Japan said it wanted the islands back.")
        #expect(try opening("GAZA CITY: The army demolished 13 houses.") == "The army demolished 13 houses.")
        // A feed's credit of the agency, alone or before a dateline.
        #expect(try opening("Reuters - China says no date has yet been fixed for talks.")
            == "China says no date has yet been fixed for talks.")
        #expect(try opening("Canadian Press - OTTAWA (CP) - The minister has applauded the court.")
            == "The minister has applauded the court.")
        // Not datelines: a headline-like pair of names, and a grouping's name before a colon.
        #expect(try opening("India - Pakistan talks resume in Delhi.") == "India - Pakistan talks resume in Delhi.")
        #expect(try opening("EU: the bloc will lift the embargo on China.") == "EU: the bloc will lift the embargo on China.")
        #expect(try opening("NATO: The alliance will meet.") == "NATO: The alliance will meet.")
    }
}
