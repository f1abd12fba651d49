import Testing

@testable import ActorGraphExtraction

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter()

    @Test func splitsOnTerminatorsBeforeCapitalsDigitsAndQuotes() {
        #expect(
            splitter.split(
                "Talks ended on Monday. Both sides agreed to meet again! Will they? 150 troops stayed. “We are ready,” he said."
            ) == [
                "Talks ended on Monday.", "Both sides agreed to meet again!", "Will they?", "150 troops stayed.",
                "“We are ready,” he said.",
            ])
    }

    @Test func doesNotSplitBeforeLowerCaseOrWithoutSpace() {
        #expect(
            splitter.split("The talks were held in Moscow. and ended late.") == [
                "The talks were held in Moscow. and ended late."
            ])
        #expect(
            splitter.split("Trade reached $2.5 billion in 2023.It grew.") == [
                "Trade reached $2.5 billion in 2023.It grew."
            ])
    }

    @Test func closingQuotesAndBracketsStayWithTheirSentence() {
        #expect(
            splitter.split("“Our ties remain solid.” He added that more talks would follow.") == [
                "“Our ties remain solid.”", "He added that more talks would follow.",
            ])
        #expect(
            splitter.split("The deal was signed (in Moscow.) Delhi welcomed it.") == [
                "The deal was signed (in Moscow.)", "Delhi welcomed it.",
            ])
        #expect(
            splitter.split("He called it \"a betrayal.\" China did not reply.") == [
                "He called it \"a betrayal.\"", "China did not reply.",
            ])
    }

    @Test func ellipsesEndSentencesBeforeCapitals() {
        #expect(
            splitter.split("“Ties are based on merit… We see no divergence.”") == [
                "“Ties are based on merit…", "We see no divergence.”",
            ])
        #expect(
            splitter.split("He paused... Then he spoke. It went on... and on.") == [
                "He paused...", "Then he spoke.", "It went on... and on.",
            ])
    }

    @Test(arguments: [
        "Mr. Modi met Mrs. Clinton and Ms. Rice in Washington.",
        "Dr. Jaishankar and Prof. Karaganov spoke after Gen. Rawat left.",
        "Lt. Gen. Singh, Col. Abbas and Sgt. Miller attended.",
        "Sen. Graham, Rep. Pelosi, Gov. Newsom and Pres. Biden were briefed.",
        "They met at St. Petersburg on Martin Luther King Jr. Day at the Ken Griffey Sr. Memorial.",
        "The talks were held at No. 10 Downing Street.",
        "It was India vs. Pakistan in the final.",
        "Ports, e.g. Gwadar and Chabahar, i.e. Pakistani and Iranian ones, were named.",
        "The deal was signed on Jan. 5 and ratified on Sept. 30.",
        "Tata Sons Inc. and Reliance Ltd. joined Bharat Forge Co. and Lockheed Martin Corp. in the bid.",
        "Indian Foreign Minister S. Jaishankar met Lavrov.",
        "George W. Bush and John F. Kennedy were both presidents.",
        "The U.S. President spoke to the U.K. Prime Minister at the U.N. Security Council and the E.U. Commission.",
        "The meeting began at 10 a.m. Moscow time.",
    ])
    func abbreviationsAndInitialsDoNotEndSentences(sentence: String) {
        #expect(splitter.split(sentence) == [sentence])
    }

    @Test func dottedAcronymsAndEtcEndASentenceBeforeASentenceStarter() {
        #expect(
            splitter.split("The sanctions were imposed by the U.S. The move angered New Delhi.") == [
                "The sanctions were imposed by the U.S.", "The move angered New Delhi.",
            ])
        #expect(
            splitter.split("They traded oil, gas, fertilizers etc. The volume doubled.") == [
                "They traded oil, gas, fertilizers etc.", "The volume doubled.",
            ])
        #expect(
            splitter.split("They discussed oil, gas etc. Russia agreed to supply both.") == [
                "They discussed oil, gas etc. Russia agreed to supply both."
            ])
    }

    @Test func numberAbbreviationsEndSentencesWhenNotBeforeANumber() {
        #expect(
            splitter.split("Asked about sanctions, he said no. The talks ended.") == [
                "Asked about sanctions, he said no.", "The talks ended.",
            ])
        #expect(splitter.split("India ranks No. 5 in arms imports.") == ["India ranks No. 5 in arms imports."])
    }

    @Test func multiLetterCapitalsEndSentences() {
        #expect(
            splitter.split("Both are members of the SCO. Pakistan joined in 2017.") == [
                "Both are members of the SCO.", "Pakistan joined in 2017.",
            ])
        #expect(
            splitter.split("It was the largest battle of World War II. Millions died.") == [
                "It was the largest battle of World War II.", "Millions died.",
            ])
    }

    @Test func paragraphWithoutTerminatorIsOneSentence() {
        #expect(splitter.split("India does not have to worry") == ["India does not have to worry"])
    }

    @Test func sentencesAreFoldedAndEmptyOnesDropped() {
        #expect(splitter.split("  Russia\u{A0}agreed.\n\n  India   too.  ") == ["Russia agreed.", "India too."])
        #expect(splitter.split("   ").isEmpty)
        #expect(splitter.split("").isEmpty)
    }
}
