import ActorGraphCore
import Testing

@Suite struct TriangleCensusTests {
    @Test func gahukuGamaCensus() {
        let census = GahukuGama.graph.triangleCensus()
        #expect(census == TriangleCensus(allPositive: 19, twoPositive: 2, onePositive: 40, allNegative: 7))
        #expect(TriangleCensus.patterns.map { census[$0] } == [19, 2, 40, 7])
        #expect(census.total == 68)
        #expect(census.balanced == 59)
        #expect(census.weaklyBalanced == 66)
        #expect(census["++0"] == nil)
    }

    @Test func perNodeCensusesAddUpToThreeTimesTheGraphs() {
        let signed = GahukuGama.graph
        let byNode = signed.triangleCensusByNode()
        let census = signed.triangleCensus()
        #expect(byNode.count == 16)
        #expect(byNode.map(\.allPositive).reduce(0, +) == 3 * census.allPositive)
        #expect(byNode.map(\.twoPositive).reduce(0, +) == 3 * census.twoPositive)
        #expect(byNode.map(\.onePositive).reduce(0, +) == 3 * census.onePositive)
        #expect(byNode.map(\.allNegative).reduce(0, +) == 3 * census.allNegative)
        // Per node the totals equal the plain triangle counts of the skeleton.
        #expect(byNode.map(\.total) == signed.graph.triangleCounts())
    }

    /// K4 on A, B, C, D with A–B −, C–D −, the rest +: the four triangles each have one negative tie.
    @Test func completeGraphOnFourWithTwoDisjointNegativeTies() {
        let signed = SignedGraph(
            ids: [],
            edges: [
                ("A", "B", sign: -1), ("A", "C", sign: 1), ("A", "D", sign: 1),
                ("B", "C", sign: 1), ("B", "D", sign: 1), ("C", "D", sign: -1),
            ])
        #expect(signed.triangleCensus() == TriangleCensus(twoPositive: 4))
        #expect(signed.triangleCensusByNode() == Array(repeating: TriangleCensus(twoPositive: 3), count: 4))
    }

    @Test func neutralTiesBreakTriangles() {
        // IND–RUS +, IND–USA −, RUS–USA 0: no signed triangle, though `triangles(in:)` lists it.
        let network = AnalysisFixture.network(
            ids: ["IND", "RUS", "USA"],
            relations: [
                ("IND", "RUS", weight: 1, sign: 1), ("IND", "USA", weight: 1, sign: -1),
                ("RUS", "USA", weight: 1, sign: 0),
            ])
        #expect(SignedGraph(network: network).triangleCensus().total == 0)
        #expect(triangles(in: network).map(\.pattern) == ["+0-"])
    }
}
