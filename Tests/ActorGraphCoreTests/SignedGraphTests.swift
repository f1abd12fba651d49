@testable import ActorGraphCore
import Testing

@Suite struct SignedGraphTests {
    @Test func readsSignsFromRelationsAndMembershipsAndLeavesOutNeutralTies() {
        // CHN–IND neutral; IND–QUAD membership only (+1); IND–SCO hostile relation beside a membership.
        let network = AnalysisFixture.network(
            ids: ["CHN", "IND", "PAK", "QUAD", "SCO"],
            relations: [("CHN", "IND", weight: 2, sign: 0), ("IND", "SCO", weight: 3, sign: -1)],
            memberships: [("IND", "QUAD"), ("IND", "SCO")])
        let signed = SignedGraph(network: network)
        #expect(signed.ids == ["CHN", "IND", "PAK", "QUAD", "SCO"])
        #expect(signed.edgeCount == 2)
        let ind = signed.graph.index(of: "IND")!
        #expect(signed.sign(between: ind, and: signed.graph.index(of: "QUAD")!) == 1)
        #expect(signed.sign(between: ind, and: signed.graph.index(of: "SCO")!) == -1)
        #expect(signed.sign(between: ind, and: signed.graph.index(of: "CHN")!) == nil)
        #expect(signed.graph.weight(between: ind, and: signed.graph.index(of: "SCO")!) == 4)
        #expect(signed.signCounts == (positive: 1, negative: 1))
        #expect(signed.checkInvariants())

        let withNeutral = SignedGraph(network: network, includingNeutral: true)
        #expect(withNeutral.edgeCount == 3)
        #expect(withNeutral.sign(between: ind, and: withNeutral.graph.index(of: "CHN")!) == 0)
        #expect(withNeutral.checkInvariants(includingNeutral: true))
    }

    @Test func gahukuGamaHas58TiesHalfOfThemPositive() {
        let signed = GahukuGama.graph
        #expect(signed.vertexCount == 16)
        #expect(signed.edgeCount == 58)
        #expect(signed.signCounts == (positive: 29, negative: 29))
        #expect(signed.checkInvariants())
    }

    @Test func plainInitializerKeepsIsolatesAndEndsOfNeutralTies() {
        let signed = SignedGraph(ids: ["A"], edges: [("B", "C", sign: 0), ("C", "D", sign: -1)])
        #expect(signed.ids == ["A", "B", "C", "D"])
        #expect(signed.edgeCount == 1)
        #expect(signed.sign(between: 2, and: 3) == -1)
    }
}
