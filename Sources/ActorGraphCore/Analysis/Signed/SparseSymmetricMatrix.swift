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

    /// result = A · vector, for one vector (`Double` entries) or several side by side (SIMD entries,
    /// one vector per lane). Each entry is summed over the row's ties in order.
    ///
    /// - Complexity: O(n + e) vector operations.
    func multiply<Entry: MatrixVectorEntry>(_ vector: [Entry], into result: inout [Entry]) {
        for row in 0..<dimension {
            var sum = Entry.zero
            for k in offsets[row]..<offsets[row + 1] { sum += values[k] * vector[targets[k]] }
            result[row] = sum
        }
    }
}

/// What a vector's entries need for `SparseSymmetricMatrix.multiply`: a zero, a sum and scaling by
/// a matrix entry. `Double` and `SIMD8<Double>` already have all three.
protocol MatrixVectorEntry {
    static var zero: Self { get }
    static func += (lhs: inout Self, rhs: Self)
    static func * (lhs: Double, rhs: Self) -> Self
}

extension Double: MatrixVectorEntry {}
extension SIMD8: MatrixVectorEntry where Scalar == Double {}
