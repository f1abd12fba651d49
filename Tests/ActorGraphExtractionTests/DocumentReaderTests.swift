import Testing

@testable import ActorGraphExtraction

/// The five real articles of `Corpus/`, read end to end.
///
/// Sentence counts were made by hand from the files (the title is sentence 0):
/// - 000: title + 27. Paragraphs give 2, 2, 1, 1, 1, 1, 3, 2, 1, 3, 3, 2, 2, 2, 1; the
///   "Latest Satellite Images ..." link, "Author’s Profile" and "Follow ... on Google News" go.
/// - 001: title + 21. Lede 1, then 2, 8 (the two "…" inside Babushkin's quotes end sentences:
///   "merits… We", "threats… Russia"), 4, 4, 2; the gtag line, the date line, the repeated title
///   and "SOURCE: TWITTER, ANI" go.
/// - 002: title + 29. Paragraphs of 5, 7, 6 (the glued title cut), 4, 3, 4; "S. Jaishankar"
///   is one sentence; "Leave a Reply" and the e-mail notice go.
/// - 003: title + 20. "Moscow / New Delhi" goes (a place-only dateline); 4, then the heading
///   "India does not have to worry" + 4, "Our bilateral relations are not against anyone" + 2,
///   the two headings "Russia, making S-400 ..." and "Russia said – ..." + 2, "Russia condemns
///   US ban on Turkey" + 3 (sentence-case headings stay); "Back to top button" goes.
/// - 004: title + 28. 3, 2, 1, 3, 2, then "S Jaishankar – Sergey Lavrov Meeting" goes (Title Case
///   heading), 2, both "Read Also:" links go, 2, 7, 2, 2, 2; "Leave a Reply" and the e-mail
///   notice go.
@Suite struct DocumentReaderTests {
    @Test(arguments: [
        ("000_29244dd15c3a9dcb.txt", 28),
        ("001_c0178adbd0b04c20.txt", 22),
        ("002_8ee327dd7f76f392.txt", 30),
        ("003_60f3e7a5cadbf312.txt", 21),
        ("004_66bc5cd5d1c12ee4.txt", 29),
    ])
    func sentenceCount(name: String, count: Int) throws {
        let document = try #require(try ReadingFixtures.corpusDocuments()[name])
        #expect(document.sentences.count == count)
    }

