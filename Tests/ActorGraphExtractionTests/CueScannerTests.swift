import Testing

@testable import ActorGraphExtraction

/// Stance cues in sentences, and how negation turns them, with the bundled lexicon.
@Suite struct CueScannerTests {
    let scanner: CueScanner

    init() throws {
        scanner = CueScanner(lexicon: try StanceLexicon.bundled())
    }

    /// `"phrase=stance"` for each cue, in order.
    private func cues(_ sentence: String) -> [String] {
        scanner.cues(in: sentence).map { "\($0.phrase)=\($0.stance)" }
    }

    /// The sum of the sentence's cues: how the whole sentence leans.
    private func lean(_ sentence: String) -> Double {
        scanner.cues(in: sentence).reduce(0) { $0 + $1.stance }
    }

    // MARK: Polarity

    @Test func aCooperationCueIsPositive() {
        // Corpus/004.
        let sentence = "The time-tested India-Russia partnership remains stable, characterized by the spirit of the "
            + "Special and Privileged Strategic Partnership, highlighting the resilience and adaptability of this relationship."
        let found = scanner.cues(in: sentence)
        #expect(found.contains { $0.phrase == "time-tested" && $0.stance > 0 })
        #expect(found.allSatisfy { $0.stance >= 0 })
        #expect(lean(sentence) > 0)
        #expect(lean("India and Russia signed a defence pact.") > 0)
    }

    @Test func aConflictCueIsNegative() {
        // Corpus/003.
        let sentence = "Russian Ambassador Nikolay Kudashev condemned US sanctions against Turkey for purchasing the "
            + "S-400 missile system in a $ 2.5 billion deal."
        let found = scanner.cues(in: sentence)
        #expect(found.contains { $0.phrase.hasPrefix("condemn") && $0.stance < 0 })
        #expect(found.contains { $0.phrase.hasPrefix("sanction") && $0.stance < 0 })
        #expect(lean(sentence) < 0)
        #expect(cues("China attacked India.") == ["attack*=-0.8"])
    }

    @Test func theLongestCueStartingAtAWordWins() throws {
        // Corpus/000.
        let found = scanner.cues(in: "“Russia and India were connected by relations of privileged strategic "
            + "partnership, which, despite this year’s difficulties and problems, including the coronavirus pandemic, "
            + "are developing confidently,” read the message.")
        let partnership = try #require(found.first { $0.phrase == "privileged strategic partnership" })
        #expect(partnership.length == 3)
        #expect(partnership.position == 8)
        #expect(partnership.stance > 0)
        #expect(!found.contains { $0.phrase == "partnership*" || $0.phrase == "strategic partner*" })
    }

