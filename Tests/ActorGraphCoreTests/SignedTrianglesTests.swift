import ActorGraphCore
import Testing

@Suite struct SignedTrianglesTests {
    /// IND–RUS +, IND–USA −, RUS–USA −, IND–QUAD and QUAD–USA memberships only, CHN–IND 0,
    /// CHN–RUS +, and an isolated PAK.
    static let network = AnalysisFixture.network(
        ids: ["CHN", "IND", "PAK", "QUAD", "RUS", "USA"],
        relations: [
            ("IND", "RUS", weight: 5, sign: 1), ("IND", "USA", weight: 3, sign: -1),
            ("RUS", "USA", weight: 9, sign: -1), ("CHN", "IND", weight: 2, sign: 0),
            ("CHN", "RUS", weight: 4, sign: 1),
        ],
        memberships: [("IND", "QUAD"), ("QUAD", "USA")])

    @Test func findsEveryTriangleSortedWithSignsInPairOrder() {
        let all = triangles(in: Self.network)
        #expect(all.map(\.nodes) == [["CHN", "IND", "RUS"], ["IND", "QUAD", "USA"], ["IND", "RUS", "USA"]])
        // Pairs in order (0,1), (0,2), (1,2).
        #expect(all[0].signs == [0, 1, 1])
        #expect(all[1].signs == [1, -1, 1])  // IND–QUAD and QUAD–USA: membership only, so +1
        #expect(all[2].signs == [1, -1, -1])
    }

    @Test func classifiesPatternsAndBalance() {
        let all = triangles(in: Self.network)
        #expect(all.map(\.pattern) == ["++0", "++-", "+--"])
        #expect(all.map(\.balanced) == [nil, false, true])
        #expect(Triangle(nodes: ["A", "B", "C"], signs: [1, 1, 1]).pattern == "+++")
        #expect(Triangle(nodes: ["A", "B", "C"], signs: [1, 1, 1]).balanced == true)
        #expect(Triangle(nodes: ["A", "B", "C"], signs: [-1, -1, -1]).pattern == "---")
        #expect(Triangle(nodes: ["A", "B", "C"], signs: [-1, -1, -1]).balanced == false)
        #expect(Triangle(nodes: ["A", "B", "C"], signs: [-1, 0, 1]).pattern == "+0-")
    }

    @Test func relationSignWinsOverMembership() {
        // The pair IND–SCO has both a hostile relation and a membership: the relation decides.
        let network = AnalysisFixture.network(
            ids: ["CHN", "IND", "SCO"],
            relations: [("IND", "SCO", weight: 1, sign: -1), ("CHN", "IND", weight: 1, sign: -1)],
            memberships: [("IND", "SCO"), ("CHN", "SCO")])
        let all = triangles(in: network)
        #expect(all == [Triangle(nodes: ["CHN", "IND", "SCO"], signs: [-1, 1, -1])])
        #expect(all[0].balanced == true)
    }

    @Test func throughOneNode() {
        #expect(
            triangles(in: Self.network, through: "USA").map(\.nodes) == [
                ["IND", "QUAD", "USA"], ["IND", "RUS", "USA"],
            ])
        #expect(triangles(in: Self.network, through: "IND") == triangles(in: Self.network))
        #expect(triangles(in: Self.network, through: "PAK").isEmpty)
        #expect(triangles(in: Self.network, through: "XXX").isEmpty)
    }

    @Test func karateClubTrianglesThroughEachNodeMatchTheCounts() {
        let network = AnalysisFixture.network(
            ids: (0..<34).map(KarateClub.id),
            relations: KarateClub.edges.map { (KarateClub.id($0.0), KarateClub.id($0.1), weight: 1, sign: 1) })
        #expect(triangles(in: network).count == 45)
        for member in 0..<34 {
            let through = triangles(in: network, through: KarateClub.id(member))
            #expect(through.count == KarateClub.triangles[member])
            #expect(through.allSatisfy { $0.pattern == "+++" && $0.nodes.contains(KarateClub.id(member)) })
        }
    }
}
