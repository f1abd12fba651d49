import Testing

@testable import ActorGraphCore

/// `Network.restricted(toDates:)`: a network cut to one period, by hand on a small network and against the builder's
/// own figures on the committed one.
@Suite struct NetworkPeriodTests {
    private static func node(_ id: String, _ kind: NodeKind = .country) -> Node {
        Node(id: id, label: id, kind: kind, mentions: 1)
    }

    private static func sentence(_ document: String, _ date: String?, _ stance: Double) -> Evidence {
        Evidence(document: document, sentence: 1, date: date, stance: stance, text: "\(document) says \(stance)")
    }

    /// India–Pakistan leans both ways in 2021 and is hostile in 2023; India–Russia is named in 2021 only; India and
    /// Pakistan both belong to SCO, India–SCO is named in 2023 only.
    private static let network = Network(
        corpus: .init(documents: 6, sentences: 40),
        nodes: [node("IND"), node("PAK"), node("RUS"), node("SCO", .grouping)],
        edges: [
            Edge(
                source: "IND", target: "PAK", kind: .relation, weight: 7, positive: 2, negative: 4, stance: -0.3, sign: -1,
                evidence: [
                    sentence("a", "2021-03-02", 0.5), sentence("b", "2021-09-10", -1), sentence("c", "2023-05-01", -0.8),
                    sentence("d", "2023-05-20", -0.4), sentence("undated", nil, -0.9),
                ],
                timeline: [
                    StancePeriod(month: "2021-03", weight: 2, positive: 2, negative: 0, stance: 0.5),
                    StancePeriod(month: "2021-09", weight: 1, positive: 0, negative: 1, stance: -1),
                    StancePeriod(month: "2023-05", weight: 3, positive: 0, negative: 3, stance: -0.6),
                ]),
            Edge(
                source: "IND", target: "RUS", kind: .relation, weight: 2, positive: 2, stance: 0.7, sign: 1,
                evidence: [sentence("e", "2021-04-01", 0.7)],
                timeline: [StancePeriod(month: "2021-04", weight: 2, positive: 2, negative: 0, stance: 0.7)]),
            Edge(source: "IND", target: "SCO", kind: .membership, weight: 1, stance: 1, sign: 1),
            Edge(
                source: "IND", target: "SCO", kind: .relation, weight: 1, evidence: [sentence("f", "2023-06-01", 0)],
                timeline: [StancePeriod(month: "2023-06", weight: 1, positive: 0, negative: 0, stance: 0)]),
            Edge(source: "PAK", target: "SCO", kind: .membership, weight: 1, stance: 1, sign: 1),
        ])

    @Test func aYearKeepsItsMonthsRecombinedAndItsOwnSentencesStrongestFirst() throws {
        let year = Self.network.restricted { $0.hasPrefix("2021") }
        let pair = try #require(year.edges(between: "IND", and: "PAK").first)
        // (2 × 0.5 + 1 × -1) / 3 = 0: no net stance in 2021, though the whole relation is hostile.
        #expect(pair.weight == 3 && pair.positive == 2 && pair.negative == 1)
        #expect(pair.stance == 0 && pair.sign == 0)
        #expect(pair.timeline.map(\.month) == ["2021-03", "2021-09"])
        #expect(pair.evidence.map(\.document) == ["b", "a"], "2021's sentences only, the one leaning most first")
        #expect(year.edges(between: "IND", and: "RUS").first?.weight == 2)
        #expect(year.corpus == Self.network.corpus)
    }

    @Test func aRelationWithoutSentencesInThePeriodGoesAndSoDoActorsLeftWithoutTies() throws {
        let year = Self.network.restricted { $0.hasPrefix("2023") }
        #expect(year.nodes.map(\.id) == ["IND", "PAK", "SCO"], "Russia is named with India in 2021 only")
        let pair = try #require(year.edges(between: "IND", and: "PAK").first)
        #expect(pair.weight == 3 && pair.stance == -0.6 && pair.sign == -1)
        #expect(pair.evidence.map(\.document) == ["c", "d"])
        // India–SCO keeps its membership; Pakistan–SCO too, since both Pakistan and SCO keep a relation.
        #expect(year.edges.filter { $0.kind == .membership }.count == 2)
    }

    @Test func aMembershipGoesWithTheRelationsOfItsEnds() {
        let year = Self.network.restricted { $0.hasPrefix("2021") }
        #expect(year.edges.allSatisfy { $0.kind == .relation }, "SCO is named in 2023 only")
        #expect(!year.nodes.contains { $0.id == "SCO" })
    }

    @Test func aPeriodWithoutSentencesLeavesAnEmptyNetwork() {
        let empty = Self.network.restricted { $0.hasPrefix("2022") }
        #expect(empty.nodes.isEmpty && empty.edges.isEmpty)
    }

    /// Over all its months, a relation whose every sentence is dated comes back with the counts, stance and sign the
    /// builder gave it from the sentences themselves: the period's rule is the builder's.
    @Test func allMonthsOfAFullyDatedRelationGiveTheBuildersFigures() throws {
        let network = try ExportFixtures.corpusNetwork()
        let whole = network.restricted { _ in true }
        let dated = network.edges.filter { $0.kind == .relation && $0.timeline.map(\.weight).reduce(0, +) == $0.weight }
        #expect(dated.count > 10)
        for edge in dated {
            let cut = try #require(whole.edges(between: edge.source, and: edge.target).first { $0.kind == .relation })
            #expect(cut.weight == edge.weight && cut.positive == edge.positive && cut.negative == edge.negative)
            #expect(abs(cut.stance - edge.stance) <= 0.00005, "\(edge.source)–\(edge.target)")
            #expect(cut.sign == edge.sign, "\(edge.source)–\(edge.target)")
            #expect(cut.evidence == edge.evidence, "every stored sentence is dated, already strongest first")
        }
    }
}
