import Testing

@testable import ActorGraphCore

/// Each filter, and some combinations, on the committed `Graphs/network.json` built from `Corpus/`. Every
/// expectation is worked out from the unfiltered network, independently of `NetworkFilter`'s own code.
@Suite("NetworkFilter")
struct NetworkFilterTests {
    let network: Network

    init() throws {
        network = try ExportFixtures.corpusNetwork()
    }

    private func ids(_ network: Network) -> Set<String> { Set(network.nodes.map(\.id)) }

    /// Every edge of `network` with both ends in `nodes`.
    private func edges(among nodes: Set<String>, in network: Network) -> [Edge] {
        network.edges.filter { nodes.contains($0.source) && nodes.contains($0.target) }
    }

    /// Every node of a filtered network keeps an edge (or is `ego`), and every edge's ends are nodes.
    private func expectWellFormed(_ filtered: Network, ego: String? = nil) {
        let ends = Set(filtered.edges.flatMap { [$0.source, $0.target] })
        #expect(ids(filtered) == ends.union(ego.map { [$0] } ?? []))
        #expect(filtered.corpus == network.corpus)
    }

    @Test("an empty filter leaves the network as it is")
    func emptyFilter() throws {
        #expect(NetworkFilter().isEmpty)
        #expect(try NetworkFilter().apply(to: network) == network)
    }

