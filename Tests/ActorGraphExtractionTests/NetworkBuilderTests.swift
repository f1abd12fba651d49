import ActorGraphCore
import Foundation
import Testing

@testable import ActorGraphExtraction

/// Adding documents' extractions up into a network: first hand-made extractions with known counts, then the five
/// articles of `Corpus/` through the whole pipeline.
@Suite struct NetworkBuilderTests {
    let gazetteer: Gazetteer
    let extractor: RelationExtractor

    init() throws {
        gazetteer = try Gazetteer.load()
        extractor = try RelationExtractor(gazetteer: gazetteer, lexicon: try StanceLexicon.bundled())
    }

    /// An extraction of a document whose sentence `i` relates `pair` with `stances[i]`.
    private func extraction(
        _ name: String, date: String?, pair: (String, String), stances: [Double], mentions: [String: Int]? = nil
    ) -> DocumentExtraction {
        let document = Document(name: name, title: "", date: date, paragraphs: [])
        let observations = stances.enumerated().map { index, stance in
            DocumentExtraction.Observation(
                a: pair.0, b: pair.1, sentence: index, stance: stance, cue: stance == 0 ? nil : "cue \(index)")
        }
        let texts = Dictionary(uniqueKeysWithValues: stances.indices.map { ($0, "\(name) sentence \($0)") })
        return DocumentExtraction(
            document: document, sentenceCount: stances.count,
            mentions: mentions ?? [pair.0: stances.count, pair.1: stances.count],
            observations: observations, sentenceTexts: texts)
    }

    // MARK: Hand-made extractions