    @Test func aNeutralBlockerKeepsAPrefixCueFromMatching() {
        // Corpus/001: `anti-terrorism` is listed at stance 0 so that `anti-*` does not read it as hostility.
        let found = scanner.cues(in: "So we also help Pakistan [by] providing anti-terrorism equipment and holding "
            + "dedicated exercises.")
        #expect(found.contains { $0.phrase == "anti-terrorism" && $0.stance == 0 })
        #expect(!found.contains { $0.stance < 0 })
        #expect(cues("Lavrov also accused that India has become a part of the anti-China tactics.")
            .contains("anti-*=-0.5"))
    }

    @Test func aSentenceWithoutCuesIsNeutral() {
        #expect(scanner.cues(in: "The minister arrived in the capital on Tuesday evening.").isEmpty)
        // Corpus/004.
        #expect(lean("The leaders addressed global strategic issues, spanning the situations in Ukraine, Gaza, the "
            + "Indo-Pacific, ASEAN, Afghanistan, and UN-related matters.") == 0)
        // `relations` alone names a topic, not a stance (Corpus/000 headline of a paragraph).
        #expect(scanner.cues(in: "Russia-China relations").isEmpty)
        #expect(scanner.cues(in: "").isEmpty)
    }

    // MARK: Negation

    @Test func notFlipsACueAtHalfStrength() {
        // Corpus/003: a paragraph heading.
        #expect(scanner.cues(in: "Our bilateral relations are not against anyone")
            == [Cue(phrase: "not against", stance: 0.1, position: 5, length: 1, negated: true)])
        #expect(lean("Our bilateral relations are not against anyone") > 0)
        #expect(lean("Our bilateral relations are against anyone") < 0)
    }

    @Test func aGameOrTestAgainstACountryIsSportNotHostility() {
        #expect(lean("Ireland made three changes from the game against Wales.") == 0)
        #expect(lean("He was capped in the Tests against the United States and Canada.") == 0)
        #expect(lean("Their captain wants patience in the two-Test series against India.") == 0)
        #expect(lean("Ireland turned against Wales.") < 0, "outside sport, against still leans hostile")
    }

    @Test func aWarCrimesCourtIsAnInstitutionNotACrime() {
        #expect(lean("The UN war crimes prosecutor passed the first case to the Croatian courts.") == 0)
        #expect(lean("Serbia handed a general to the war crimes tribunal in The Hague.") == 0)
        #expect(lean("The UN accused Serbia of war crimes.") < 0)
    }

    @Test func aResultBesideAWordOfTheGameIsSport() {
        #expect(lean("The manager was pleased with the friendly win over Croatia.") == 0)
        #expect(lean("Spain will face Argentina in the cup final after beating France.") == 0)
        // A result word far from it, or none, leaves the sentence a relation.
        #expect(lean("Japan won praise from the United States for its support, though critics called the league tables of aid weak.") > 0)
        #expect(lean("The two sides agreed to a friendly solution.") > 0)
    }

    @Test func needNotWorryLeansCooperative() {
        // Corpus/003: the title, with `need not worry` and `should not worry`.
        #expect(cues("Russia-Pakistan relations: Russia clarifies military relations with Pakistan, said – India need "
            + "not worry – Russia clarifies military relations with Pakistan, says India should not worry")
            == ["military relations=0.6", "not worry=0.1", "military relations=0.6", "not worry=0.1"])
        #expect(lean("India does not have to worry") > 0)
    }

    @Test func aContractedNegatorFlipsToo() {
        // Corpus/000, with a typographic apostrophe in `shouldn’t`.
        let found = scanner.cues(in: "Earlier, the deputy Russian ambassador to India Roman Babushkin said that New "
            + "Delhi shouldn’t be worried about the growing proximity with Pakistan.")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.phrase.hasPrefix("not ") && $0.stance > 0 })
    }

    @Test func neverFlipsTheFirstCueOnly() {
        #expect(cues("India has never supported the sanctions.") == ["not support*=-0.2", "sanction*=-0.5"])
        #expect(lean("India has always supported the sanctions.") != lean("India has never supported the sanctions."))
    }

    @Test func neitherNorTurnsEachVerbButNotTheObject() {
        // Corpus/003: `neither` turns `recognize`, `nor` turns `welcome`; `sanctions` stays hostile.
        let sentence = "He also said that we neither recognize nor welcome unilateral sanctions as a tool or "
            + "instrument of interstate or international relations."
        #expect(cues(sentence) == ["not recogni*=-0.2", "not welcome*=-0.15", "sanction*=-0.5"])
        #expect(lean(sentence) < 0)
        // Corpus/003, the sentence before it.
        #expect(lean("He said that Russia does not recognize such unilateral actions.") < 0)
    }

    @Test func aScopeBreakerEndsTheNegation() {
        #expect(cues("Delhi did not welcome the move, but Moscow welcomed it.")
            == ["not welcome*=-0.15", "welcome*=0.3"])
        #expect(cues("Delhi did not comment, and welcomed the move.") == ["welcome*=0.3"])
        #expect(cues("Delhi did not comment but welcomed the move.") == ["welcome*=0.3"])
    }

    @Test func negationReachesOnlyAFewWords() {
        // The window is four words after the negator.
        #expect(cues("They did not say a word about the attack.") == ["attack*=-0.8"])
        #expect(cues("They did not condemn the attack.") == ["not condemn*=0.25", "attack*=-0.8"])
    }
}
