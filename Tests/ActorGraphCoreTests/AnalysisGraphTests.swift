import Testing

@testable import ActorGraphCore

@Suite struct AnalysisGraphTests {
    /// Names come out sorted and distinct whatever order they are met in, ids or edge ends alone, and
    /// every edge's ends point at its own names.
    @Test func numberingSortsNamesAndKeepsEachEdgesEnds() {
        let ends = [("USA", "IND"), ("QUAD", "IND"), ("IND", "USA"), ("CHN", "ZZZ")]
        let numbering = VertexNumbering(ids: ["ZZZ", "IND", "AUS"], ends: ends)
        #expect(numbering.names == ["AUS", "CHN", "IND", "QUAD", "USA", "ZZZ"])
        #expect(numbering.ends.count == ends.count)
        for ((a, b), (i, j)) in zip(ends, numbering.ends) {
            #expect(numbering.names[i] == a && numbering.names[j] == b)
        }
        #expect(VertexNumbering(ids: [], ends: []).names.isEmpty)
    }

    @Test func sumsTheWeightsOfEveryEdgeOfAPairAndKeepsIsolatedNodes() {
        let network = AnalysisFixture.network(
            ids: ["CHN", "IND", "QUAD", "USA", "ZZZ"],
            relations: [("IND", "USA", weight: 4, sign: 1), ("CHN", "IND", weight: 2, sign: -1)],
            memberships: [("IND", "QUAD"), ("QUAD", "USA")])
        let graph = AnalysisGraph(network: network)
        #expect(graph.ids == ["CHN", "IND", "QUAD", "USA", "ZZZ"])
        #expect(graph.edgeCount == 4)
        #expect(graph.neighbors[graph.index(of: "IND")!] == [0, 2, 3])
        #expect(graph.weight(between: 1, and: 3) == 4)
        #expect(graph.neighbors[4].isEmpty)
        #expect(graph.checkInvariants())

        // The same pair tied by a relation and a membership: one edge, weights added.
        let both = AnalysisFixture.network(
            ids: ["IND", "SCO"], relations: [("IND", "SCO", weight: 3, sign: 0)], memberships: [("IND", "SCO")])
        let merged = AnalysisGraph(network: both)
        #expect(merged.edgeCount == 1)
        #expect(merged.weight(between: 0, and: 1) == 4)
    }

    @Test func plainInitAddsRepeatedPairsInEitherOrderAndSortsAdjacency() {
        let graph = AnalysisGraph(
            ids: ["D", "C"], edges: [("B", "A", 2), ("A", "B", 1), ("D", "A", 1), ("C", "A", 0.5)])
        #expect(graph.ids == ["A", "B", "C", "D"])
        #expect(graph.neighbors[0] == [1, 2, 3])
        #expect(graph.weights[0] == [3, 0.5, 1])
        #expect(graph.index(of: "E") == nil)
        #expect(graph.weight(between: 1, and: 2) == nil)
        #expect(graph.checkInvariants())
        #expect(KarateClub.graph.checkInvariants())
        #expect(KarateClub.graph.edgeCount == 78)
    }
}
