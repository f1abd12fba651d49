import ActorGraphParser
import Testing

@testable import ActorGraphExtraction

/// The repairs attribution makes to misparses, each on the tree the parser gave for a news sentence.
@Suite struct ParseRepairsTests {
    /// A parsed sentence from (form, universal tag, Penn tag, head's 1-based index or 0 for the root, relation).
    func sentence(_ words: [(String, UniversalTag, String, Int, String)]) -> ParsedSentence {
        var offset = 0
        let tokens = words.map { word in
            defer { offset += word.0.utf8.count + 1 }
            return ParseToken(form: word.0, start: offset, end: offset + word.0.utf8.count)
        }
        return ParsedSentence(
            tokens: tokens, tags: words.map(\.1), pennTags: words.map(\.2),
            heads: words.map { $0.3 == 0 ? nil : $0.3 - 1 }, relations: words.map(\.4))
    }

    @Test func aNounAfterAfterIsTheSubjectOfTheVerbThatFollowsIt() {
        let parse = sentence([
            ("France", .propn, "NNP", 2, "nsubj"), ("recalled", .verb, "VBD", 0, "root"),
            ("its", .pron, "PRP$", 4, "nmod:poss"), ("envoy", .noun, "NN", 2, "obj"), ("after", .adp, "IN", 6, "case"),
            ("Canberra", .propn, "NNP", 4, "nmod"), ("scrapped", .verb, "VBD", 2, "conj"), ("a", .det, "DT", 9, "det"),
            ("deal", .noun, "NN", 7, "obj"), (".", .punct, ".", 2, "punct"),
        ]).openingClausesAfterConjunctions()
        #expect(parse.heads[5] == 6 && parse.relations[5] == "nsubj")
        #expect(parse.heads[4] == 6 && parse.relations[4] == "mark")
        #expect(parse.heads[6] == 1 && parse.relations[6] == "advcl")
        // The object stays where it was.
        #expect(parse.heads[8] == 6 && parse.relations[8] == "obj")
    }

    @Test func aNameAfterAnOpeningPhraseIsTheSubjectNotAnApposition() {
        // The parser's tree for "During his talk with the Sunday Herald, Mr Blair said it."
        let words: [(String, UniversalTag, String, Int, String)] = [
            ("During", .adp, "IN", 3, "case"), ("his", .pron, "PRP$", 3, "nmod:poss"), ("talk", .noun, "NN", 11, "obl"),
            ("with", .adp, "IN", 7, "case"), ("the", .det, "DT", 7, "det"), ("Sunday", .propn, "NNP", 7, "compound"),
            ("Herald", .propn, "NNP", 3, "nmod"), (",", .punct, ",", 10, "punct"), ("Mr", .propn, "NNP", 10, "compound"),
            ("Blair", .propn, "NNP", 7, "appos"), ("said", .verb, "VBD", 0, "root"), ("it", .pron, "PRP", 11, "obj"),
        ]
        let parse = sentence(words).findingSubjectsAfterOpeningPhrases()
        #expect(parse.heads[9] == 10 && parse.relations[9] == "nsubj")
        // A verb that has a subject keeps it, and the apposition stays one ("..., Mr Blair, he said it").
        var subjected = words
        subjected[11] = ("it", .pron, "PRP", 11, "nsubj")
        #expect(sentence(subjected).findingSubjectsAfterOpeningPhrases().relations[9] == "appos")
    }

    @Test func aVerbWithASubjectOfItsOwnIsLeftAlone() {
        let words: [(String, UniversalTag, String, Int, String)] = [
            ("Talks", .noun, "NNS", 5, "nsubj"), ("after", .adp, "IN", 3, "case"), ("lunch", .noun, "NN", 1, "nmod"),
            ("they", .pron, "PRP", 5, "nsubj"), ("said", .verb, "VBD", 0, "root"),
        ]
        #expect(sentence(words).openingClausesAfterConjunctions().heads == sentence(words).heads)
    }

    @Test func anObjectOfAPassiveVerbThatOpensWithByIsItsAgent() {
        let parse = sentence([
            ("Guards", .noun, "NNS", 3, "nsubj:pass"), ("were", .aux, "VBD", 3, "aux:pass"),
            ("killed", .verb, "VBN", 0, "root"), ("by", .adp, "IN", 6, "case"), ("Israeli", .adj, "JJ", 6, "amod"),
            ("tank", .noun, "NN", 7, "compound"), ("fire", .noun, "NN", 3, "obj"), (".", .punct, ".", 3, "punct"),
        ]).findingPassiveAgents()
        #expect(parse.relations[6] == "obl:agent")
        #expect(parse.heads[3] == 6)
    }

