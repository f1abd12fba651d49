import ActorGraphCore
import Testing

@Suite struct DegreeTests {
    @Test func degreeCountsNeighboursAndStrengthSumsWeights() {
        let graph = AnalysisGraph(ids: ["A", "B", "C", "D"], edges: [("A", "B", 2), ("B", "C", 3), ("B", "C", 1)])
        #expect(graph.degrees() == [1, 2, 1, 0])
        #expect(graph.strengths() == [2, 6, 4, 0])
    }

    @Test func karateClubDegrees() {
        let degrees = KarateClub.graph.degrees()
        // Zachary's club: the instructor (0) has 16 ties, the president (33) 17; 156 ends in all.
        #expect(degrees[0] == 16)
        #expect(degrees[33] == 17)
        #expect(degrees.reduce(0, +) == 156)
        #expect(KarateClub.graph.strengths() == degrees.map(Double.init))
    }
}