    @Test func countsAreExactAndEvidenceIsTheStrongestFew() throws {
        var builder = NetworkBuilder(gazetteer: gazetteer)
        builder.add(extraction("a.txt", date: "2021-04-15", pair: ("IND", "RUS"),
            stances: [0.5, -0.2, 0, 0.8, 0.3, 0.1, -0.9]))
        let network = builder.network()
        let edge = try #require(network.edges(between: "RUS", and: "IND").first)
        #expect(edge.kind == .relation)
        #expect((edge.source, edge.target) == ("IND", "RUS"))
        #expect(edge.weight == 7)
        #expect(edge.positive == 4)
        #expect(edge.negative == 2)
        #expect(edge.stance == 0.0857)  // 0.6 / 7, rounded to four places
        #expect(edge.sign == 1)
        // Capped at the default, strongest first: for a cooperative edge, the most cooperative sentences.
        #expect(NetworkBuilder.defaultEvidenceLimit == 5)
        #expect(edge.evidence.map(\.sentence) == [3, 0, 4, 5, 2])
        let strongest = try #require(edge.strongestEvidence)
        #expect(strongest == Evidence(
            document: "a.txt", sentence: 3, date: "2021-04-15", stance: 0.8, cue: "cue 3", text: "a.txt sentence 3"))
        #expect(network.corpus == .init(documents: 1, sentences: 7, dates: "2021-04-15"..."2021-04-15"))
        #expect(network.node(id: "IND") == Node(
            id: "IND", label: "India", kind: .country, mentions: 7,
            aliases: gazetteer.aliases(of: Node(id: "IND", label: "India", kind: .country))))
    }

    @Test func withoutALimitEveryEvidenceIsKept() throws {
        var builder = NetworkBuilder(gazetteer: gazetteer, evidenceLimit: nil)
        let stances = (0..<23).map { Double($0 % 5) / 10 - 0.2 }
        builder.add(extraction("a.txt", date: nil, pair: ("CHN", "IND"), stances: stances))
        let edge = try #require(builder.network().edges(between: "CHN", and: "IND").first)
        #expect(edge.weight == 23)
        #expect(edge.evidence.count == 23)
        #expect(Set(edge.evidence.map(\.sentence)) == Set(0..<23))
        #expect(edge.evidence.map { abs($0.stance) } == edge.evidence.map { abs($0.stance) }.sorted(by: >))
    }

    /// Equals go by document name, then sentence, so the kept evidence is the same in any input order.
    @Test func equalStrengthGoesByDocumentThenSentenceInAnyInputOrder() throws {
        func evidence(_ documents: [(String, [Double])]) throws -> [String] {
            var builder = NetworkBuilder(gazetteer: gazetteer, evidenceLimit: 3)
            for (name, stances) in documents {
                builder.add(extraction(name, date: nil, pair: ("IND", "PAK"), stances: stances))
            }
            let edge = try #require(builder.network().edges(between: "IND", and: "PAK").first)
            #expect(edge.weight == 5)
            return edge.evidence.map { "\($0.document)#\($0.sentence)" }
        }
        let inOrder = try evidence([("first.txt", [-0.5, 0.5]), ("second.txt", [0.5, -0.5, 0.5])])
        #expect(inOrder == ["first.txt#1", "second.txt#0", "second.txt#2"])
        #expect(try evidence([("second.txt", [0.5, -0.5, 0.5]), ("first.txt", [-0.5, 0.5])]) == inOrder)
    }

    /// Stances add up exactly, so the mean is the same in any order: as doubles, these four summed in one order
    /// averaged 0.2575 and in another 0.2576 (the exact mean, 0.25755, rounds up).
    @Test func theStanceIsTheSameInAnyInputOrder() throws {
        let stances = [-0.6137, 0.6234, 0.4728, 0.5477]
        func stance(_ order: [Int]) throws -> (edge: Double, month: Double?) {
            var builder = NetworkBuilder(gazetteer: gazetteer)
            for index in order {
                builder.add(
                    extraction("\(index).txt", date: "2021-04-15", pair: ("IND", "RUS"), stances: [stances[index]]))
            }
            let edge = try #require(builder.network().edges(between: "IND", and: "RUS").first)
            return (edge.stance, edge.timeline.first?.stance)
        }
        for order in [[0, 1, 2, 3], [1, 2, 0, 3], [3, 2, 1, 0]] {
            let found = try stance(order)
            #expect(found.edge == 0.2576, "order \(order)")
            #expect(found.month == 0.2576, "order \(order)")
        }
    }

    /// A person the gazetteer does not list takes the affiliation most documents give, a tie going to the first
    /// document by name, whatever order the documents come in (UnlistedPeople).
    @Test(arguments: [
        ([("a.txt", "PSE"), ("b.txt", "ISR"), ("c.txt", "ISR")], "ISR"),
        ([("b.txt", "ISR"), ("a.txt", "PSE")], "PSE"),
        ([("b.txt", "PSE"), ("c.txt", "ISR")], "PSE"),
    ])
    func anUnlistedPersonsAffiliationIsTheOneMostDocumentsGive(documents: [(String, String)], expected: String) throws {
        func affiliation(_ documents: [(String, String)]) -> String? {
            var builder = NetworkBuilder(gazetteer: gazetteer)
            for (name, country) in documents {
                var extraction = extraction(name, date: nil, pair: (country, "avi-cohenstein"), stances: [0])
                extraction.newActors = [
                    Actor(id: "avi-cohenstein", label: "Avi Cohenstein", kind: .person, affiliation: country)
                ]
                builder.add(extraction)
            }
            return builder.network().node(id: "avi-cohenstein")?.affiliation
        }
        #expect(affiliation(documents) == expected)
        #expect(affiliation(documents.reversed()) == expected)
    }

    /// A cooperative tie is shown by a cooperative sentence even when a hostile one is stronger in absolute
    /// terms, in every output that shows one sentence (Edge.strongestEvidence).
    @Test func theSentenceShownLeansTheEdgesWay() throws {
        var builder = NetworkBuilder(gazetteer: gazetteer, evidenceLimit: 2)
        builder.add(extraction("a.txt", date: nil, pair: ("CHN", "RUS"), stances: [0.3, -0.9, 0.4, 0.3, 0.2]))
        let edge = try #require(builder.network().edges(between: "CHN", and: "RUS").first)
        #expect(edge.sign == 1)
        #expect(edge.evidence.map(\.stance) == [0.4, 0.3])
        #expect(edge.strongestEvidence?.stance == 0.4)
    }

    @Test func aSmallNetStanceGivesNoSign() throws {
        var builder = NetworkBuilder(gazetteer: gazetteer)
        builder.add(extraction("a.txt", date: nil, pair: ("IND", "USA"), stances: [0.3, -0.2, -0.02]))
        let edge = try #require(builder.network().edges(between: "IND", and: "USA").first)
        #expect(edge.stance == 0.0267)
        #expect(edge.sign == 0)
        #expect((edge.positive, edge.negative) == (1, 2))
    }

    @Test func membershipEdgesFollowTheDocumentsDates() {
        // India joined the SCO on 2017-06-09, China founded it in 2001.
        let mentions = ["SCO": 1, "IND": 1, "CHN": 1, "USA": 1]
        func membershipPairs(_ date: String?) -> [String] {
            var builder = NetworkBuilder(gazetteer: gazetteer)
            builder.add(extraction("a.txt", date: date, pair: ("CHN", "IND"), stances: [0.1], mentions: mentions))
            return builder.network().edges.filter { $0.kind == .membership }.map { "\($0.source)-\($0.target)" }
        }
        #expect(membershipPairs("2016-05-01") == ["CHN-SCO"])
        #expect(membershipPairs("2021-04-15") == ["CHN-SCO", "IND-SCO"])
        // An undated article counts the memberships that still hold.
        #expect(membershipPairs(nil) == ["CHN-SCO", "IND-SCO"])
    }

    @Test func theDocumentIndexKeepsInputOrder() {
        var builder = NetworkBuilder(gazetteer: gazetteer)
        builder.add(extraction("b.txt", date: "2021-01-02", pair: ("IND", "RUS"), stances: [0.2]))
        builder.addSkipped(SkippedInput(name: "broken.html", reason: "not text"))
        builder.add(extraction("a.txt", date: nil, pair: ("IND", "RUS"), stances: [0.2, 0.4]))
        #expect(builder.documentIndex == DocumentIndex.encodedData([
            .read(document: "b.txt", title: "", date: "2021-01-02", sentences: 1, mentions: ["IND": 1, "RUS": 1]),
            .skipped(document: "broken.html", reason: "not text"),
            .read(document: "a.txt", title: "", date: nil, sentences: 2, mentions: ["IND": 2, "RUS": 2]),
        ]))
        // The span of dates is the dated articles' only.
        #expect(builder.network().corpus == .init(documents: 2, sentences: 3, dates: "2021-01-02"..."2021-01-02"))
    }

    // MARK: One sentence

    @Test func stanceBelongsToThePairTheCueIsAbout() throws {
        // Corpus/002: the threat is the United States' against India, the purchase India's from Russia.
        let found = extractor.relations(in: "Moscow: The United States is threatening to impose sanctions on India "
            + "to purchase the S-400 air defence system from Russia.")
        let byPair = Dictionary(uniqueKeysWithValues: found.observations.map { ("\($0.a)-\($0.b)", $0) })
        let usIndia = try #require(byPair["IND-USA"])
        #expect(usIndia.stance < 0)
        #expect(usIndia.cue != nil)
        #expect(found.observations.allSatisfy { $0.a < $0.b })
    }

    // MARK: The corpus

    private func buildCorpus(evidenceLimit: Int? = NetworkBuilder.defaultEvidenceLimit) throws -> CorpusBuild {
        try CorpusBuild.run(paths: [ReadingFixtures.corpus], extractor: extractor, evidenceLimit: evidenceLimit)
    }

    private func relation(_ a: String, _ b: String, in network: Network) -> Edge? {
        network.edges(between: a, and: b).first { $0.kind == .relation }
    }

    @Test func theCorpusRelatesIndiaAndRussiaCooperatively() throws {
        let network = try buildCorpus().network
        #expect(network.corpus.documents == 5)
        let edge = try #require(relation("IND", "RUS", in: network))
        #expect(edge.sign == 1)
        #expect(edge.stance > 0)
        #expect(edge.positive > 2 * edge.negative)
        // India and Russia are named together in dozens of sentences across all five articles.
        #expect(edge.weight > 40)
        #expect(Set(edge.evidence.map(\.document)).count > 1)
    }

    @Test func theCorpusRelatesIndiaAndChinaConflictually() throws {
        let network = try buildCorpus().network
        let edge = try #require(relation("CHN", "IND", in: network))
        #expect(edge.sign == -1)
        #expect(edge.stance < 0)
        // Corpus/002: "... India has taken a stand against China after the Chinese act of betrayal ..." is the
        // strongest sentence behind the pair.
        let strongest = try #require(edge.evidence.first)
        #expect(strongest.document == "002_8ee327dd7f76f392.txt")
        #expect(strongest.stance < 0)
        #expect(strongest.text.contains("act of betrayal"))
    }

    @Test func theCorpusRelatesTheUnitedStatesAndIndiaConflictually() throws {
        // Corpus/002: the threat of sanctions over the S-400.
        let edge = try #require(relation("IND", "USA", in: try buildCorpus().network))
        #expect(edge.sign == -1)
        #expect(edge.evidence.contains { $0.text.contains("threatening to impose sanctions on India") && $0.stance < 0 })
    }

    @Test func evidenceCarriesDocumentSentenceDateAndCue() throws {
        let documents = try ReadingFixtures.corpusDocuments()
        let network = try buildCorpus().network
        var checked = 0
        for edge in network.edges where edge.kind == .relation {
            for evidence in edge.evidence {
                let document = try #require(documents[evidence.document], "\(evidence.document)")
                let sentences = document.sentences
                #expect(sentences.indices.contains(evidence.sentence))
                if sentences.indices.contains(evidence.sentence) {
                    #expect(sentences[evidence.sentence] == evidence.text)
                }
                #expect(evidence.date == document.date)
                // A sentence that leans has the cue that made it lean; a neutral one has none.
                #expect((evidence.cue != nil) == (evidence.stance != 0), "\(evidence.cue ?? "nil") \(evidence.stance)")
                checked += 1
            }
        }
        #expect(checked > 100)
        // Corpus/001 is dated April 15, 2021; Corpus/004 "New Delhi, Dec 28" with 2023 from its text.
        let dated = network.edges.flatMap(\.evidence).filter { $0.document == "001_c0178adbd0b04c20.txt" }
        #expect(!dated.isEmpty && dated.allSatisfy { $0.date == "2021-04-15" })
    }

    @Test func evidenceIsCappedWhileCountsStayExact() throws {
        let capped = try buildCorpus().network
        let all = try buildCorpus(evidenceLimit: nil).network
        #expect(capped.edges.count == all.edges.count)
        var bigEdges = 0
        for (edge, full) in zip(capped.edges, all.edges) {
            #expect((edge.source, edge.target, edge.kind) == (full.source, full.target, full.kind))
            #expect(edge.weight == full.weight && edge.stance == full.stance && edge.sign == full.sign)
            #expect(edge.evidence.count == min(edge.weight, NetworkBuilder.defaultEvidenceLimit) || edge.kind == .membership)
            if edge.kind == .relation { #expect(full.evidence.count == full.weight) }
            if edge.weight > NetworkBuilder.defaultEvidenceLimit { bigEdges += 1 }
            // The capped evidence is the head of the full list.
            #expect(Array(full.evidence.prefix(edge.evidence.count)) == edge.evidence)
        }
        #expect(bigEdges > 3)
    }

    @Test func groupingsTheCorpusNamesGetMembershipEdges() throws {
        let network = try buildCorpus().network
        let memberships = Set(network.edges.filter { $0.kind == .membership }.map { "\($0.source)-\($0.target)" })
        #expect(memberships.isSuperset(of: [
            "IND-SCO", "PAK-SCO", "RUS-SCO", "CHN-SCO", "IND-QUAD", "QUAD-USA", "BRICS-IND", "BRICS-RUS", "BRICS-CHN",
        ]))
        // Members only: Russia is not in the Quad, Pakistan not in BRICS; NATO is never named.
        #expect(!memberships.contains("QUAD-RUS"))
        #expect(!memberships.contains("BRICS-PAK"))
        #expect(!network.edges.contains { $0.source == "NATO" || $0.target == "NATO" })
        for edge in network.edges where edge.kind == .membership {
            #expect(edge.sign == 1 && edge.weight == 1 && edge.evidence.isEmpty)
        }
    }

    @Test func nodesCarryKindsAndAffiliations() throws {
        let network = try buildCorpus().network
        #expect(network.node(id: "IND")?.kind == .country)
        #expect((network.node(id: "IND")?.mentions ?? 0) > 50)
        #expect(network.node(id: "SCO")?.kind == .grouping)
        #expect(network.node(id: "WEST")?.kind == .bloc)
        #expect(network.node(id: "s-jaishankar")?.affiliation == "IND")
        #expect(network.node(id: "sergey-lavrov")?.affiliation == "RUS")
        // Every edge joins two nodes of the network, in plain string order.
        for edge in network.edges {
            #expect(edge.source < edge.target)
            #expect(network.node(id: edge.source) != nil && network.node(id: edge.target) != nil)
        }
    }

    @Test func twoBuildsOfTheCorpusAreEqual() throws {
        let first = try buildCorpus()
        let second = try buildCorpus()
        #expect(first.network == second.network)
        #expect(first.documentIndex == second.documentIndex)
        #expect(first.network.nodes.map(\.id) == first.network.nodes.map(\.id).sorted())
    }
}