    @Test func readsTheFiveFilesInOrderWithNamesRelativeToTheFolder() throws {
        let items = try CorpusReader().read([ReadingFixtures.corpus])
        let names = items.map { item -> String in
            switch item {
            case .document(let document): document.name
            case .skipped(let skipped): "skipped " + skipped.name
            }
        }
        #expect(
            names == [
                "000_29244dd15c3a9dcb.txt", "001_c0178adbd0b04c20.txt", "002_8ee327dd7f76f392.txt",
                "003_60f3e7a5cadbf312.txt", "004_66bc5cd5d1c12ee4.txt",
            ])
    }

    @Test(arguments: [
        (
            "000_29244dd15c3a9dcb.txt",
            "Russia ‘Ignores’ New-Friend Pakistan; Goes For India, US, China Others For New Year Greetings"
        ),
        (
            "001_c0178adbd0b04c20.txt",
            "Russia Shares “Independent Relations” With India and Pakistan: Russian Diplomats"
        ),
        (
            "002_8ee327dd7f76f392.txt",
            "Close cooperation between India and Russia will continue: Russian Foreign Minister Sergei Lavrov"
        ),
        (
            "003_60f3e7a5cadbf312.txt",
            "Russia-Pakistan relations: Russia clarifies military relations with Pakistan, said – India need not worry – Russia clarifies military relations with Pakistan, says India should not worry"
        ),
        (
            "004_66bc5cd5d1c12ee4.txt",
            "India -Russia Relations | Foreign Minister fosters deeper ties with Russia amid fractured global dynamics"
        ),
    ])
    func title(name: String, title: String) throws {
        let document = try #require(try ReadingFixtures.corpusDocuments()[name])
        #expect(document.title == title)
        #expect(document.sentences.first == title)
        #expect(!document.paragraphs.contains(title))
    }

    @Test func dates() throws {
        let documents = try ReadingFixtures.corpusDocuments()
        #expect(documents["000_29244dd15c3a9dcb.txt"]?.date == nil)
        #expect(documents["001_c0178adbd0b04c20.txt"]?.date == "2021-04-15")  // the "April 15, 2021" line
        #expect(documents["002_8ee327dd7f76f392.txt"]?.date == nil)  // "Moscow:" has no date
        #expect(documents["003_60f3e7a5cadbf312.txt"]?.date == nil)
        #expect(documents["004_66bc5cd5d1c12ee4.txt"]?.date == "2023-12-28")  // "New Delhi, Dec 28:" + 2023
        #expect(documents["001_c0178adbd0b04c20.txt"]?.paragraphs.contains("April 15, 2021") == false)
    }

    @Test func noDebrisLineSurvives() throws {
        let debris = [
            "Latest Satellite Images Reaffirm", "Author’s Profile", "Follow EurAsian Times",
            "Google tag", "gtag", "SOURCE: TWITTER", "Leave a Reply", "Your email address",
            "Required fields", "Back to top", "Read Also", "Australia clinch first victory",
            "Pakistan Air Force Foils", "Moscow / New Delhi", "S Jaishankar – Sergey Lavrov Meeting",
        ]
        for document in try ReadingFixtures.corpusDocuments().values {
            for sentence in document.sentences {
                for fragment in debris {
                    #expect(!sentence.contains(fragment), "\(document.name): \(sentence)")
                }
            }
        }
    }

    @Test func repeatedTitleIsDroppedAndGluedTitleIsCut() throws {
        let documents = try ReadingFixtures.corpusDocuments()
        let repeated = try #require(documents["001_c0178adbd0b04c20.txt"])
        #expect(repeated.sentences.filter { $0.contains("Russia Shares") }.count == 1)

        let glued = try #require(documents["002_8ee327dd7f76f392.txt"])
        #expect(
            glued.sentences[13]
                == "It is natural that India has taken a stand against China after the Chinese act of betrayal, in the Galwan valley, martyring 20 Indian soldiers."
        )
        #expect(glued.sentences.filter { $0.contains("Sergei LavrovIt") }.isEmpty)
        #expect(glued.sentences.filter { $0.hasPrefix("Close cooperation") }.count == 1)
    }

    @Test func exactSentences() throws {
        let documents = try ReadingFixtures.corpusDocuments()
        let zero = try #require(documents["000_29244dd15c3a9dcb.txt"]).sentences
        #expect(
            zero[1]
                == "India and the US — and not ‘new ally’ Pakistan — are among the countries Russian President Vladimir Putin has sent his New Year greetings to."
        )
        #expect(
            zero[3]
                == "Following Russia’s criticism of India being used as an “object” by the West in “anti-China games,” Putin tried dousing the fire by his warm words on India-Russia relations."
        )
        #expect(zero[13] == "“We also have bilateral trade and economic agenda [with Pakistan]”")
        #expect(
            zero[27]
                == "He also pointed to the “successful start of a major project for holding Years of Russian-Chinese Scientific, Technical and Innovative Cooperation.”"
        )

        let one = try #require(documents["001_c0178adbd0b04c20.txt"]).sentences
        #expect(
            one[1]
                == "Russian diplomats have insisted that Moscow “has no intention to interfere or take sides” between New Delhi and Islamabad."
        )
        #expect(one[5] == "“Ties with both are based on their own merits…")
        #expect(
            one[6]
                == "We believe that there is absolutely no reason to see that there are divergences or any misunderstandings between us."
        )
        #expect(
            one[17]
                == "A day before Lavrov’s meeting in Islamabad, the diplomat had also visited New Delhi, where he met with Indian External Affairs Minister S. Jaishankar."
        )

        let two = try #require(documents["002_8ee327dd7f76f392.txt"]).sentences
        #expect(
            two[1]
                == "Moscow: The United States is threatening to impose sanctions on India to purchase the S-400 air defence system from Russia."
        )
        #expect(
            two[15]
                == "Indian Foreign Minister S. Jaishankar had replied to the criticism made by his Russian counterpart."
        )
        #expect(two[29] == "The statements of the Russian Foreign Minister has this backdrop.")

        let three = try #require(documents["003_60f3e7a5cadbf312.txt"]).sentences
        #expect(three[1] == "Russia has given India clarification on its growing defense relations with Pakistan.")
        #expect(three[5] == "India does not have to worry")
        #expect(three[17] == "Russia condemns US ban on Turkey")
        #expect(
            three[18]
                == "Russian Ambassador Nikolay Kudashev condemned US sanctions against Turkey for purchasing the S-400 missile system in a $ 2.5 billion deal."
        )

        let four = try #require(documents["004_66bc5cd5d1c12ee4.txt"]).sentences
        #expect(
            four[1]
                == "India’s Foreign Minister, S Jaishankar, engaged in a pivotal meeting with Russian President Vladimir Putin at the Kremlin on Wednesday."
        )
        #expect(
            four[12]
                == "Before he met with President Putin, Jaishankar engaged in discussions with his Russian counterpart, Sergey Lavrov, on December 27."
        )
        #expect(
            four[25]
                == "Jaishankar’s visit to Russia, spanning from December 25 to 29, 2023, underscores the ongoing high-level exchanges between the two nations."
        )
    }

    @Test func paragraphsAreFoldedAndNeverEmpty() throws {
        for document in try ReadingFixtures.corpusDocuments().values {
            for paragraph in document.paragraphs {
                #expect(!paragraph.isEmpty)
                #expect(paragraph == paragraph.foldingWhiteSpace)
            }
        }
    }

    @Test func sentencesStartWithTheTitleOnlyWhenThereIsOne() {
        var document = Document(
            name: "x.txt", title: "India, Russia renew ties", date: nil,
            paragraphs: ["Putin met Modi. They agreed.", "Lavrov spoke."])
        #expect(document.sentences == ["India, Russia renew ties", "Putin met Modi.", "They agreed.", "Lavrov spoke."])
        document.title = ""
        #expect(document.sentences == ["Putin met Modi.", "They agreed.", "Lavrov spoke."])
    }
}
