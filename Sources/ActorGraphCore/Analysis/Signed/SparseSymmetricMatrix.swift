/// A matrix on a signed graph's ties (its adjacency matrix, or a weighting of it) in compressed
/// sparse rows, for the measures that multiply by it rather than decompose it.
struct SparseSymmetricMatrix: Sendable {
    /// Row v's entries are in the columns `rows.targets[rows.range(of: v)]`.
    let rows: CompressedRows
    /// The value of each entry, parallel to `rows.targets`.
    let values: [Double]

    /// The matrix with `value(sign)` for each tie and 0 elsewhere.
    init(_ graph: SignedGraph, value: (Int) -> Double) {
        rows = CompressedRows(graph.graph.neighbors)
        values = graph.signs.flatMap { $0.map(value) }
    }

    var dimension: Int { rows.vertexCount }

    /// result = A · vector, for one vector (`Double` entries) or several side by side (SIMD entries,
    /// one vector per lane). Each entry is summed over the row's ties in order.
    ///
    /// - Complexity: O(n + e) vector operations.
    func multiply<Entry: MatrixVectorEntry>(_ vector: [Entry], into result: inout [Entry]) {
        for row in 0..<dimension {
            var sum = Entry.zero
            for k in rows.range(of: row) { sum += values[k] * vector[rows.targets[k]] }
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
