import Foundation
import Testing

@testable import ActorGraphCore

/// `PeopleFold`: people counted as their countries, each sentence once, stances recombined as the build makes them.
@Suite struct PeopleFoldTests {
    static let december = "2023-12-28"
    static let april = "2021-04-06"

    static func sentence(
        _ document: String, _ index: Int, _ stance: Double, cue: String? = nil, _ source: String? = nil,
        _ target: String? = nil
    ) -> Evidence {
        Evidence(
            document: document, sentence: index, date: document == "a" ? december : april, stance: stance, cue: cue,
            source: source, target: target, text: "Sentence \(index) of \(document).")
    }

    /// A relation keeping every sentence it has, with its counts and timeline as the build makes them.
    static func relation(_ a: String, _ b: String, _ evidence: [Evidence]) -> Edge {
        var tally = StanceTally()
        var months: [String: StanceTally] = [:]
        for item in evidence {
            tally.add(item.stance)
            months[String(item.date!.prefix(7)), default: StanceTally()].add(item.stance)
        }
        let (source, target) = a < b ? (a, b) : (b, a)
        return Edge(
            source: source, target: target, kind: .relation, weight: tally.weight, positive: tally.positive,
            negative: tally.negative, stance: tally.stance, sign: Stance.sign(of: tally.stance), evidence: evidence,
            timeline: months.sorted { $0.key < $1.key }.map {
                StancePeriod(month: $0.key, weight: $0.value.weight, positive: $0.value.positive,
                             negative: $0.value.negative, stance: $0.value.stance)
            })
    }

    /// Russia, India and China with their people, one person without a country and one whose country is not here.
    static func network() -> Network {
        let nodes = [
            Node(id: "RUS", label: "Russia", kind: .country, mentions: 10, aliases: ["Moscow"]),
            Node(id: "IND", label: "India", kind: .country, mentions: 8),
            Node(id: "CHN", label: "China", kind: .country, mentions: 3),
            Node(id: "QUAD", label: "Quad", kind: .grouping, mentions: 1),
            Node(
                id: "vladimir-putin", label: "Vladimir Putin", kind: .person, mentions: 4, affiliation: "RUS",
                aliases: ["Putin"]),
            Node(
                id: "sergey-lavrov", label: "Sergey Lavrov", kind: .person, mentions: 2, affiliation: "RUS",
                aliases: ["Lavrov"]),
            Node(id: "s-jaishankar", label: "S. Jaishankar", kind: .person, mentions: 3, affiliation: "IND"),
            Node(id: "a-spokesman", label: "A Spokesman", kind: .person, mentions: 1),
            Node(id: "jean-envoy", label: "Jean Envoy", kind: .person, mentions: 1, affiliation: "FRA"),
        ]
        func s(_ document: String, _ index: Int, _ stance: Double, cue: String? = nil, _ by: String? = nil, _ on: String? = nil)
            -> Evidence { sentence(document, index, stance, cue: cue, by, on) }
        let edges = [
            // a#1 names Putin, Russia and India: one sentence of Russia–India, its cue once.
            relation("IND", "RUS", [s("a", 1, 0.5, cue: "cooperat*"), s("a", 2, 0), s("b", 1, -0.4, cue: "critici*", "RUS", "IND")]),
            relation("IND", "vladimir-putin", [s("a", 1, 0), s("a", 3, 0.3, cue: "warm", "vladimir-putin", "IND"),
                                               s("b", 1, 0.3, cue: "warm", "vladimir-putin", "IND")]),
            relation("RUS", "sergey-lavrov", [s("a", 4, 0.2, cue: "praise*", "sergey-lavrov", "RUS")]),
            relation("sergey-lavrov", "vladimir-putin", [s("a", 4, 0)]),
            relation("s-jaishankar", "sergey-lavrov", [s("a", 5, 0.6, cue: "gratitude", "s-jaishankar", "sergey-lavrov")]),
            // One act read for Russia and for Lavrov counts once.
            relation("CHN", "RUS", [s("a", 6, -0.5, cue: "condemn*", "RUS", "CHN")]),
            relation("CHN", "sergey-lavrov", [s("a", 6, -0.5, cue: "condemn*", "sergey-lavrov", "CHN")]),
            relation("IND", "a-spokesman", [s("a", 7, 0)]),
            relation("IND", "jean-envoy", [s("a", 8, 0)]),
            relation("QUAD", "s-jaishankar", [s("a", 9, 0.4, cue: "join*")]),
            Edge(source: "IND", target: "QUAD", kind: .membership, weight: 1, stance: 1, sign: 1),
        ]
        return Network(corpus: .init(documents: 2, sentences: 20), nodes: nodes, edges: edges)
    }