    @Test func aClauseOpenedByAConjunctionModifiesTheVerbNotTheNoun() {
        let parse = sentence([
            ("Niger", .propn, "NNP", 2, "nsubj"), ("formed", .verb, "VBD", 0, "root"), ("a", .det, "DT", 4, "det"),
            ("pact", .noun, "NN", 2, "obj"), ("after", .sconj, "IN", 6, "mark"), ("quitting", .verb, "VBG", 4, "acl"),
            ("ECOWAS", .propn, "NNP", 6, "obj"), (".", .punct, ".", 2, "punct"),
        ]).hangingSubordinateClausesOnVerbs()
        #expect(parse.heads[5] == 1 && parse.relations[5] == "advcl")
        // A clause that describes the noun stays: "a pact signed in 2023".
        let described = sentence([
            ("a", .det, "DT", 2, "det"), ("pact", .noun, "NN", 0, "root"), ("signed", .verb, "VBN", 2, "acl"),
            ("in", .adp, "IN", 5, "case"), ("2023", .num, "CD", 3, "obl"),
        ]).hangingSubordinateClausesOnVerbs()
        #expect(described.heads[2] == 1 && described.relations[2] == "acl")
    }

    @Test func aFiniteVerbJoinedToANounIsJoinedToTheVerbAboveInItsTense() {
        // "Niger ordered the envoy to leave within days and revoked agreements": the parser joins `revoked` (tagged
        // as a participle) to `days`.
        let parse = sentence([
            ("Niger", .propn, "NNP", 2, "nsubj"), ("ordered", .verb, "VBD", 0, "root"), ("the", .det, "DT", 4, "det"),
            ("envoy", .noun, "NN", 2, "obj"), ("to", .part, "TO", 6, "mark"), ("leave", .verb, "VB", 4, "acl"),
            ("within", .adp, "IN", 8, "case"), ("days", .noun, "NNS", 6, "obl"), ("and", .cconj, "CC", 10, "cc"),
            ("revoked", .verb, "VBN", 8, "conj"), ("agreements", .noun, "NNS", 10, "obj"),
        ]).coordinatingFiniteVerbs()
        #expect(parse.heads[9] == 1 && parse.relations[9] == "conj")
        // A verb with a subject of its own is a clause of its own, wherever it hangs.
        let own = sentence([
            ("talks", .noun, "NNS", 0, "root"), ("and", .cconj, "CC", 4, "cc"), ("Russia", .propn, "NNP", 4, "nsubj"),
            ("agreed", .verb, "VBD", 1, "conj"),
        ]).coordinatingFiniteVerbs()
        #expect(own.heads[3] == 0)
    }

    @Test func aPartnerHungOnAPlaceIsThePartnerOfTheEvent() {
        let parse = sentence([
            ("India", .propn, "NNP", 2, "nsubj"), ("held", .verb, "VBD", 0, "root"), ("an", .det, "DT", 4, "det"),
            ("exercise", .noun, "NN", 2, "obj"), ("off", .adp, "IN", 6, "case"), ("Darwin", .propn, "NNP", 4, "nmod"),
            ("with", .adp, "IN", 8, "case"), ("Japan", .propn, "NNP", 6, "nmod"),
        ]).joiningPartnersToEvents()
        #expect(parse.heads[7] == 3 && parse.relations[7] == "nmod")
        // "an agreement with the port of Gwadar": a `with` phrase on a name that no place preposition marks stays.
        let named = sentence([
            ("an", .det, "DT", 2, "det"), ("agreement", .noun, "NN", 0, "root"), ("with", .adp, "IN", 4, "case"),
            ("Gwadar", .propn, "NNP", 2, "nmod"), ("with", .adp, "IN", 6, "case"), ("China", .propn, "NNP", 4, "nmod"),
        ]).joiningPartnersToEvents()
        #expect(named.heads[5] == 3)
    }

