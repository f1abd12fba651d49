import Foundation
import ActorGraphCore
import Testing

@Suite struct ShortestPathTests {
    @Test func tiesGoToTheSmallestIdSequence() {
        // Square A – B – D and A – C – D: both A–D paths have two edges.
        let square = AnalysisFixture.graph("ABCD", ["AB", "BD", "AC", "CD"])
        #expect(square.shortestPath(from: 0, to: 3) == [0, 1, 3])
        #expect(square.shortestPath(from: 3, to: 0) == [3, 1, 0])
        #expect(square.shortestPath(from: 2, to: 2) == [2])
    }

    @Test func karateClubPathIsTheSmallestOfNetworkxsShortestPaths() {
        // min(nx.all_shortest_paths(G, 16, 25)) on networkx's karate club graph.
        let path = KarateClub.graph.shortestPath(from: 16, to: 25)
        #expect(path == [16, 5, 0, 31, 25])
    }

    @Test func weightedPathPrefersHeavyTies() {
        let graph = WeightedCentralityTests.square
        #expect(graph.shortestPath(from: 0, to: 4) == [0, 1, 3, 4])
        #expect(graph.shortestPath(from: 0, to: 4, weighted: true) == [0, 2, 3, 4])
    }

    /// An edge so heavy that its length 1/weight vanishes when added to the others' (16 + 1e-15 == 16) must
    /// not make the walk go back and forth between its ends for ever: a step always goes to a vertex the search
    /// settled earlier. (Found with `graph import` of such a chain, then `graph path A X16 --weighted`.)
    @Test(.timeLimit(.minutes(1)))
    func aLengthLostInRoundingStillGivesAPath() {
        let chain = (0..<16).map { ("X\(String(format: "%02d", $0))", "X\(String(format: "%02d", $0 + 1))", 1.0) }
        let ids = ["A"] + (0...16).map { "X\(String(format: "%02d", $0))" }
        let graph = AnalysisGraph(ids: ids, edges: chain + [("A", "X00", 999_999_999_999_999)])
        let path = graph.shortestPath(from: 0, to: 17, weighted: true)
        #expect(path == Array(0...17))
        #expect(graph.shortestPath(from: 17, to: 0, weighted: true) == Array((0...17).reversed()))
    }

    @Test func weightedLengthsTieOnlyWhenEqual() {
        // A to E directly through B (weights 2, 2: length 1/2 + 1/2) or through C and D (weights 3,
        // 3, 3: length 1/3 + 1/3 + 1/3).
        let graph = AnalysisGraph(
            ids: ["A", "B", "C", "D", "E"],
            edges: [("A", "B", 2), ("B", "E", 2), ("A", "C", 3), ("C", "D", 3), ("D", "E", 3)])
        // Both lengths are exactly 1.0 in floating point: a tie, and A B E < A C D E.
        #expect(graph.shortestPath(from: 0, to: 4, weighted: true) == [0, 1, 4])
        #expect(graph.shortestPath(from: 4, to: 0, weighted: true) == [4, 1, 0])
    }

    @Test func noPathAcrossComponentsOrNonPositiveWeights() {
        let graph = AnalysisGraph(ids: ["A", "B", "C", "D"], edges: [("A", "B", 1), ("C", "D", 0)])
        #expect(graph.shortestPath(from: 0, to: 2) == nil)
        #expect(graph.shortestPath(from: 2, to: 3) == [2, 3])
        #expect(graph.shortestPath(from: 2, to: 3, weighted: true) == nil)
    }

    @Test func networkEntryPointByIdAndUnknownIds() throws {
        let network = AnalysisFixture.network(
            ids: ["IND", "PAK", "RUS", "USA"],
            relations: [("IND", "RUS", weight: 3, sign: 1), ("RUS", "USA", weight: 1, sign: -1)])
        #expect(try shortestPath(in: network, from: "IND", to: "USA") == ["IND", "RUS", "USA"])
        #expect(try shortestPath(in: network, from: "IND", to: "PAK", weighted: true) == nil)
        #expect(throws: AnalysisError.unknownNode("CHN")) {
            try shortestPath(in: network, from: "CHN", to: "USA")
        }
        #expect(AnalysisError.unknownNode("CHN").description == "no node \"CHN\" in the network")
    }
}