    @Test func peopleLeaveTheNodesForTheirCountriesMentionsIncluded() throws {
        let folded = PeopleFold(Self.network()).network
        #expect(folded.nodes.map(\.id) == ["CHN", "IND", "QUAD", "RUS", "a-spokesman", "jean-envoy"])
        #expect(folded.folded.map(\.id) == ["s-jaishankar", "sergey-lavrov", "vladimir-putin"])
        #expect(folded.node(id: "RUS")?.mentions == 16)
        #expect(folded.node(id: "IND")?.mentions == 11)
        #expect(folded.actorLabel("sergey-lavrov") == "Sergey Lavrov (Russia)")
    }

    /// Russia–India holds every sentence tying one side to the other, each once: a#1 (Russia and Putin), a#2, a#3
    /// (Putin), a#5 (Lavrov and Jaishankar) and b#1 (Russia's criticism, Putin's warm words).
    @Test func aSentenceBehindSeveralTiesCountsOnce() throws {
        let folded = PeopleFold(Self.network())
        let edge = try #require(folded.network.edges(between: "RUS", and: "IND").first)
        #expect(edge.weight == 5)
        #expect(Set(edge.evidence.map { "\($0.document)#\($0.sentence)" }) == ["a#1", "a#2", "a#3", "a#5", "b#1"])
        #expect(folded.estimatedTies.isEmpty)
    }

