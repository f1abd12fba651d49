import Foundation
import Testing

@testable import ActorGraphCore

/// `Network`'s canonical order and its look-ups.
@Suite struct NetworkTests {
    /// Given out of order, with a relation and a membership edge on one pair and ids in both cases.
    static let network = Network(
        corpus: .init(documents: 2, sentences: 9),
        nodes: [
            Node(id: "vladimir-putin", label: "Vladimir Putin", kind: .person, affiliation: "RUS"),
            Node(id: "SCO", label: "SCO", kind: .grouping),
            Node(id: "RUS", label: "Russia", kind: .country),
            Node(id: "CHN", label: "China", kind: .country),
            Node(id: "IND", label: "India", kind: .country),
            Node(id: "PAK", label: "Pakistan", kind: .country),
        ],
        edges: [
            Edge(source: "RUS", target: "vladimir-putin", kind: .relation, weight: 4),
            Edge(source: "IND", target: "SCO", kind: .relation, weight: 2),
            Edge(source: "IND", target: "SCO", kind: .membership, weight: 1),
            Edge(source: "IND", target: "PAK", kind: .relation, weight: 5, sign: -1),
            Edge(source: "CHN", target: "IND", kind: .relation, weight: 3),
        ])

    @Test func initSortsNodesAndEdges() {
        #expect(Self.network.nodes.map(\.id) == ["CHN", "IND", "PAK", "RUS", "SCO", "vladimir-putin"])
        #expect(Self.network.edges.map { "\($0.source)-\($0.target)/\($0.kind.rawValue)" } == [
            "CHN-IND/relation", "IND-PAK/relation", "IND-SCO/membership", "IND-SCO/relation",
            "RUS-vladimir-putin/relation",
        ])
    }

    @Test(arguments: ["CHN", "IND", "PAK", "RUS", "SCO", "vladimir-putin"])
    func nodeFindsEveryId(id: String) {
        #expect(Self.network.node(id: id)?.id == id)
    }

    /// Before the first id, between ids, after the last, and a case that differs: none is a node.
    @Test(arguments: ["AAA", "CHM", "INE", "zzz", "ind", "Vladimir-putin", ""])
    func nodeIsNilForOtherIds(id: String) {
        #expect(Self.network.node(id: id) == nil)
    }

    @Test func nodeOnAnEmptyNetwork() {
        let empty = Network(corpus: .init(documents: 0, sentences: 0), nodes: [], edges: [])
        #expect(empty.node(id: "IND") == nil)
        #expect(empty.edges(touching: "IND").isEmpty && empty.edges(between: "IND", and: "PAK").isEmpty)
    }

    @Test func edgesTouchingEitherEnd() {
        let india = Self.network.edges(touching: "IND")
        #expect(india.map { $0.otherEnd(of: "IND") } == ["CHN", "PAK", "SCO", "SCO"])
        #expect(india.map(\.kind) == [.relation, .relation, .membership, .relation])
        #expect(Self.network.edges(touching: "vladimir-putin").map(\.source) == ["RUS"])
        #expect(Self.network.edges(touching: "USA").isEmpty)
        #expect(Self.network.edges(touching: "ind").isEmpty, "ids are matched exactly")
    }

    @Test func edgesBetweenInEitherOrder() {
        let forward = Self.network.edges(between: "IND", and: "SCO")
        #expect(forward.map(\.kind) == [.membership, .relation])
        #expect(Self.network.edges(between: "SCO", and: "IND") == forward)
        #expect(Self.network.edges(between: "PAK", and: "IND").map(\.sign) == [-1])
        #expect(Self.network.edges(between: "vladimir-putin", and: "RUS").map(\.weight) == [4])
        #expect(Self.network.edges(between: "CHN", and: "PAK").isEmpty)
        #expect(Self.network.edges(between: "IND", and: "IND").isEmpty)
    }

    @Test func otherEnd() {
        let edge = Self.network.edges[0]
        #expect(edge.otherEnd(of: "CHN") == "IND" && edge.otherEnd(of: "IND") == "CHN")
        #expect(edge.otherEnd(of: "PAK") == nil)
    }

    /// On the committed network: every edge is found from both ends and by its pair in both orders.
    @Test func lookUpsAgreeOnTheCommittedNetwork() throws {
        let network = try NetworkJSON.read(from: RepositoryFiles.network)
        for edge in network.edges {
            #expect(network.edges(touching: edge.source).contains(edge))
            #expect(network.edges(touching: edge.target).contains(edge))
            #expect(network.edges(between: edge.target, and: edge.source).contains(edge))
            #expect(network.edges(between: edge.source, and: edge.target)
                == network.edges(between: edge.target, and: edge.source))
        }
        let degrees = network.nodes.map { network.edges(touching: $0.id).count }
        #expect(degrees.reduce(0, +) == 2 * network.edges.count)
        #expect(network.node(id: "RUS")?.label == "Russia")
    }
}
