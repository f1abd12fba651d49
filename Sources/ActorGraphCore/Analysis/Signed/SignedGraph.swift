/// The undirected, simple, signed graph that the signed measures (`Analysis/Signed/`) run on.
///
/// Vertices are all the network's node ids in sorted order, exactly as in `AnalysisGraph`, so results
/// are indexed like `ids` and a node without signed ties is still a vertex (an isolate). Each tied
/// pair becomes one edge whose sign is read the same way `Triangle` reads it:
/// - a pair with a `relation` edge takes that edge's `sign` (1, −1, or 0), even when the pair also
///   has a `membership` edge: the text decides;
/// - a pair tied only by `membership` counts +1, since belonging to a grouping is a cooperative tie.
///
/// **Neutral ties.** A pair whose sign comes out 0 (the text gives no net stance) is left out unless
/// `includingNeutral` is set. R signnet's measures accept only signs ±1 (`balance_score` stops with
/// "sign may only contain -1 and 1"), and a neutral tie is neither friendship nor enmity, so
/// counting it either way would invent a stance. Every measure in this folder therefore runs on the
/// ±1 ties only; only the triangle listing of `triangles(in:)` shows neutral ties, as `0`.
///
///     let signed = SignedGraph(network: network)
///     signed.sign(between: 0, and: 1)   // 1, -1, or nil when the pair has no signed tie
///
/// Invariants: those of `graph`, and `signs[i][k]` is the sign of the tie between `i` and
/// `graph.neighbors[i][k]`, the same on both sides, ±1 unless built `includingNeutral`.
public struct SignedGraph: Sendable, Hashable {
    /// The unsigned skeleton: vertices, sorted neighbour lists and the summed weights of each pair.
    public let graph: AnalysisGraph
    /// For each vertex, the sign of the tie to each neighbour, parallel to `graph.neighbors`.
    public let signs: [[Int]]

    /// Vertex names, sorted in plain string order.
    public var ids: [String] { graph.ids }

    /// The number of vertices.
    public var vertexCount: Int { graph.vertexCount }

    /// The number of (undirected) edges.
    public var edgeCount: Int { graph.edgeCount }

    /// The signed graph of a network: every node, and one edge per pair with a signed tie.
    ///
    /// - Parameter includingNeutral: Keep pairs whose sign is 0; false for every signed measure.
    /// - Complexity: O(n log n + e log e) for n nodes and e edges.
    public init(network: Network, includingNeutral: Bool = false) {
        let numbering = VertexNumbering(
            ids: network.nodes.map(\.id), ends: network.edges.map { ($0.source, $0.target) })
        // Relation edges set the sign; membership edges only fill pairs that have no relation.
        var pairSign: [AnalysisGraph.Pair: Int] = [:]
        var pairWeight: [AnalysisGraph.Pair: Int] = [:]
        pairSign.reserveCapacity(network.edges.count)
        pairWeight.reserveCapacity(network.edges.count)
        for (edge, (i, j)) in zip(network.edges, numbering.ends) {
            let key = AnalysisGraph.Pair(i, j)
            pairWeight[key, default: 0] += edge.weight
            switch edge.kind {
            case .relation: pairSign[key] = edge.sign
            case .membership: if pairSign[key] == nil { pairSign[key] = 1 }
            }
        }
        // In any order: the graph sorts its neighbours itself.
        let ties = pairSign.map { key, sign in (key.low, key.high, sign, Double(pairWeight[key]!)) }
        self.init(names: numbering.names, ties: ties, includingNeutral: includingNeutral)
    }

    /// A signed graph from plain vertex names and pairs with a sign (1, −1 or 0) and a weight.
    ///
    /// Ends that are not in `ids` become vertices too. A pair given twice, or joining a vertex to
    /// itself, is a programming error.
    ///
    /// - Complexity: O(n log n + e log e).
    public init(ids: [String], edges: [(String, String, sign: Int)], includingNeutral: Bool = false) {
        let numbering = VertexNumbering(ids: ids, ends: edges.map { ($0.0, $0.1) })
        precondition(Set(numbering.ends.map { AnalysisGraph.Pair($0.0, $0.1) }).count == edges.count, "each pair is given once")
        let ties = zip(numbering.ends, edges).map { ($0.0, $0.1, $1.sign, 1.0) }
        self.init(names: numbering.names, ties: ties, includingNeutral: includingNeutral)
    }

    /// The graph of numbered vertices (`names` sorted and distinct) and ties (ends, sign, weight), one per pair.
    private init(names: [String], ties: [(Int, Int, Int, Double)], includingNeutral: Bool) {
        // Ends of dropped neutral ties stay vertices, as every node of the network does.
        let kept = ties.filter { includingNeutral || $0.2 != 0 }
        let graph = AnalysisGraph(names: names, edges: kept.map { ($0.0, $0.1, $0.3) })
        var signs = graph.neighbors.map { Array(repeating: 0, count: $0.count) }
        for (i, j, sign, _) in kept {
            precondition([-1, 0, 1].contains(sign), "a sign is -1, 0 or 1 (\(names[i])–\(names[j]): \(sign))")
            signs[i][graph.position(of: j, amongNeighborsOf: i)!] = sign
            signs[j][graph.position(of: i, amongNeighborsOf: j)!] = sign
        }
        self.graph = graph
        self.signs = signs
    }

    /// The sign of the tie between `i` and `j`, or nil when they are not tied.
    ///
    /// - Complexity: O(log deg(i)).
    public func sign(between i: Int, and j: Int) -> Int? {
        graph.position(of: j, amongNeighborsOf: i).map { signs[i][$0] }
    }

    /// The sign of the tie between the nodes `a` and `b`, or nil when either is not a vertex or they are not tied.
    ///
    /// - Complexity: O(log n + log deg(a)).
    public func sign(between a: String, and b: String) -> Int? {
        guard let i = graph.index(of: a), let j = graph.index(of: b) else { return nil }
        return sign(between: i, and: j)
    }

    /// The sign of the tie between two vertices known to be adjacent.
    func sign(_ i: Int, _ j: Int) -> Int {
        signs[i][graph.position(of: j, amongNeighborsOf: i)!]
    }

    /// The number of positive and of negative ties.
    ///
    /// - Complexity: O(n + e).
    public var signCounts: (positive: Int, negative: Int) {
        var positive = 0
        var negative = 0
        for list in signs {
            for sign in list {
                if sign > 0 { positive += 1 } else if sign < 0 { negative += 1 }
            }
        }
        return (positive / 2, negative / 2)
    }

    /// Checks the invariants stated on the type; tests call it.
    func checkInvariants(includingNeutral: Bool = false) -> Bool {
        guard graph.checkInvariants(), signs.map(\.count) == graph.neighbors.map(\.count) else { return false }
        for i in signs.indices {
            for (k, j) in graph.neighbors[i].enumerated() {
                let sign = signs[i][k]
                if sign == 0 && !includingNeutral { return false }
                if abs(sign) > 1 || sign != self.sign(j, i) { return false }
            }
        }
        return true
    }
}