    @Test("--hide-neutral drops the relations without a net stance and keeps the rest, memberships included")
    func hideNeutral() throws {
        let filtered = try NetworkFilter(hidesNeutral: true).apply(to: network)
        let kept = network.edges.filter { $0.kind == .membership || $0.sign != 0 }
        #expect(kept.count < network.edges.count && kept.contains { $0.kind == .membership })
        #expect(filtered.edges == kept)
        expectWellFormed(filtered)
        #expect(NetworkFilter(minWeight: 2, hidesNeutral: true).summary(in: network)
            == "cooperative and hostile ties named in ≥ 2 sentences")
    }

    @Test("--min-weight keeps the relations named often enough, and memberships between their ends")
    func minWeight() throws {
        let filtered = try NetworkFilter(minWeight: 3).apply(to: network)
        let strong = network.edges.filter { $0.kind == .relation && $0.weight >= 3 }
        #expect(!strong.isEmpty && strong.count < network.edges.filter { $0.kind == .relation }.count)
        #expect(filtered.edges.filter { $0.kind == .relation } == strong)
        let related = Set(strong.flatMap { [$0.source, $0.target] })
        let memberships = network.edges.filter {
            $0.kind == .membership && related.contains($0.source) && related.contains($0.target)
        }
        #expect(filtered.edges.filter { $0.kind == .membership } == memberships)
        expectWellFormed(filtered)
    }

    @Test("--kinds keeps actors of those kinds and every edge between two of them")
    func kinds() throws {
        let filtered = try NetworkFilter(kinds: [.country, .grouping]).apply(to: network)
        #expect(filtered.nodes.allSatisfy { $0.kind == .country || $0.kind == .grouping })
        let wanted = Set(network.nodes.filter { $0.kind == .country || $0.kind == .grouping }.map(\.id))
        #expect(filtered.edges == edges(among: wanted, in: network))
        #expect(filtered.edges.contains { $0.kind == .membership })
        #expect(ids(filtered).contains("QUAD") && ids(filtered).contains("IND"))
        expectWellFormed(filtered)
    }

    @Test("--sign keeps relations of one sign and drops memberships", arguments: NetworkFilter.Sign.allCases)
    func sign(sign: NetworkFilter.Sign) throws {
        let filtered = try NetworkFilter(sign: sign).apply(to: network)
        let value = ["positive": 1, "negative": -1, "neutral": 0][sign.rawValue]
        let expected = network.edges.filter { $0.kind == .relation && $0.sign == value }
        #expect(!expected.isEmpty)
        #expect(filtered.edges == expected)
        expectWellFormed(filtered)
    }

    @Test("--top keeps the most central actors by the chosen measure", arguments: [CentralityMeasure.pagerank, .betweenness, .degree])
    func top(measure: CentralityMeasure) throws {
        let filtered = try NetworkFilter(top: 6, measure: measure).apply(to: network)
        let table = centrality(of: network).rows
        let ranked = table.sorted { ($1[measure]!, $0.id) < ($0[measure]!, $1.id) }.prefix(6).map(\.id)
        #expect(filtered.edges == edges(among: Set(ranked), in: network))
        #expect(ids(filtered).isSubset(of: Set(ranked)))
        #expect(ids(filtered).count >= 5)
        expectWellFormed(filtered)
    }

    @Test("--ego India --depth 1 is India, its neighbours, and the edges among them")
    func egoDepthOne() throws {
        let filtered = try NetworkFilter(ego: "IND", depth: 1).apply(to: network)
        let neighbours = Set(network.edges(touching: "IND").compactMap { $0.otherEnd(of: "IND") })
        #expect(neighbours.contains("RUS") && neighbours.contains("PAK") && neighbours.contains("QUAD"))
        #expect(ids(filtered) == neighbours.union(["IND"]))
        #expect(filtered.edges == edges(among: neighbours.union(["IND"]), in: network))
        expectWellFormed(filtered, ego: "IND")
    }

    @Test("depth 0 is the ego alone; depth 2 adds the neighbours' neighbours")
    func egoDepths() throws {
        let alone = try NetworkFilter(ego: "IND", depth: 0).apply(to: network)
        #expect(ids(alone) == ["IND"] && alone.edges.isEmpty)

        let one = try NetworkFilter(ego: "AUS", depth: 1).apply(to: network)
        let two = try NetworkFilter(ego: "AUS", depth: 2).apply(to: network)
        var expected = ids(one)
        for id in ids(one) {
            expected.formUnion(network.edges(touching: id).compactMap { $0.otherEnd(of: id) })
        }
        #expect(ids(two) == expected)
        #expect(ids(two).count > ids(one).count)
    }

    @Test("--ego with --sign negative is the ego's hostile neighbourhood")
    func egoAndSign() throws {
        let filtered = try NetworkFilter(sign: .negative, ego: "IND").apply(to: network)
        let hostile = network.edges.filter { $0.kind == .relation && $0.sign == -1 }
        let enemies = Set(hostile.compactMap { $0.otherEnd(of: "IND") })
        #expect(!enemies.isEmpty)
        #expect(ids(filtered) == enemies.union(["IND"]))
        #expect(filtered.edges.allSatisfy { $0.kind == .relation && $0.sign == -1 })
        #expect(filtered.edges == hostile.filter { enemies.union(["IND"]).contains($0.source) && enemies.union(["IND"]).contains($0.target) })
    }

    @Test("kinds, weight and top combine in order, and top ranks by the whole network")
    func combination() throws {
        let filter = NetworkFilter(minWeight: 2, kinds: [.country], top: 5, measure: .degree)
        let filtered = try filter.apply(to: network)
        let strongCountries = network.edges.filter {
            $0.kind == .relation && $0.weight >= 2
                && network.node(id: $0.source)?.kind == .country && network.node(id: $0.target)?.kind == .country
        }
        let candidates = Set(strongCountries.flatMap { [$0.source, $0.target] })
        let degree = Dictionary(uniqueKeysWithValues: centrality(of: network).rows.map { ($0.id, $0.degree) })
        let top = candidates.sorted { (degree[$1]!, $0) < (degree[$0]!, $1) }.prefix(5)
        #expect(filtered.edges == strongCountries.filter { top.contains($0.source) && top.contains($0.target) })
        #expect(filtered.nodes.allSatisfy { $0.kind == .country })
        #expect(filter.summary(in: network) == "country only · ties named in ≥ 2 sentences · top 5 by degree")
        expectWellFormed(filtered)
    }

    @Test("the same filter gives the same network, byte for byte")
    func deterministic() throws {
        let filter = NetworkFilter(minWeight: 2, top: 8, ego: "RUS", depth: 2)
        let first = NetworkJSON.encode(try filter.apply(to: network))
        let second = NetworkJSON.encode(try filter.apply(to: network))
        #expect(first == second)
    }

    @Test("bad filters throw errors that say what is wrong")
    func errors() {
        #expect(throws: NetworkFilterError.unknownEgo("XXX")) { try NetworkFilter(ego: "XXX").apply(to: network) }
        #expect(throws: NetworkFilterError.egoFilteredOut("vladimir-putin")) {
            try NetworkFilter(kinds: [.country], ego: "vladimir-putin").apply(to: network)
        }
        #expect(throws: NetworkFilterError.negative(option: "depth", value: -1)) {
            try NetworkFilter(ego: "IND", depth: -1).apply(to: network)
        }
        #expect(NetworkFilterError.unknownEgo("XXX").description == #"no node with id "XXX" in the network"#)
    }
}
