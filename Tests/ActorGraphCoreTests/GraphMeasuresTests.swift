import ActorGraphCore
import Testing

@Suite struct GraphMeasuresTests {
    /// networkx 3.6.1 on `karate_club_graph()` without its weights: `density`, `transitivity`,
    /// `average_clustering` (printed with `repr`), one component, `diameter` 5.
    @Test func karateClubMatchesNetworkx() {
        let measures = KarateClub.graph.graphMeasures()
        #expect(measures.nodes == 34 && measures.edges == 78)
        #expect(measures.density == 0.13903743315508021)
        #expect(abs(measures.transitivity - 0.2556818181818182) < 1e-15)
        #expect(abs(measures.averageClustering - 0.5706384782076823) < 1e-15)
        #expect(measures.components == [(0..<34).map(KarateClub.id)])
        #expect(measures.diameter == 5)
    }

    @Test func componentsLargestFirstThenBySmallestId() {
        // A – B   C – D – E   F   G – H
        let graph = AnalysisFixture.graph("ABCDEFGH", ["AB", "CD", "DE", "GH"])
        #expect(graph.connectedComponents() == [[2, 3, 4], [0, 1], [6, 7], [5]])
        let measures = graph.graphMeasures()
        #expect(measures.components == [["C", "D", "E"], ["A", "B"], ["G", "H"], ["F"]])
        #expect(measures.diameter == 2)
        #expect(graph.diameter(of: [0, 1]) == 1)
        #expect(graph.diameter(of: [5]) == 0)
    }

    @Test func smallGraphs() {
        // Triangle A, B, C with a pendant D on C: 4 of 6 pairs, 3 closed of 5 triples.
        let pendant = AnalysisFixture.graph("ABCD", ["AB", "AC", "BC", "CD"])
        #expect(pendant.density() == 4.0 / 6)
        #expect(pendant.transitivity() == 0.6)
        #expect(abs(pendant.averageClustering() - (1 + 1 + 1.0 / 3) / 4) < 1e-15)
        #expect(pendant.graphMeasures().diameter == 2)
        // A path has no triangle; a star's diameter is 2.
        #expect(AnalysisFixture.graph("ABCD", ["AB", "BC", "CD"]).transitivity() == 0)
        #expect(AnalysisFixture.graph("ABCD", ["AB", "AC", "AD"]).graphMeasures().diameter == 2)
    }

    @Test func degenerateGraphs() {
        let empty = AnalysisFixture.graph("", []).graphMeasures()
        #expect(empty == GraphMeasures(
            nodes: 0, edges: 0, density: 0, transitivity: 0, averageClustering: 0, components: [], diameter: 0))
        let isolated = AnalysisFixture.graph("AB", []).graphMeasures()
        #expect(isolated.density == 0 && isolated.components == [["A"], ["B"]] && isolated.diameter == 0)
        #expect(AnalysisFixture.graph("AB", ["AB"]).density() == 1)
    }

    @Test func networkEntryPointSumsRepeatedPairs() {
        let network = AnalysisFixture.network(
            ids: ["IND", "PAK", "QUAD", "USA"],
            relations: [("IND", "USA", weight: 4, sign: 1)], memberships: [("IND", "QUAD"), ("IND", "USA")])
        let measures = graphMeasures(of: network)
        #expect(measures.edges == 2)
        #expect(measures.components == [["IND", "QUAD", "USA"], ["PAK"]])
        #expect(measures.density == 2.0 / 6)
    }
}
