/// The undirected, simple, weighted graph that every measure in `Analysis/` runs on.
///
/// Vertices are the network's node ids in sorted order, isolated nodes included, so vertex `i` is
/// `ids[i]` and every result array is indexed the same way. Each connected pair becomes one edge whose
/// weight is the *sum* of the weights of that pair's edges (a pair with both a `relation` and a
/// `membership` edge gets both weights). Signs are not kept: the classic measures ignore them, and the
/// signed ones (`triangles(in:)`) read them from the network.
///
///     let graph = AnalysisGraph(ids: ["A", "B", "C"], edges: [("A", "B", 2), ("B", "C", 1), ("A", "B", 1)])
///     graph.neighbors[0]   // [1]      (A–B, once)
///     graph.weights[0]     // [3.0]    (2 + 1)
///
/// Invariants: `neighbors[i]` is strictly increasing, never contains `i`, and `j ∈ neighbors[i]`
/// exactly when `i ∈ neighbors[j]`, with the same weight on both sides.
public struct AnalysisGraph: Sendable, Hashable {
    /// Vertex names, sorted in plain string order.
    public let ids: [String]
    /// For each vertex, the indices of its neighbours, sorted.
    public let neighbors: [[Int]]
    /// For each vertex, the weight of the edge to each neighbour, parallel to `neighbors`.
    public let weights: [[Double]]

    /// The number of vertices.
    public var vertexCount: Int { ids.count }

    /// The number of (undirected) edges.
    public var edgeCount: Int { neighbors.reduce(0) { $0 + $1.count } / 2 }

    /// The graph of a network: all its nodes, and one edge per connected pair with the summed weight.
    ///
    /// An edge whose end is missing from `network.nodes` (a malformed network) still counts: its end
    /// becomes a vertex, so no tie is dropped silently.
    ///
    /// - Complexity: O(n log n + e log e) for n nodes and e edges.
    public init(network: Network) {
        self.init(
            ids: network.nodes.map(\.id),
            edges: network.edges.map { ($0.source, $0.target, Double($0.weight)) }
        )
    }

    /// A graph from plain vertex names and weighted pairs (in either order; repeated pairs add up).
    ///
    /// Ends that are not in `ids` become vertices too. A pair joining a vertex to itself is a
    /// programming error: the graph is simple.
    ///
    /// - Complexity: O(n log n + e log e).
    public init(ids: [String], edges: [(String, String, Double)]) {
        let numbering = VertexNumbering(ids: ids, ends: edges.map { ($0.0, $0.1) })
        self.init(names: numbering.names, edges: zip(numbering.ends, edges).map { ($0.0, $0.1, $1.2) })
    }

    /// A graph on vertices already numbered: `names` sorted and distinct, each edge's ends indices
    /// into them (in either order; repeated pairs add up).
    ///
    /// - Complexity: O(n + e log e).
    init(names: [String], edges: [(Int, Int, Double)]) {
        // Sum repeated pairs first, keyed by the ordered index pair, then lay them out per vertex.
        var pairWeight: [Pair: Double] = [:]
        pairWeight.reserveCapacity(edges.count)
        for (i, j, w) in edges {
            precondition(i != j, "an analysis graph has no self-loops (\(names[i]))")
            pairWeight[Pair(i, j), default: 0] += w
        }
        var neighbors = Array(repeating: [Int](), count: names.count)
        var weights = Array(repeating: [Double](), count: names.count)
        for (pair, w) in pairWeight.sorted(by: { ($0.key.low, $0.key.high) < ($1.key.low, $1.key.high) }) {
            neighbors[pair.low].append(pair.high)
            weights[pair.low].append(w)
            neighbors[pair.high].append(pair.low)
            weights[pair.high].append(w)
        }
        // Walking pairs in (low, high) order appends each list in increasing order already:
        // a vertex's lower neighbours arrive (as `high`) before its higher ones (as `low`).
        self.ids = names
        self.neighbors = neighbors
        self.weights = weights
    }

    /// The index of the vertex named `id`, if any.
    ///
    /// - Complexity: O(log n).
    public func index(of id: String) -> Int? {
        var low = 0
        var high = ids.count
        while low < high {
            let mid = (low + high) / 2
            if ids[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < ids.count && ids[low] == id ? low : nil
    }

    /// The weight of the edge between `i` and `j`, or nil when they are not adjacent.
    ///
    /// - Complexity: O(log deg(i)).
    public func weight(between i: Int, and j: Int) -> Double? {
        position(of: j, amongNeighborsOf: i).map { weights[i][$0] }
    }

    /// Where `j` sits in `neighbors[i]`, by binary search.
    func position(of j: Int, amongNeighborsOf i: Int) -> Int? {
        let list = neighbors[i]
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < j { low = mid + 1 } else { high = mid }
        }
        return low < list.count && list[low] == j ? low : nil
    }

    /// Checks the invariants stated on the type; tests call it.
    func checkInvariants() -> Bool {
        for i in neighbors.indices {
            guard neighbors[i].count == weights[i].count else { return false }
            for (k, j) in neighbors[i].enumerated() {
                if j == i || (k > 0 && neighbors[i][k - 1] >= j) { return false }
                guard let back = position(of: i, amongNeighborsOf: j), weights[j][back] == weights[i][k] else {
                    return false
                }
            }
        }
        return true
    }

    /// Two vertex indices, the lower first: the key of an undirected pair.
    struct Pair: Hashable {
        let low: Int
        let high: Int
        init(_ i: Int, _ j: Int) {
            (low, high) = i < j ? (i, j) : (j, i)
        }
    }
}