    @Test func beBeforeAnInfinitiveIsTheVerbsAuxiliary() {
        // The parser's tree for "Japan is to send aid to Vietnam."
        let parse = sentence([
            ("Japan", .propn, "NNP", 4, "nsubj:outer"), ("is", .aux, "VBZ", 4, "cop"), ("to", .part, "TO", 4, "mark"),
            ("send", .verb, "VB", 0, "root"), ("aid", .noun, "NN", 4, "obj"), ("to", .adp, "IN", 7, "case"),
            ("Vietnam", .propn, "NNP", 4, "obl"), (".", .punct, ".", 4, "punct"),
        ]).readingBeToAsAuxiliary()
        #expect(parse.relations[0] == "nsubj" && parse.relations[1] == "aux")
        #expect(parse.heads == [3, 3, 3, nil, 3, 6, 3, 3])
        // A copula before a noun stays one: "Japan is a donor to Vietnam."
        let copular = sentence([
            ("Japan", .propn, "NNP", 4, "nsubj"), ("is", .aux, "VBZ", 4, "cop"), ("a", .det, "DT", 4, "det"),
            ("donor", .noun, "NN", 0, "root"),
        ]).readingBeToAsAuxiliary()
        #expect(copular.relations[1] == "cop")
    }

    @Test func aParticipleWithAnObjectAfterARootNounIsTheMainVerb() {
        let parse = sentence([
            ("Israeli", .adj, "JJ", 2, "amod"), ("troops", .noun, "NNS", 0, "root"), ("killed", .verb, "VBN", 2, "acl"),
            ("five", .num, "CD", 5, "nummod"), ("Palestinians", .propn, "NNPS", 3, "obj"),
            ("as", .sconj, "IN", 8, "mark"), ("it", .pron, "PRP", 8, "nsubj"), ("pressed", .verb, "VBD", 2, "advcl"),
            (".", .punct, ".", 2, "punct"),
        ]).readingMainVerbsAsVerbs()
        #expect(parse.heads[2] == nil && parse.relations[2] == "root")
        #expect(parse.heads[1] == 2 && parse.relations[1] == "nsubj")
        #expect(parse.heads[7] == 2 && parse.heads[8] == 2)
        #expect(parse.heads[0] == 1)
        // "Troops killed in the raid": a participle without an object describes the noun.
        let described = sentence([
            ("Troops", .noun, "NNS", 0, "root"), ("killed", .verb, "VBN", 1, "acl"), ("in", .adp, "IN", 4, "case"),
            ("the", .det, "DT", 4, "det"), ("raid", .noun, "NN", 2, "obl"),
        ]).readingMainVerbsAsVerbs()
        #expect(described.heads[1] == 0)
    }

    @Test func aVerbBetweenANounAndItsObjectIsTheMainVerb() {
        // The parser's tree for "Indian and Pakistani troops exchanged fire."
        let words: [(String, UniversalTag, String, Int, String)] = [
            ("Indian", .adj, "JJ", 4, "amod"), ("and", .cconj, "CC", 3, "cc"), ("Pakistani", .adj, "JJ", 1, "conj"),
            ("troops", .noun, "NNS", 0, "root"), ("exchanged", .verb, "VBN", 6, "amod"), ("fire", .noun, "NN", 4, "obj"),
            (".", .punct, ".", 4, "punct"),
        ]
        let parse = sentence(words).readingVerbsBeforeAnObjectOfANoun()
        #expect(parse.heads[4] == nil && parse.relations[4] == "root")
        #expect(parse.heads[3] == 4 && parse.relations[3] == "nsubj")
        #expect(parse.heads[5] == 4 && parse.heads[6] == 4)
        // "Policemen killed by tank fire": what follows `by` is a passive's agent; the tree stays.
        let passive = sentence([
            ("policemen", .noun, "NNS", 0, "root"), ("killed", .verb, "VBN", 5, "amod"), ("by", .adp, "IN", 4, "case"),
            ("tank", .noun, "NN", 5, "compound"), ("fire", .noun, "NN", 1, "obj"),
        ]).readingVerbsBeforeAnObjectOfANoun()
        #expect(passive.heads[0] == nil)
    }

