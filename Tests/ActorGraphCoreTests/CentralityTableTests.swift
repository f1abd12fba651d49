import ActorGraphCore
import Foundation
import Testing

@Suite struct CentralityTableTests {
    /// Each column computed alone equals the table's column to the bit, unweighted and weighted, on a
    /// graph large enough that the shortest-path searches run in several blocks.
    @Test func eachColumnAloneEqualsTheTable() throws {
        var random = SplitMix64(seed: 0x7AB1E)
        let network = randomSignedNetwork(300, 0.03, using: &random)
        for weighted in [false, true] {
            let rows = centrality(of: network, weighted: weighted).rows
            for measure in CentralityMeasure.allCases {
                let alone = try centralityValues(measure, of: network, weighted: weighted)
                #expect(rows.allSatisfy { alone[$0.id] == $0[measure] }, "\(measure), weighted: \(weighted)")
                #expect(alone.count == rows.count)
            }
        }
    }

    /// The table and the graph measures computed together equal the two computed apart, to the bit:
    /// unweighted (the diameter then comes from the same searches) and weighted (it does not), on a
    /// graph of several components.
    @Test func tableWithGraphMeasuresEqualsTheTwoApart() throws {
        var random = SplitMix64(seed: 0xD1A3)
        let network = randomSignedNetwork(250, 0.012, using: &random)
        let apart = graphMeasures(of: network)
        #expect(apart.components.count > 1 && apart.diameter > 2)
        for weighted in [false, true] {
            let together = centralityAndGraphMeasures(of: network, weighted: weighted)
            #expect(together.table == centrality(of: network, weighted: weighted), "weighted: \(weighted)")
            #expect(together.graph == apart, "weighted: \(weighted)")
        }
    }

    @Test func oneRowPerNodeInIdOrderWithEveryMeasure() throws {
        let network = AnalysisFixture.network(
            ids: ["CHN", "IND", "PAK", "QUAD", "USA"],
            relations: [
                ("IND", "USA", weight: 4, sign: 1), ("CHN", "IND", weight: 2, sign: -1),
                ("CHN", "USA", weight: 1, sign: -1),
            ],
            memberships: [("IND", "QUAD"), ("QUAD", "USA"), ("IND", "USA")])
        let rows = centrality(of: network).rows
        #expect(rows.map(\.id) == ["CHN", "IND", "PAK", "QUAD", "USA"])
        let graph = AnalysisGraph(network: network)
        #expect(rows.map(\.degree) == graph.degrees())
        #expect(rows.map(\.strength) == [3, 8, 0, 2, 7])  // IND–USA: 4 + 1 membership
        #expect(rows.map(\.betweenness) == graph.betweenness())
        #expect(rows.map(\.closeness) == graph.closeness())
        #expect(rows.map(\.eigenvector) == (try graph.eigenvectorCentrality()))
        #expect(rows.map(\.pagerank) == (try graph.pageRank()))
        #expect(rows.map(\.triangles) == [1, 2, 0, 1, 2])
        #expect(rows.map(\.clustering) == graph.clustering())
        #expect(
            rows[2]
                == NodeCentrality(
                    id: "PAK", degree: 0, strength: 0, betweenness: 0, closeness: 0,
                    eigenvector: rows[2].eigenvector, pagerank: rows[2].pagerank, triangles: 0, clustering: 0))
    }

    @Test func measuresReadTheirColumn() throws {
        let network = AnalysisFixture.network(
            ids: ["A", "B", "C"], relations: [("A", "B", weight: 2, sign: 1), ("B", "C", weight: 1, sign: 1)])
        let row = centrality(of: network).rows[1]
        #expect(CentralityMeasure.allCases.map { row[$0] } == [2, 3, 1, 1, row.eigenvector, row.pagerank, 0, 0])
        #expect(CentralityMeasure(rawValue: "pagerank") == .pagerank)
        #expect(CentralityMeasure.allCases.filter(\.isCount) == [.degree, .triangles])
        // Sorting by a column, as the CLI does.
        let rows = centrality(of: network).rows
        #expect(rows.sorted { $0[.strength]! > $1[.strength]! }.map(\.id) == ["B", "A", "C"])
    }

    @Test func encodesWithTheContractKeys() throws {
        let row = NodeCentrality(
            id: "IND", degree: 3, strength: 8, betweenness: 0.5, closeness: 0.75, eigenvector: 0.6,
            pagerank: 0.3, triangles: 2, clustering: 0.667)
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(row)) as! [String: Any]
        #expect(Set(object.keys) == Set(["id"] + CentralityMeasure.allCases.map(\.rawValue)))
    }

    @Test func emptyNetworkGivesAnEmptyTable() throws {
        #expect(centrality(of: Network(corpus: .init(documents: 0, sentences: 0), nodes: [], edges: [])).rows.isEmpty)
    }
}
