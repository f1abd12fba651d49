/// The vertex numbers of an analysis graph: every name (the given ids and every edge's ends) in plain
/// string order, and each edge's ends as those numbers.
///
/// Each name is hashed once: names are numbered in the order they are first seen, then renumbered by
/// sorting the distinct names. Building the graphs of a 10,000-node network by looking names up in a
/// sorted list, or keying pairs by their names, cost more than the triangle census run on them.
///
///     let numbering = VertexNumbering(ids: ["C", "A"], ends: [("B", "A")])
///     numbering.names   // ["A", "B", "C"]
///     numbering.ends    // [(1, 0)]
struct VertexNumbering {
    /// The distinct names, sorted.
    let names: [String]
    /// The two ends of each edge, as indices into `names`, in the order given.
    let ends: [(Int, Int)]

    /// - Complexity: O(n log n + e) for n distinct names and e edges.
    init(ids: [String], ends: [(String, String)]) {
        var firstSeen: [String: Int] = [:]
        firstSeen.reserveCapacity(ids.count)
        var seenNames: [String] = []
        func number(_ name: String) -> Int {
            if let known = firstSeen[name] { return known }
            firstSeen[name] = seenNames.count
            seenNames.append(name)
            return seenNames.count - 1
        }
        for id in ids { _ = number(id) }
        let provisional = ends.map { (number($0.0), number($0.1)) }
        let order = seenNames.indices.sorted { seenNames[$0] < seenNames[$1] }
        var rank = [Int](repeating: 0, count: order.count)
        for (final, seen) in order.enumerated() { rank[seen] = final }
        names = order.map { seenNames[$0] }
        self.ends = provisional.map { (rank[$0.0], rank[$0.1]) }
    }
}