    @Test func aNameAfterASubjectsNounNamesTheNoun() {
        let parse = sentence([
            ("The", .det, "DT", 2, "det"), ("leader", .noun, "NN", 7, "nsubj"), ("of", .adp, "IN", 5, "case"),
            ("Lebanese", .adj, "JJ", 5, "amod"), ("group", .noun, "NN", 2, "nmod"), ("Hezbollah", .propn, "NNP", 7, "nsubj"),
            ("rejects", .verb, "VBZ", 0, "root"), ("a", .det, "DT", 10, "det"), ("UN", .propn, "NNP", 10, "compound"),
            ("call", .noun, "NN", 7, "obj"),
        ]).namingTheNounBefore()
        #expect(parse.heads[5] == 4 && parse.relations[5] == "appos")
        // Two subjects apart ("Talks, Russia said, ...") are left as they are.
        let apart = sentence([
            ("talks", .noun, "NNS", 4, "nsubj"), (",", .punct, ",", 4, "punct"), ("Russia", .propn, "NNP", 4, "nsubj"),
            ("said", .verb, "VBD", 0, "root"),
        ]).namingTheNounBefore()
        #expect(apart.heads[2] == 3)
    }

    @Test func whatIsToldIsTheComplementOfTelling() {
        let words: [(String, UniversalTag, String, Int, String)] = [
            ("Wang", .propn, "NNP", 2, "nsubj"), ("told", .verb, "VBD", 0, "root"), ("his", .pron, "PRP$", 4, "nmod:poss"),
            ("counterpart", .noun, "NN", 2, "obj"), ("that", .pron, "WDT", 8, "mark"), ("Tokyo", .propn, "NNP", 8, "nsubj"),
            ("should", .aux, "MD", 8, "aux"), ("leave", .verb, "VB", 4, "acl:relcl"),
        ]
        let parse = sentence(words).reportingToTheAddressee()
        #expect(parse.heads[7] == 1 && parse.relations[7] == "ccomp")
        // "told the envoy that had arrived": a relative clause whose `that` is its subject stays.
        var relative = words
        relative[4] = ("that", .pron, "WDT", 8, "nsubj")
        relative[5] = ("had", .aux, "VBD", 8, "aux")
        #expect(sentence(relative).reportingToTheAddressee().heads[7] == 3)
    }

    @Test func aFiniteVerbAfterAClauseOpenerOpensAClause() {
        let parse = sentence([
            ("The", .det, "DT", 2, "det"), ("offer", .noun, "NN", 3, "nsubj"), ("comes", .verb, "VBZ", 0, "root"),
            ("as", .adp, "IN", 7, "case"), ("the", .det, "DT", 7, "det"), ("Straw", .propn, "NNP", 7, "compound"),
            ("arrives", .verb, "VBZ", 3, "obl"), ("in", .adp, "IN", 9, "case"), ("Indonesia", .propn, "NNP", 7, "obl"),
        ]).openingClausesOnVerbs()
        #expect(parse.relations[6] == "advcl" && parse.heads[6] == 2)
        #expect(parse.relations[3] == "mark" && parse.relations[5] == "nsubj")
        #expect(parse.heads[4] == 5)
    }

    @Test func twoModifiersJoinedByAndShareTheirNoun() {
        let parse = sentence([
            ("Pretoria", .propn, "NNP", 2, "nsubj"), ("hosted", .verb, "VBD", 0, "root"),
            ("Russian", .propn, "NNP", 2, "obj"), ("and", .cconj, "CC", 6, "cc"), ("Chinese", .adj, "JJ", 6, "amod"),
            ("warships", .noun, "NNS", 3, "conj"),
        ]).sharingOneNoun()
        #expect(parse.heads[5] == 1 && parse.relations[5] == "obj")
        #expect(parse.heads[2] == 5 && parse.relations[2] == "amod")
        #expect(parse.heads[4] == 2 && parse.relations[4] == "conj")
        // "hosted Russia and its warships": a name with its own determiner or a noun with its own is left alone.
        let apart = sentence([
            ("hosted", .verb, "VBD", 0, "root"), ("Russia", .propn, "NNP", 1, "obj"), ("and", .cconj, "CC", 5, "cc"),
            ("its", .pron, "PRP$", 5, "nmod:poss"), ("warships", .noun, "NNS", 2, "conj"),
        ]).sharingOneNoun()
        #expect(apart.heads[4] == 1)
    }

