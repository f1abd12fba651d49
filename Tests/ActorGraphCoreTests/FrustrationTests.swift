import ActorGraphCore
import Testing

@Suite struct FrustrationTests {
    @Test func gahukuGamaIsSevenWithTheFourTribeCampApart() {
        let result = GahukuGama.graph.frustration()
        #expect(result.count == 7)
        #expect(result.method == .exact)
        // t01 is the first vertex, so its camp comes first.
        #expect(result.camps[0] == ["t01", "t02", "t15", "t16"])
        #expect(result.camps[1] == (3...14).map(GahukuGama.id))
        #expect(result.frustratedTies.count == 7)
    }

    @Test func localSearchOnGahukuGamaIsAnUpperBoundAndSaysSo() {
        let result = GahukuGama.graph.frustration(exactLimit: 0)
        #expect(result.method == .localSearch)
        #expect(result.count >= 7 && result.count <= 29)
        #expect(result.frustratedTies.count == result.count)
    }

    @Test func smallGraphsByHand() {
        let balanced = SignedGraph(ids: ["Z"], edges: [("A", "B", sign: 1), ("B", "C", sign: -1), ("C", "D", sign: 1)])
        let split = balanced.frustration()
        #expect(split.count == 0)
        #expect(split.camps == [["A", "B", "Z"], ["C", "D"]])
        #expect(split.frustratedTies.isEmpty)

        let allNegative = SignedGraph(ids: [], edges: [("A", "B", sign: -1), ("A", "C", sign: -1), ("B", "C", sign: -1)])
        #expect(allNegative.frustration().count == 1)

        let oneNegative = SignedGraph(ids: [], edges: [("A", "B", sign: 1), ("A", "C", sign: 1), ("B", "C", sign: -1)])
        let result = oneNegative.frustration()
        #expect(result.count == 1)
        #expect(result.camps == [["A", "B", "C"], []])
        #expect(result.frustratedTies == [["B", "C"]])
    }

    @Test func componentsAreOrientedToTheirFirstVertex() {
        let signed = SignedGraph(ids: [], edges: [("A", "B", sign: -1), ("C", "D", sign: -1)])
        #expect(signed.frustration().camps == [["A", "C"], ["B", "D"]])
    }

    /// Exact branch and bound against brute force over every split, on pseudo-random graphs of 11
    /// vertices; local search never beats the optimum and is 1-optimal.
    @Test(arguments: 1...12) func exactAgreesWithBruteForce(seed: Int) {
        let signed = Self.randomGraph(vertices: 11, seed: UInt64(seed))
        let exact = signed.frustration()
        #expect(exact.method == .exact)
        #expect(exact.count == Self.bruteForce(signed))
        let local = signed.frustration(exactLimit: 0)
        #expect(local.count >= exact.count)
        #expect(local.count * 2 <= signed.edgeCount)
    }

    static func bruteForce(_ signed: SignedGraph) -> Int {
        let n = signed.vertexCount
        var ties = [(Int, Int, Int)]()
        for u in 0..<n {
            for v in (u + 1)..<n { if let s = signed.sign(between: u, and: v) { ties.append((u, v, s)) } }
        }
        var best = Int.max
        for mask in 0..<(1 << (n - 1)) {
            let cost = ties.filter { u, v, s in (s > 0) != (((mask >> u) & 1) == ((mask >> v) & 1)) }.count
            best = min(best, cost)
        }
        return best
    }

    /// About half the pairs tied, signs mixed, from a fixed linear congruential sequence.
    static func randomGraph(vertices: Int, seed: UInt64) -> SignedGraph {
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var edges = [(String, String, sign: Int)]()
        for u in 0..<vertices {
            for v in (u + 1)..<vertices where next() % 2 == 0 {
                edges.append(("v\(u + 10)", "v\(v + 10)", sign: next() % 3 == 0 ? -1 : 1))
            }
        }
        return SignedGraph(ids: (0..<vertices).map { "v\($0 + 10)" }, edges: edges)
    }
}
