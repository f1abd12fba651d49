/// A graph's neighbour lists laid end to end (compressed sparse rows): `targets[range(of: v)]` are
/// `neighbors[v]`, in order. The inner loops of the path searches and of the sparse matrix products
/// walk this one contiguous array instead of one array per vertex; values kept per edge (lengths,
/// signs) are flattened in the same order and share its indices.
struct CompressedRows: Sendable {
    /// Where each vertex's neighbours start in `targets`, and, last, `targets.count`.
    let offsets: [Int]
    let targets: [Int]

    /// - Complexity: O(n + e).
    init(_ neighbors: [[Int]]) {
        var offsets = [0]
        offsets.reserveCapacity(neighbors.count + 1)
        for list in neighbors { offsets.append(offsets[offsets.count - 1] + list.count) }
        self.offsets = offsets
        targets = neighbors.flatMap { $0 }
    }

    /// The number of vertices.
    var vertexCount: Int { offsets.count - 1 }

    /// The indices in `targets` of vertex `v`'s neighbours.
    func range(of v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }
}