    @Test func namesHungOnTheNounBeforeAnOfListContinueTheList() {
        // The parser's tree for "A coalition of the US, India, Australia and Japan will deliver aid".
        let parse = sentence([
            ("A", .det, "DT", 2, "det"), ("coalition", .noun, "NN", 13, "nsubj"), ("of", .adp, "IN", 5, "case"),
            ("the", .det, "DT", 5, "det"), ("US", .propn, "NNP", 2, "nmod"), (",", .punct, ",", 7, "punct"),
            ("India", .propn, "NNP", 2, "conj"), (",", .punct, ",", 9, "punct"), ("Australia", .propn, "NNP", 7, "conj"),
            ("and", .cconj, "CC", 11, "cc"), ("Japan", .propn, "NNP", 2, "conj"), ("will", .aux, "MD", 13, "aux"),
            ("deliver", .verb, "VB", 0, "root"), ("aid", .noun, "NN", 13, "obj"),
        ]).keepingListsInOfPhrases()
        #expect(parse.heads[6] == 4 && parse.relations[6] == "conj")
        #expect(parse.heads[10] == 4 && parse.relations[10] == "conj")
        #expect(parse.heads[8] == 6)
        // "the leader of Iran and his ministers": a common noun joined to the noun is left where it is.
        let apart = sentence([
            ("the", .det, "DT", 2, "det"), ("leader", .noun, "NN", 0, "root"), ("of", .adp, "IN", 4, "case"),
            ("Iran", .propn, "NNP", 2, "nmod"), ("and", .cconj, "CC", 7, "cc"), ("his", .pron, "PRP$", 7, "nmod:poss"),
            ("ministers", .noun, "NNS", 2, "conj"),
        ]).keepingListsInOfPhrases()
        #expect(apart.heads[6] == 1)
    }

    @Test func aRelativeClauseBetweenCommasDescribesTheNameThatIsTheSubjectOfTheVerbAfterIt() {
        // The parser's tree for "Tony Blair, who has pushed for talks and is one of America's allies, will meet Bush".
        let parse = sentence([
            ("Tony", .propn, "NNP", 6, "parataxis"), ("Blair", .propn, "NNP", 1, "flat"), (",", .punct, ",", 6, "punct"),
            ("who", .pron, "WP", 6, "nsubj"), ("has", .aux, "VBZ", 6, "aux"), ("pushed", .verb, "VBN", 19, "parataxis"),
            ("for", .adp, "IN", 8, "case"), ("talks", .noun, "NNS", 6, "obl"), ("and", .cconj, "CC", 11, "cc"),
            ("is", .aux, "VBZ", 11, "cop"), ("one", .num, "CD", 6, "conj"), ("of", .adp, "IN", 15, "case"),
            ("America", .propn, "NNP", 15, "nmod:poss"), ("'s", .part, "POS", 13, "case"), ("allies", .noun, "NNS", 11, "nmod"),
            (",", .punct, ",", 6, "punct"), ("will", .aux, "MD", 17, "aux"), ("meet", .verb, "VB", 0, "root"),
            ("Bush", .propn, "NNP", 18, "obj"),
        ]).closingRelativeClausesAtTheComma()
        #expect(parse.heads[0] == 17 && parse.relations[0] == "nsubj")
        #expect(parse.heads[5] == 0 && parse.relations[5] == "acl:relcl")
        // "Germany, which supplies Ukraine, condemned the attack", parsed right, is left as it is.
        let right = sentence([
            ("Germany", .propn, "NNP", 7, "nsubj"), (",", .punct, ",", 4, "punct"), ("which", .pron, "WDT", 4, "nsubj"),
            ("supplies", .verb, "VBZ", 1, "acl:relcl"), ("Ukraine", .propn, "NNP", 4, "obj"), (",", .punct, ",", 4, "punct"),
            ("condemned", .verb, "VBD", 0, "root"), ("it", .pron, "PRP", 7, "obj"),
        ])
        #expect(right.closingRelativeClausesAtTheComma().heads == right.heads)
    }

