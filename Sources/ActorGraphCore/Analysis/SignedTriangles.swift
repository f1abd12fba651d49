/// Every triangle of the network with the signs of its ties, sorted by their nodes.
///
/// A triangle is three nodes tied pairwise by edges of any kind; see `Triangle` for how each tie's
/// sign is read (a relation's sign, or +1 for a membership-only pair).
///
///     for triangle in triangles(in: network) where triangle.balanced == false { … }
///
/// - Complexity: O(Σ_v deg(v)²), by merging sorted neighbour lists, plus O(e log e) to build the graph.
public func triangles(in network: Network) -> [Triangle] {
    let signed = SignedGraph(network: network, includingNeutral: true)
    var result = [Triangle]()
    signed.graph.forEachTriangle { u, v, w in
        result.append(signed.triangle(u, v, w))
    }
    return result
}

/// The triangles through one node, sorted by their nodes; empty when `id` is not a node or has none.
///
/// - Complexity: O(deg(x) · max deg) for the node x, after building the graph.
public func triangles(in network: Network, through id: String) -> [Triangle] {
    let signed = SignedGraph(network: network, includingNeutral: true)
    guard let x = signed.graph.index(of: id) else { return [] }
    var result = [Triangle]()
    for v in signed.graph.neighbors[x] {
        signed.graph.commonNeighbors(x, v, above: v) { w in
            let sorted = [x, v, w].sorted()
            result.append(signed.triangle(sorted[0], sorted[1], sorted[2]))
        }
    }
    return result.sorted { $0.nodes.lexicographicallyPrecedes($1.nodes) }
}

extension SignedGraph {
    /// The triangle on vertices u < v < w.
    fileprivate func triangle(_ u: Int, _ v: Int, _ w: Int) -> Triangle {
        Triangle(
            nodes: [graph.ids[u], graph.ids[v], graph.ids[w]],
            signs: [sign(u, v), sign(u, w), sign(v, w)])
    }
}
