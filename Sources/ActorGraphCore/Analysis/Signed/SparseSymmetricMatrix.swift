/// A matrix on a signed graph's ties (its adjacency matrix, or a weighting of it) in compressed
/// sparse rows, for the measures that multiply by it rather than decompose it.
struct SparseSymmetricMatrix: Sendable {
    /// `targets[offsets[v] ..< offsets[v + 1]]` are the columns of row v's entries, `values` their values.
    let offsets: [Int]
    let targets: [Int]
    let values: [Double]

    /// The matrix with `value(sign)` for each tie and 0 elsewhere.
    init(_ graph: SignedGraph, value: (Int) -> Double) {
        var offsets = [0]
        offsets.reserveCapacity(graph.vertexCount + 1)
        for list in graph.graph.neighbors { offsets.append(offsets[offsets.count - 1] + list.count) }
        self.offsets = offsets
        targets = graph.graph.neighbors.flatMap { $0 }
        values = graph.signs.flatMap { $0.map(value) }
    }

    var dimension: Int { offsets.count - 1 }

    /// result = A · vector.
    ///
    /// - Complexity: O(n + e).
    func multiply(_ vector: [Double], into result: inout [Double]) {
        for row in 0..<dimension {
            var sum = 0.0
            for k in offsets[row]..<offsets[row + 1] { sum += values[k] * vector[targets[k]] }
            result[row] = sum
        }
    }
}
