import Foundation
import Testing

@testable import ActorGraphExtraction

/// Finding actors in sentences: the byte trie on its own, then the bundled gazetteer on real and invented sentences.
@Suite struct SurfaceMatcherTests {
    let gazetteer: Gazetteer

    init() throws {
        gazetteer = try Gazetteer.load()
    }

    /// The actor ids a sentence names, in order.
    private func actors(_ sentence: String) -> [String] {
        gazetteer.mentions(in: sentence).map(\.actor)
    }

    /// The words each mention covers, with its actor: `"New Delhi=IND"`.
    private func found(_ sentence: String) -> [String] {
        gazetteer.mentions(in: sentence).map { "\($0.text)=\($0.actor)" }
    }

    // MARK: The trie alone

    @Test func leftmostLongestAndNonOverlapping() {
        let matcher = SurfaceMatcher(forms: [
            ("Guinea", .wordEdge), ("New Guinea", .wordEdge), ("Papua New Guinea", .wordEdge), ("Papua", .wordEdge),
        ])
        let text = "Papua New Guinea, New Guinea and Guinea."
        let matches = matcher.matches(in: text)
        #expect(matches.map(\.form) == [2, 1, 0])
        let bytes = Array(text.utf8)
        #expect(matches.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
            == ["Papua New Guinea", "New Guinea", "Guinea"])
    }

    @Test func formsEndAtWordEdgesOnly() {
        let matcher = SurfaceMatcher(forms: [("Oman", .wordEdge), ("India", .wordEdge)])
        #expect(matcher.matches(in: "Romania, Omani, Indiana, Indians").isEmpty)
        #expect(matcher.matches(in: "Oman-India").map(\.form) == [0, 1])
        // A non-ASCII letter is a word character too.
        #expect(matcher.matches(in: "Indiaé Omanö").isEmpty)
        #expect(matcher.matches(in: "éOman").isEmpty)
        #expect(matcher.matches(in: "«Oman»").map(\.form) == [0])
    }

    @Test func aCombiningFormNeedsAHyphenAndACapital() {
        let matcher = SurfaceMatcher(forms: [("Indo-", .capital), ("Russian", .wordEdge)])
        #expect(matcher.matches(in: "Indo-Russian ties").map(\.form) == [0, 1])
        #expect(matcher.matches(in: "Indo-pacific").isEmpty)
        #expect(matcher.matches(in: "Indo- ").isEmpty)
        #expect(matcher.matches(in: "Indo-").isEmpty)
    }

    @Test func anAdjectiveNeedsALowerCaseWordAfterIt() {
        let matcher = SurfaceMatcher(forms: [("Western", .lowerCaseWord)])
        #expect(matcher.matches(in: "Western sanctions").map(\.form) == [0])
        #expect(matcher.matches(in: "a Western-backed plan").map(\.form) == [0])
        #expect(matcher.matches(in: "Western Europe").isEmpty)
        #expect(matcher.matches(in: "Western").isEmpty)
        #expect(matcher.matches(in: "Westerners").isEmpty)
    }

    @Test func theLaterOfTwoIdenticalFormsWins() {
        let matcher = SurfaceMatcher(forms: [("Georgia", .wordEdge), ("Georgia", .wordEdge)])
        #expect(matcher.matches(in: "Georgia").map(\.form) == [1])
    }

    @Test func emptyAndWordlessText() {
        let matcher = SurfaceMatcher(forms: [("US", .wordEdge)])
        #expect(matcher.matches(in: "").isEmpty)
        #expect(matcher.matches(in: " — … ").isEmpty)
        #expect(matcher.matches(in: "US").map(\.end) == [2])
    }

    // MARK: Case

    @Test func capitalisedUSIsTheUnitedStatesButUsIsNothing() {
        // Corpus/000: the upper-case `US`.
        #expect(found("India and the US — and not ‘new ally’ Pakistan — are among the countries Russian President "
            + "Vladimir Putin has sent his New Year greetings to.")
            == ["India=IND", "US=USA", "Pakistan=PAK", "Russian=RUS", "Vladimir Putin=vladimir-putin"])
        #expect(actors("The ambassador told us that the talks went well.").isEmpty)
        #expect(actors("Let us hope that trust returns.").isEmpty)
        #expect(actors("Delegates from the U.S. and the USA arrived.") == ["USA", "USA"])
    }

    @Test func theCountryIsCapitalisedTheBirdIsNot() {
        #expect(actors("Turkey bought the S-400.") == ["TUR"])
        #expect(actors("They served turkey at the state banquet.").isEmpty)
        #expect(actors("The Chinese delegation and the china plates.") == ["CHN"])
        // Headlines in capitals still name countries.
        #expect(actors("INDIA AND RUSSIA SIGN DEAL") == ["IND", "RUS"])
    }

    // MARK: Longest match

    @Test func theLongestNameWins() {
        // Corpus/000.
        #expect(found("Putin’s new year message was extended to several nations and their heads including China, "
            + "Armenia, Azerbaijan, Turkey, and even its arch-rival, the United States of America, but Pakistan was a miss.")
            == ["Putin=vladimir-putin", "China=CHN", "Armenia=ARM", "Azerbaijan=AZE", "Turkey=TUR",
                "United States of America=USA", "Pakistan=PAK"])
        #expect(found("The United States warned Papua New Guinea and South Sudan.")
            == ["United States=USA", "Papua New Guinea=PNG", "South Sudan=SSD"])
        #expect(found("Guinea and Sudan voted; Papua New Guinean and South Sudanese diplomats abstained.")
            == ["Guinea=GIN", "Sudan=SDN", "Papua New Guinean=PNG", "South Sudanese=SSD"])
        #expect(found("Both States agreed.").isEmpty)
    }

    // MARK: Exclusions

    @Test func placesNamedAfterACountryAreNotTheCountry() {
        // Corpus/000: `Indo-Pacific` is not India, while the `Indian` and `Russian` mentions stay.
        #expect(found("However, Russian Foreign Minister Sergey Lavrov called India as “an object of the Western "
            + "countries’ persistent, aggressive and devious policy as they are trying to engage it in anti-China games "
            + "by promoting Indo-Pacific strategies.”")
            == ["Russian=RUS", "Sergey Lavrov=sergey-lavrov", "India=IND", "Western countries=WEST", "China=CHN"])
        #expect(actors("The navy patrols the Indian Ocean and the South China Sea.").isEmpty)
        #expect(actors("She reads the Times of India and the Washington Post.").isEmpty)
        #expect(actors("Floods hit New South Wales and New Mexico.").isEmpty)
        // The exclusion blocks only its own words: the demonym right after still counts.
        #expect(actors("Indian Ocean states and Indian diplomats") == ["IND"])
    }

    // MARK: Demonyms, metonyms, prefixes

    @Test func demonymsNameTheirCountry() {
        #expect(found("A Russian diplomat met Pakistani officials and two Americans.")
            == ["Russian=RUS", "Pakistani=PAK", "Americans=USA"])
        #expect(found("Chinese and Indian troops disengaged.") == ["Chinese=CHN", "Indian=IND"])
    }

    @Test func westernNamesTheWestOnlyBeforeALowerCaseWord() {
        #expect(
            found("India did not join Western sanctions against Moscow.") == ["India=IND", "Western=WEST", "Moscow=RUS"])
        #expect(found("Exports to Western Europe and Western Australia rose.").isEmpty)
    }

    @Test func theSecurityCouncilIsTheUNsUnlessANationsCouncilIsMeant() {
        #expect(found("China and Russia blocked a Security Council statement.")
            == ["China=CHN", "Russia=RUS", "Security Council=UNSC"])
        #expect(found("Iran's Supreme National Security Council met.") == ["Iran=IRN"])
        #expect(found("The Russian Security Council met.").isEmpty)
    }

    @Test func capitalsAndSeatsOfPowerStandForTheirGovernment() {
        // Corpus/000.
        #expect(found("On the other hand, Indo-Russian relations seem to have taken a hit as New Delhi is getting closer "
            + "to Washington.")
            == ["Indo-=IND", "Russian=RUS", "New Delhi=IND", "Washington=USA"])
        #expect(found("Moscow has also displayed its contempt for the QUAD grouping and India’s participation in it.")
            == ["Moscow=RUS", "QUAD=QUAD", "India=IND"])
        // Corpus/004.
        #expect(found("India’s Foreign Minister, S Jaishankar, engaged in a pivotal meeting with Russian President "
            + "Vladimir Putin at the Kremlin on Wednesday.")
            == ["India=IND", "S Jaishankar=s-jaishankar", "Russian=RUS", "Vladimir Putin=vladimir-putin",
                "the Kremlin=RUS"])
        #expect(found("The Kremlin and Beijing replied.") == ["The Kremlin=RUS", "Beijing=CHN"])
        // A city that only shares its first word with a capital is not it.
        #expect(actors("Washington State and Washington state") == [])
    }

    // MARK: Apostrophes

    @Test(arguments: ["India's", "India’s", "Indias", "India"])
    func possessivesWithEitherApostropheNameTheCountry(_ word: String) {
        let mentions = gazetteer.mentions(in: "\(word) stance on Russia’s conflict")
        if word == "Indias" {
            #expect(mentions.map(\.actor) == ["RUS"])
        } else {
            #expect(mentions.map(\.text) == ["India", "Russia"])
            #expect(mentions.map(\.actor) == ["IND", "RUS"])
        }
    }

    @Test func namesWithAnApostropheMatchInBothSpellings() {
        #expect(actors("the People's Republic of China") == ["CHN"])
        #expect(actors("the People’s Republic of China") == ["CHN"])
    }

    // MARK: People

    @Test func peopleResolveToTheirNodeAndAffiliation() throws {
        // Corpus/001.
        let sentence = "A day before Lavrov’s meeting in Islamabad, the diplomat had also visited New Delhi, where he met "
            + "with Indian External Affairs Minister S. Jaishankar."
        #expect(found(sentence) == ["Lavrov=sergey-lavrov", "Islamabad=PAK", "New Delhi=IND", "Indian=IND",
            "S. Jaishankar=s-jaishankar"])
        for id in ["sergey-lavrov", "s-jaishankar"] {
            #expect(gazetteer.actors[id]?.kind == .person)
        }
        #expect(gazetteer.actors["s-jaishankar"]?.affiliation == "IND")
        #expect(gazetteer.actors["sergey-lavrov"]?.affiliation == "RUS")
        // Corpus/004: surname only, with a possessive.
        #expect(actors("Despite apprehensions from Western nations, Jaishankar’s visit underscored the enduring nature "
            + "of the India-Russia relationship, rooted in substantial defence, nuclear, and space collaborations.")
            == ["WEST", "s-jaishankar", "IND", "RUS"])
        #expect(actors("Modi wrote to Xi Jinping and Putin.") == ["narendra-modi", "xi-jinping", "vladimir-putin"])
        // Names the gazetteer gained from the news it was measured on (the sentences reworded).
        #expect(actors("Watching North Korea and China closely, Prime Minister Koizumi's government plans new rules.")
            == ["PRK", "CHN", "junichiro-koizumi"])
        #expect(actors("the waves struck Sri Lanka, Indonesia, the Maldive Islands and Malaysia") == ["LKA", "IDN", "MDV", "MYS"])
    }

    // MARK: Groupings

    @Test func groupingsByAcronymAndFullName() {
        // Corpus/001.
        #expect(found("The officials also agreed to increase cooperation and coordination on the international stage, "
            + "at the United Nations (UN) as well as under the framework of the Shanghai Cooperation Organization (SCO).")
            == ["United Nations=UN", "UN=UN", "Shanghai Cooperation Organization=SCO", "SCO=SCO"])
        #expect(actors("The QUAD, the Quad and BRICS met; so did the Shanghai Cooperation Organisation.")
            == ["QUAD", "QUAD", "BRICS", "SCO"])
        // Lower case is an ordinary word.
        #expect(actors("He rode a quad bike; the sco of it.").isEmpty)
    }

    // MARK: Word edges

    @Test func noMatchInsideALongerWord() {
        #expect(actors("Indiana and Chinatown are not countries to the gazetteer.").isEmpty)
        #expect(actors("Romania and Omanis") == ["ROU", "OMN"])
        #expect(actors("Nigeria and Niger") == ["NGA", "NER"])
        #expect(actors("Dominica and the Dominican Republic") == ["DMA", "DOM"])
        #expect(actors("USAID funded it; the USSR fell.").isEmpty)
        #expect(actors("Russia2020 and 2020Russia").isEmpty)
    }

    // MARK: Ranges

    @Test func mentionRangesPointAtTheirWords() throws {
        // Corpus/000, with curly quotes and a dash before the mentions (multi-byte characters).
        let sentences = [
            "India and the US — and not ‘new ally’ Pakistan — are among the countries Russian President Vladimir Putin "
                + "has sent his New Year greetings to.",
            "Earlier, the deputy Russian ambassador to India Roman Babushkin said that New Delhi shouldn’t be worried "
                + "about the growing proximity with Pakistan.",
            "Kudashev said: «Россия и Индия» — Russia and India’s ties are strong.",
        ]
        for sentence in sentences {
            let bytes = Array(sentence.utf8)
            let mentions = gazetteer.mentions(in: sentence)
            #expect(!mentions.isEmpty)
            var previousEnd = 0
            for mention in mentions {
                #expect(mention.start >= previousEnd && mention.start < mention.end && mention.end <= bytes.count)
                #expect(String(decoding: bytes[mention.start..<mention.end], as: UTF8.self) == mention.text)
                previousEnd = mention.end
            }
        }
        let pakistan = try #require(gazetteer.mentions(in: sentences[0]).first { $0.actor == "PAK" })
        let prefix = "India and the US — and not ‘new ally’ "
        #expect(pakistan.start == prefix.utf8.count)
        #expect(pakistan.end == prefix.utf8.count + "Pakistan".utf8.count)
    }
}