    @Test func aNameBeforeAnAsideIsTheSubjectOfTheVerbAfterIt() {
        // The parser's tree for "Mr Brown, meanwhile, is visiting Tanzania".
        let parse = sentence([
            ("Mr", .propn, "NNP", 0, "root"), ("Brown", .propn, "NNP", 1, "flat"), (",", .punct, ",", 7, "punct"),
            ("meanwhile", .adv, "RB", 7, "advmod"), (",", .punct, ",", 4, "punct"), ("is", .aux, "VBZ", 7, "aux"),
            ("visiting", .verb, "VBG", 1, "parataxis"), ("Tanzania", .propn, "NNP", 7, "obj"),
        ]).findingSubjectsBeforeAsides()
        #expect(parse.heads[6] == nil && parse.relations[6] == "root")
        #expect(parse.heads[0] == 6 && parse.relations[0] == "nsubj")
        // "The talks in Geneva, officials said": a clause with a subject of its own is left alone.
        let said = sentence([
            ("talks", .noun, "NNS", 0, "root"), ("in", .adp, "IN", 3, "case"), ("Geneva", .propn, "NNP", 1, "nmod"),
            (",", .punct, ",", 6, "punct"), ("officials", .noun, "NNS", 6, "nsubj"), ("said", .verb, "VBD", 1, "parataxis"),
        ])
        #expect(said.findingSubjectsBeforeAsides().heads == said.heads)
    }

    @Test func aNounInAForPhraseBeforeAnInfinitiveIsItsSubject() {
        // The parser's trees for "Germany called for the embargo on China to be lifted" and "... for the embargo to
        // be lifted", with the infinitive on the verb and on the noun.
        let onVerb = sentence([
            ("Germany", .propn, "NNP", 2, "nsubj"), ("called", .verb, "VBD", 0, "root"), ("for", .adp, "IN", 5, "case"),
            ("the", .det, "DT", 5, "det"), ("embargo", .noun, "NN", 2, "obl"), ("on", .adp, "IN", 7, "case"),
            ("China", .propn, "NNP", 5, "nmod"), ("to", .part, "TO", 10, "mark"), ("be", .aux, "VB", 10, "aux:pass"),
            ("lifted", .verb, "VBN", 2, "advcl"), (".", .punct, ".", 2, "punct"),
        ]).findingSubjectsOfForInfinitives()
        #expect(onVerb.heads[4] == 9 && onVerb.relations[4] == "nsubj:pass")
        #expect(onVerb.heads[2] == 9 && onVerb.relations[2] == "mark")
        let onNoun = sentence([
            ("Germany", .propn, "NNP", 2, "nsubj"), ("called", .verb, "VBD", 0, "root"), ("for", .adp, "IN", 5, "case"),
            ("the", .det, "DT", 5, "det"), ("embargo", .noun, "NN", 2, "obl"), ("to", .part, "TO", 8, "mark"),
            ("be", .aux, "VB", 8, "aux:pass"), ("lifted", .verb, "VBN", 5, "acl"), (".", .punct, ".", 2, "punct"),
        ]).findingSubjectsOfForInfinitives()
        #expect(onNoun.heads[7] == 1 && onNoun.relations[7] == "advcl")
        #expect(onNoun.heads[4] == 7 && onNoun.relations[4] == "nsubj:pass")
        #expect(onNoun.isTree)
        // "Russia has waited for a decade to join the WTO": a span of time is no subject.
        let waited = sentence([
            ("Russia", .propn, "NNP", 2, "nsubj"), ("waited", .verb, "VBD", 0, "root"), ("for", .adp, "IN", 5, "case"),
            ("a", .det, "DT", 5, "det"), ("decade", .noun, "NN", 2, "obl"), ("to", .part, "TO", 7, "mark"),
            ("join", .verb, "VB", 2, "advcl"), ("the", .det, "DT", 9, "det"), ("WTO", .propn, "NNP", 7, "obj"),
        ])
        #expect(waited.findingSubjectsOfForInfinitives().heads == waited.heads)
    }

    @Test func aRepairThatWouldLeaveNoTreeIsSkipped() {
        // Heads that go round (2 -> 3 -> 2) are no tree; mended() keeps the sentence as it was before such a repair.
        let cycle = sentence([
            ("Russia", .propn, "NNP", 2, "nsubj"), ("warned", .verb, "VBD", 3, "root"), ("Japan", .propn, "NNP", 2, "obj"),
        ])
        #expect(!cycle.isTree)
        let tree = sentence([
            ("Russia", .propn, "NNP", 2, "nsubj"), ("warned", .verb, "VBD", 0, "root"), ("Japan", .propn, "NNP", 2, "obj"),
        ])
        #expect(tree.isTree)
        #expect(tree.mended().isTree)
    }
}
