import Testing

@testable import ActorGraphCore

/// `NetworkDiff` on two small networks whose changes are known by construction, and on a network against itself.
@Suite struct NetworkDiffTests {
    private static func pairs(_ changes: [NetworkDiff.Change]) -> [String] {
        changes.map { $0.source + "–" + $0.target }
    }

    @Test func eachKindOfChangeListsExactlyTheRelationsThatChangedThatWay() {
        let diff = DiffFixtures.diff(measure: .degree)
        #expect(Self.pairs(diff.appeared) == ["A–C", "D–E"], "most sentences first")
        #expect(Self.pairs(diff.vanished) == ["B–C"])
        #expect(Self.pairs(diff.flipped) == ["A–B"])
        #expect(Self.pairs(diff.stanceChanges) == ["A–D", "B–D"], "equal changes of 0.3 in pair order; the flip apart")
        #expect(diff.stanceChanges.map(\.stanceChange) == [0.3, -0.3])
        #expect(Self.pairs(diff.weightChanges) == ["A–D", "A–B"])
        #expect(diff.weightChanges.map(\.weightChange) == [4, 1])
        #expect(diff.actorsAppeared == ["E"] && diff.actorsVanished.isEmpty)
        #expect(diff.old == NetworkDiff.Side(name: "before", actors: 4, relations: 5))
        #expect(diff.new == NetworkDiff.Side(name: "after", actors: 5, relations: 6))
        #expect(!diff.isEmpty)
    }

    @Test func aFlipIsExplainedByTheStrongestSentenceOfEachSideForItsOwnSign() throws {
        let diff = DiffFixtures.diff()
        let flip = try #require(diff.flipped.first)
        #expect(flip.old?.strongestEvidence?.document == "a", "the most cooperative of the cooperative relation")
        #expect(flip.new?.strongestEvidence?.document == "c", "the most hostile of the hostile one")
        #expect(flip.stanceChange == -1.1)
        #expect(diff.appeared.first?.old == nil && diff.appeared.first?.new?.strongestEvidence?.document == "f")
        #expect(diff.vanished.first?.new == nil && diff.vanished.first?.old?.strongestEvidence?.document == "e")
    }

    /// Degrees before: B and D 3, A and C 2 (ranks 1, 1, 3, 3); after: D 4, A 3, B and C 2, E 1 (ranks 1, 2, 3, 3, 5).
    @Test func ranksAreSharedByEqualValuesAndOnlyActorsOfBothMove() {
        let diff = DiffFixtures.diff(measure: .degree)
        #expect(diff.rankMoves == [
            NetworkDiff.RankMove(id: "B", oldRank: 1, newRank: 3),
            NetworkDiff.RankMove(id: "A", oldRank: 3, newRank: 2),
        ])
        #expect(diff.rankMoves.map(\.move) == [-2, 1])
        #expect(diff.rankFailure == nil)
    }

    @Test func sectionsShowTheFirstOfEachListAndMarkARelationShownAbove() {
        let sections = DiffFixtures.diff().sections(showing: 1)
        #expect(sections.map(\.title) == ["Appeared", "Vanished", "Flipped", "Stance changed", "Weight changed"])
        #expect(sections.map(\.summary) == [
            "2 relations in after, not in before", "1 relation in before, not in after",
            "1 relation turned from cooperative to hostile or back", "2 other relations", "2 relations",
        ])
        #expect(sections.map(\.changes.count) == [2, 1, 1, 2, 2])
        #expect(sections.map { Self.pairs($0.shown.map(\.change)) } == [["A–C"], ["B–C"], ["A–B"], ["A–D"], ["A–D"]])
        #expect(sections.map { $0.shown.map(\.isRepeat) } == [[false], [false], [false], [false], [true]])
    }

    @Test func aNetworkAgainstItselfHasNothingToShow() throws {
        let network = try ExportFixtures.corpusNetwork()
        let diff = NetworkDiff(old: network, oldName: "a", new: network, newName: "b")
        #expect(diff.isEmpty)
        #expect(diff.labels["IND"] == "India")
    }
}

/// Two small networks whose changes are known by construction, for the diff and the report's "What changed".
enum DiffFixtures {
    private static func relation(
        _ source: String, _ target: String, weight: Int, stance: Double, evidence: [Evidence] = []
    ) -> Edge {
        Edge(
            source: source, target: target, kind: .relation, weight: weight, stance: stance,
            sign: Stance.sign(of: stance), evidence: evidence)
    }

    private static func sentence(_ document: String, _ stance: Double) -> Evidence {
        Evidence(document: document, sentence: 1, stance: stance, text: "\(document): \(stance)")
    }

    private static func network(_ ids: [String], _ edges: [Edge]) -> Network {
        Network(
            corpus: .init(documents: 1, sentences: 1),
            nodes: ids.map { Node(id: $0, label: "Actor \($0)", kind: .country, mentions: 1) }, edges: edges)
    }

    /// A–B turns hostile, A–C appears, B–C vanishes, A–D warms and grows, B–D loses its sign, C–D stays as it is, and
    /// E arrives tied to D.
    static let old = network(["A", "B", "C", "D"], [
        relation("A", "B", weight: 3, stance: 0.5, evidence: [sentence("a", 0.8), sentence("b", -0.2)]),
        relation("A", "D", weight: 2, stance: 0.2),
        relation("B", "C", weight: 2, stance: -0.5, evidence: [sentence("e", -0.5)]),
        relation("B", "D", weight: 1, stance: 0.3),
        relation("C", "D", weight: 1, stance: 0),
    ])
    static let new = network(["A", "B", "C", "D", "E"], [
        relation("A", "B", weight: 4, stance: -0.6, evidence: [sentence("c", -0.9), sentence("d", 0.1)]),
        relation("A", "C", weight: 5, stance: 0.4, evidence: [sentence("f", 0.4)]),
        relation("A", "D", weight: 6, stance: 0.5),
        relation("B", "D", weight: 1, stance: 0),
        relation("C", "D", weight: 1, stance: 0),
        relation("D", "E", weight: 1, stance: -1),
    ])

    /// From `old`, named "before", to `new`, named "after".
    static func diff(measure: CentralityMeasure = .pagerank) -> NetworkDiff {
        NetworkDiff(old: old, oldName: "before", new: new, newName: "after", measure: measure)
    }
}
