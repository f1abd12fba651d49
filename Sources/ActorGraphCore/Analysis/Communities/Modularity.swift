extension AnalysisGraph {
    /// Newman's modularity of a partition of the vertices: how much more weight lies inside the
    /// communities than a random graph with the same weighted degrees would put there.
    ///
    ///     Q = Σ_c [ L_c / m − γ · (d_c / 2m)² ]
    ///
    /// with m the total edge weight, L_c the weight of the edges inside community c, d_c the sum of
    /// its vertices' weighted degrees and γ the resolution. This is networkx's
    /// `community.modularity(G, communities, weight="weight", resolution=1)`
    /// (https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.community.quality.modularity.html),
    /// after M. E. J. Newman, "Networks: An Introduction", Oxford University Press, 2010, eq. 7.76,
    /// and, for γ, J. Reichardt and S. Bornholdt, Phys. Rev. E 74:016110, 2006.
    /// Run it on `SignedGraph.positiveGraph` for the signed networks.
    ///
    ///     // two triangles A-B-C and D-E-F joined by C-D
    ///     try graph.modularity(of: [[0, 1, 2], [3, 4, 5]])   // 0.357…  (5/14 = 2·(3/7 − 1/4))
    ///
    /// - Parameters:
    ///   - communities: Vertex indices; every vertex in exactly one set (as networkx demands).
    ///   - resolution: γ; above 1 favours smaller communities.
    /// - Returns: Q in [−1/2, 1), or nil for a graph without edges, where Q is 0/0 (networkx raises
    ///   `ZeroDivisionError`; igraph returns NaN).
    /// - Throws: `CommunityError.notAPartition` when a vertex is missing, repeated or out of range.
    /// - Complexity: O(n + e).
    public func modularity(of communities: [[Int]], resolution: Double = 1) throws(CommunityError) -> Double? {
        let community = try communityOfEachVertex(communities)
        let strength = weights.map { $0.reduce(0, +) }
        let twiceM = strength.reduce(0, +)
        guard twiceM > 0 else { return nil }
        let m = twiceM / 2
        var inside = Array(repeating: 0.0, count: communities.count)
        var degreeSum = Array(repeating: 0.0, count: communities.count)
        for v in 0..<vertexCount {
            degreeSum[community[v]] += strength[v]
            for (k, w) in neighbors[v].enumerated() where w > v && community[w] == community[v] {
                inside[community[v]] += weights[v][k]
            }
        }
        return zip(inside, degreeSum).reduce(0) { total, c in
            total + c.0 / m - resolution * (c.1 / twiceM) * (c.1 / twiceM)
        }
    }

    /// For each vertex, the index of its set in `communities`; throws unless they partition the vertices.
    func communityOfEachVertex(_ communities: [[Int]]) throws(CommunityError) -> [Int] {
        var community = Array(repeating: -1, count: vertexCount)
        for (c, members) in communities.enumerated() {
            for v in members {
                guard v >= 0, v < vertexCount, community[v] < 0 else {
                    throw .notAPartition(vertex: v, vertexCount: vertexCount)
                }
                community[v] = c
            }
        }
        if let missing = community.firstIndex(of: -1) {
            throw .notAPartition(vertex: missing, vertexCount: vertexCount)
        }
        return community
    }
}