    /// The stance of each sentence is the sum of its distinct cues (a#1: 0.5; b#1: −0.4 + 0.3), the edge's the mean
    /// of its sentences: (0.5 + 0 + 0.3 + 0.6 − 0.1) / 5.
    @Test func stanceIsRecombinedAsTheBuildCombinesSentences() throws {
        let edge = try #require(PeopleFold(Self.network()).network.edges(between: "IND", and: "RUS").first)
        #expect(edge.stance == 0.26 && edge.sign == 1)
        #expect(edge.positive == 3 && edge.negative == 1)
        let b1 = try #require(edge.evidence.first { $0.document == "b" })
        #expect(b1.stance == -0.1 && b1.cue == "critici*" && b1.source == "RUS" && b1.people == ["vladimir-putin"])
        #expect(edge.timeline == [
            StancePeriod(month: "2021-04", weight: 1, positive: 0, negative: 1, stance: -0.1),
            StancePeriod(month: "2023-12", weight: 4, positive: 3, negative: 0, stance: 0.35),
        ])
        let china = try #require(PeopleFold(Self.network()).network.edges(between: "CHN", and: "RUS").first)
        #expect(china.weight == 1 && china.stance == -0.5 && china.evidence[0].people == ["sergey-lavrov"])
    }

    @Test func evidenceSaysWhoActedAndThroughWhom() throws {
        let edge = try #require(PeopleFold(Self.network()).network.edges(between: "IND", and: "RUS").first)
        let byKey = Dictionary(uniqueKeysWithValues: edge.evidence.map { ("\($0.document)#\($0.sentence)", $0) })
        #expect(byKey["a#3"]?.source == "vladimir-putin" && byKey["a#3"]?.people == ["vladimir-putin"])
        #expect(byKey["a#5"]?.source == "s-jaishankar" && byKey["a#5"]?.target == "sergey-lavrov")
        #expect(byKey["a#5"]?.people == ["s-jaishankar", "sergey-lavrov"])
        #expect(byKey["a#2"]?.people == [])
        #expect(edge.evidence == edge.evidenceByStrength, "strongest first")
    }

    /// Lavrov–Russia and Putin–Lavrov are ties within Russia; a person without a country, or whose country the
    /// network lacks, keeps their ties; a person's tie with a grouping becomes their country's; memberships stay.
    @Test func tiesWithinACountryGoAndUnfoldablePeopleStay() {
        let folded = PeopleFold(Self.network()).network
        #expect(folded.edges.allSatisfy { $0.source != $0.target })
        #expect(folded.edges(touching: "sergey-lavrov").isEmpty && folded.edges(touching: "vladimir-putin").isEmpty)
        #expect(folded.edges(between: "IND", and: "a-spokesman").count == 1)
        #expect(folded.edges(between: "IND", and: "jean-envoy").count == 1)
        #expect(folded.edges(between: "IND", and: "QUAD").map(\.kind) == [.membership, .relation])
        #expect(folded.edges.count == 6)
    }

    @Test func foldingTwiceIsFoldingOnce() {
        let once = PeopleFold(Self.network()).network
        #expect(PeopleFold(once).network == once)
    }

    /// A tie that keeps only some of its sentences cannot be matched sentence by sentence: what it did not store
    /// counts as distinct, the merged weight is an upper bound, and the fold says which ties that touches.
    @Test func cappedEvidenceGivesAnUpperBoundAndSaysSo() throws {
        let nodes = Self.network().nodes.filter { ["RUS", "IND", "vladimir-putin"].contains($0.id) }
        let shared = Self.sentence("a", 1, 0.5, cue: "cooperat*")
        let edges = [
            Edge(source: "IND", target: "RUS", kind: .relation, weight: 3, positive: 2, stance: 0.3, sign: 1, evidence: [shared]),
            Edge(source: "IND", target: "vladimir-putin", kind: .relation, weight: 2, positive: 1, stance: 0.25, sign: 1,
                 evidence: [shared]),
        ]
        let fold = PeopleFold(Network(corpus: .init(documents: 1, sentences: 5), nodes: nodes, edges: edges))
        let edge = try #require(fold.network.edges(between: "IND", and: "RUS").first)
        #expect(edge.weight == 4, "the stored a#1 once, and the 2 + 1 sentences not stored")
        #expect(edge.positive == 2 && edge.stance == 0.225, "a#1's 0.5 and what each tie's sum (0.9, 0.5) leaves beside it, over 4")
        #expect(edge.evidence.count == 1, "as many sentences as the capped ties kept")
        #expect(fold.estimatedTies.map(\.source) == ["IND"])
    }

    @Test func aFoldedNetworkSurvivesTheNetworkFile() throws {
        let folded = PeopleFold(Self.network()).network
        let data = NetworkJSON.encodedData(folded)
        #expect(try NetworkJSON.decode(data) == folded)
        #expect(try JSONDecoder().decode(NetworkJSON.File.self, from: data) == NetworkFileScanner.file(data))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""people": ["s-jaishankar", "sergey-lavrov"]"#))
        #expect(text.contains(#" "folded": ["#))
    }

    @Test func namesOfFoldedPeopleResolveToTheirCountry() throws {
        let folded = PeopleFold(Self.network()).network
        let resolver = NameResolver(network: folded)
        #expect(try resolver.resolve("Putin").id == "RUS")
        #expect(try resolver.resolve("Lavrov").id == "RUS")
        #expect(try resolver.resolve("s-jaishankar").id == "IND")
        #expect(try resolver.resolve("a spokesman").id == "a-spokesman")
        #expect(resolver.foldedPerson(named: "lavrov")?.id == "sergey-lavrov")
        #expect(resolver.foldedPerson(named: "Moscow") == nil && resolver.foldedPerson(named: "India") == nil)
    }
}
