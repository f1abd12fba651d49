extension AnalysisGraph {
    /// The length of every edge for the weighted path measures, parallel to `weights`: 1 / weight,
    /// so that a heavier tie (more co-mentions) is a shorter step. An edge whose weight is not
    /// positive gets length infinity, and the path measures never cross it.
    ///
    /// This is the `distance` edge attribute networkx is given (`distance = 1 / weight`) when its
    /// path-based measures are run with `weight="distance"`.
    ///
    /// - Complexity: O(n + e).
    func edgeLengths() -> [[Double]] {
        weights.map { row in row.map { $0 > 0 ? 1 / $0 : .infinity } }
    }
}

/// Single-source shortest paths that also count them, reused from one source to the next.
///
/// Unweighted (no lengths), it is a breadth-first search; weighted, Dijkstra's algorithm
/// (E. W. Dijkstra, "A note on two problems in connexion with graphs", Numerische Mathematik
/// 1:269–271, 1959) with a binary heap. Both record what Brandes' betweenness needs: the vertices
/// in the order they are settled (non-decreasing distance) and the number σ of shortest paths from
/// the source to each. A vertex's predecessors on those paths are not stored: they are the
/// neighbours v of w with d(v) + length(v, w) = d(w), which `forEachPredecessor` finds again from
/// the distances in O(deg w). Storing them (one small array per vertex, appended per source) was
/// most of the cost of betweenness on a graph of 10,000 vertices.
///
/// Weighted distances are compared exactly, as networkx's `_single_source_dijkstra_path_basic`
/// compares them: two paths tie only when their floating-point lengths, summed from the source,
/// are equal. A vertex's distance is the smallest such sum over its neighbours, whatever the order
/// of the heap, so both implementations settle on the same distances and the same σ.
struct PathSearch {
    /// Vertices reached from the last source, in the order they were settled.
    private(set) var order: [Int] = []
    /// Distance from the last source; infinity for a vertex it does not reach.
    private(set) var distance: [Double]
    /// Number of shortest paths from the last source (a `Double`, as counts can grow fast).
    private(set) var sigma: [Double]

    private let edges: Edges
    /// Each vertex's place in `order`; -1 until it is settled.
    private var rank: [Int]
    private var heap = MinHeap()

    /// The graph's adjacency as compressed rows, with edge lengths when weighted. Made once and
    /// shared by the searches of a sweep (see `AnalysisGraph.sweep`).
    struct Edges: Sendable {
        let rows: CompressedRows
        /// The length of each entry of `rows.targets` (1 / weight), or nil for searches that count edges.
        let lengths: [Double]?

        /// - Complexity: O(n + e).
        init(_ graph: AnalysisGraph, weighted: Bool) {
            rows = CompressedRows(graph.neighbors)
            lengths = weighted ? graph.edgeLengths().flatMap { $0 } : nil
        }
    }

    /// A search on `graph`: weighted (edge length 1 / weight) or not.
    init(_ graph: AnalysisGraph, weighted: Bool) {
        self.init(Edges(graph, weighted: weighted))
    }

    /// A search over edges already laid out.
    init(_ edges: Edges) {
        let n = edges.rows.vertexCount
        self.edges = edges
        self.distance = Array(repeating: .infinity, count: n)
        self.sigma = Array(repeating: 0, count: n)
        self.rank = Array(repeating: -1, count: n)
    }

    /// Runs the search from `source`, replacing the previous results.
    ///
    /// - Complexity: O(n + e) unweighted, O((n + e) log e) weighted, plus the cost of clearing
    ///   what the previous search reached.
    mutating func run(from source: Int) {
        for v in order {
            distance[v] = .infinity
            sigma[v] = 0
            rank[v] = -1
        }
        order.removeAll(keepingCapacity: true)
        distance[source] = 0
        sigma[source] = 1
        if let lengths = edges.lengths { dijkstra(from: source, lengths: lengths) } else { breadthFirst(from: source) }
    }

    /// Calls `body(v, σ(v))` for every predecessor v of `w` on a shortest path from the last source.
    ///
    /// A predecessor is a neighbour settled before w whose distance plus the edge's length is exactly w's
    /// distance: the neighbours whose paths σ(w) counted. "Settled before" rather than "nearer" keeps an edge
    /// too short to change a floating-point sum (16 + 1e-15 == 16) from making two vertices each other's
    /// predecessor, while its far end still has one: every vertex but the source has a predecessor, and
    /// following predecessors always reaches the source.
    ///
    /// - Complexity: O(deg w).
    func forEachPredecessor(of w: Int, _ body: (Int, Double) -> Void) {
        let dw = distance[w]
        let targets = edges.rows.targets
        if let lengths = edges.lengths {
            for k in edges.rows.range(of: w) {
                let v = targets[k]
                if rank[v] >= 0, rank[v] < rank[w], distance[v] + lengths[k] == dw { body(v, sigma[v]) }
            }
        } else {
            for k in edges.rows.range(of: w) where distance[targets[k]] == dw - 1 {
                body(targets[k], sigma[targets[k]])
            }
        }
    }

    private mutating func breadthFirst(from source: Int) {
        order.append(source)
        var head = 0
        while head < order.count {
            let v = order[head]
            head += 1
            let next = distance[v] + 1
            let paths = sigma[v]
            for k in edges.rows.range(of: v) {
                let w = edges.rows.targets[k]
                if distance[w] == .infinity {
                    distance[w] = next
                    order.append(w)
                }
                if distance[w] == next { sigma[w] += paths }
            }
        }
    }

    private mutating func dijkstra(from source: Int, lengths: [Double]) {
        heap.removeAll()
        heap.push(0, source)
        while let (d, v) = heap.pop() {
            guard rank[v] < 0 else { continue }
            rank[v] = order.count
            order.append(v)
            for k in edges.rows.range(of: v) where lengths[k].isFinite {
                let w = edges.rows.targets[k]
                guard rank[w] < 0 else { continue }
                let candidate = d + lengths[k]
                if candidate < distance[w] {
                    distance[w] = candidate
                    sigma[w] = sigma[v]
                    heap.push(candidate, w)
                } else if candidate == distance[w] {
                    sigma[w] += sigma[v]
                }
            }
        }
    }
}

/// A binary min-heap of (distance, vertex), ties popped in insertion order, with stale entries
/// left in place and skipped by the caller (the "lazy deletion" form of Dijkstra).
private struct MinHeap {
    private var items: [(key: Double, stamp: Int, vertex: Int)] = []
    private var stamp = 0

    mutating func removeAll() {
        items.removeAll(keepingCapacity: true)
        stamp = 0
    }

    /// - Complexity: O(log count).
    mutating func push(_ key: Double, _ vertex: Int) {
        items.append((key, stamp, vertex))
        stamp += 1
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(child, parent) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    /// - Complexity: O(log count).
    mutating func pop() -> (Double, Int)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var smallest = parent
                if left < items.count, precedes(left, smallest) { smallest = left }
                if right < items.count, precedes(right, smallest) { smallest = right }
                guard smallest != parent else { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return (top.key, top.vertex)
    }

    private func precedes(_ i: Int, _ j: Int) -> Bool {
        (items[i].key, items[i].stamp) < (items[j].key, items[j].stamp)
    }
}
