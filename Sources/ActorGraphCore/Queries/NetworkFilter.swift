/// The part of a network a reader wants to see: strong ties, some kinds of actor, one sign, the most central
/// actors, or one actor and its neighbourhood.
///
/// ```swift
/// let filter = NetworkFilter(minWeight: 2, sign: .negative, ego: "IND", depth: 1)
/// let hostile = try filter.apply(to: network)  // India's hostile ties named at least twice
/// ```
///
/// The filters apply in this order, each to what the one before left:
///
/// 1. `kinds`: only nodes of these kinds, and the edges between two of them.
/// 2. `sign`: only relation edges of that sign. Membership edges go, since a membership has no stance.
///    `hidesNeutral`: no relation edges of sign 0 (actors named together with no net stance); memberships stay.
/// 3. `minWeight`: only relation edges named in at least that many sentences. A membership edge (always
///    weight 1) stays when both its ends keep a relation edge, so the groupings of the actors left stay visible.
/// 4. `ego` and `depth`: only nodes at most `depth` edges (of any kind) from the ego, and every edge left
///    between two of them, as networkx's `ego_graph` does.
/// 5. `top` by `measure`: only the `top` nodes left that rank highest by the measure, with ties broken by id,
///    and the edges between two of them. The measure is computed on the whole input network, so an actor's rank
///    does not depend on the other filters. The ego is kept besides.
///
/// Then a node stays when it keeps an edge, or is the ego. A filter that sets nothing returns the network
/// unchanged, isolated nodes included. The result is in the network's canonical order: the same network
/// and filter give the same result.
public struct NetworkFilter: Sendable, Hashable {
    /// The sign of the relation edges to keep.
    public enum Sign: String, Sendable, Hashable, CaseIterable {
        /// Cooperative: `sign == 1`.
        case positive
        /// Conflictual: `sign == -1`.
        case negative
        /// No net stance: `sign == 0`.
        case neutral

        var value: Int {
            switch self {
            case .positive: 1
            case .negative: -1
            case .neutral: 0
            }
        }

        var phrase: String {
            switch self {
            case .positive: "cooperative ties"
            case .negative: "conflictual ties"
            case .neutral: "ties without net stance"
            }
        }
    }

    /// Keep relation edges with at least this weight (sentences); nil keeps all.
    public var minWeight: Int?
    /// Keep only nodes of these kinds; nil keeps all.
    public var kinds: Set<NodeKind>?
    /// Keep only relation edges of this sign; nil keeps all.
    public var sign: Sign?
    /// Drop the relation edges of sign 0, keeping the cooperative and hostile ones and the memberships.
    public var hidesNeutral: Bool
    /// Keep only this many nodes, the highest by `measure`; nil keeps all.
    public var top: Int?
    /// The centrality `top` ranks by.
    public var measure: CentralityMeasure
    /// The id of the node whose neighbourhood to keep; nil keeps all.
    public var ego: String?
    /// How many edges away from `ego` a node may be.
    public var depth: Int

    public init(
        minWeight: Int? = nil, kinds: Set<NodeKind>? = nil, sign: Sign? = nil, hidesNeutral: Bool = false,
        top: Int? = nil, measure: CentralityMeasure = .pagerank, ego: String? = nil, depth: Int = 1
    ) {
        self.minWeight = minWeight
        self.kinds = kinds
        self.sign = sign
        self.hidesNeutral = hidesNeutral
        self.top = top
        self.measure = measure
        self.ego = ego
        self.depth = depth
    }

    /// Whether the filter sets nothing, and so leaves every network as it is.
    public var isEmpty: Bool {
        minWeight == nil && kinds == nil && sign == nil && !hidesNeutral && top == nil && ego == nil
    }

    /// What the filter keeps, for a diagram's subtitle: "ego India, depth 1 · hostile · weight ≥ 2"; nil when empty.
    public func summary(in network: Network) -> String? {
        var parts: [String] = []
        if let ego { parts.append("around \(network.node(id: ego)?.label ?? ego), depth \(depth)") }
        if let kinds { parts.append(kinds.sorted().map(\.rawValue).joined(separator: ", ") + " only") }
        let ties = sign?.phrase ?? (hidesNeutral ? "cooperative and hostile ties" : nil)
        switch (ties, minWeight) {
        case (let ties?, let minWeight?): parts.append("\(ties) named in ≥ \(minWeight) sentences")
        case (let ties?, nil): parts.append(ties)
        case (nil, let minWeight?): parts.append("ties named in ≥ \(minWeight) sentences")
        case (nil, nil): break
        }
        if let top { parts.append("top \(top) by \(measure.rawValue)") }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The part of `network` the filter keeps (see the type's documentation for the order of the filters).
    ///
    /// - Throws: `NetworkFilterError` for a negative `minWeight`, `top` or `depth`, or an `ego` that is not a
    ///   node (or not of the kinds kept); `AnalysisError` when the `top` measure does not converge.
    /// - Complexity: O(n + e log e), plus the centrality measure when `top` is set.
    public func apply(to network: Network) throws -> Network {
        if isEmpty { return network }
        if let minWeight, minWeight < 0 { throw NetworkFilterError.negative(option: "minimum weight", value: minWeight) }
        if let top, top < 0 { throw NetworkFilterError.negative(option: "top", value: top) }
        if depth < 0 { throw NetworkFilterError.negative(option: "depth", value: depth) }
        if let ego, network.node(id: ego) == nil { throw NetworkFilterError.unknownEgo(ego) }

        // 1. Kinds.
        var nodes = Set(network.nodes.filter { kinds?.contains($0.kind) ?? true }.map(\.id))
        if let ego, !nodes.contains(ego) { throw NetworkFilterError.egoFilteredOut(ego) }
        var edges = network.edges.filter { nodes.contains($0.source) && nodes.contains($0.target) }

        // 2. Sign.
        if let sign {
            edges = edges.filter { $0.kind == .relation && $0.sign == sign.value }
        }
        if hidesNeutral {
            edges = edges.filter { $0.kind == .membership || $0.sign != 0 }
        }

        // 3. Weight: memberships follow the relations that stay.
        if let minWeight {
            let relations = edges.filter { $0.kind == .relation && $0.weight >= minWeight }
            let related = Set(relations.flatMap { [$0.source, $0.target] })
            edges = edges.filter {
                $0.kind == .relation
                    ? $0.weight >= minWeight : related.contains($0.source) && related.contains($0.target)
            }
        }

        // 4. Ego neighbourhood.
        if let ego {
            nodes = Self.reach(from: ego, depth: depth, over: edges)
            edges = edges.filter { nodes.contains($0.source) && nodes.contains($0.target) }
        }

        // 5. Top nodes by a centrality of the whole network.
        if let top {
            let present = Set(edges.flatMap { [$0.source, $0.target] }).union(ego.map { [$0] } ?? [])
            let scores = try centralityValues(measure, of: network)
            let ranked = present.sorted { (scores[$1] ?? 0, $0) < (scores[$0] ?? 0, $1) }
            nodes = Set(ranked.prefix(top)).union(ego.map { [$0] } ?? [])
            edges = edges.filter { nodes.contains($0.source) && nodes.contains($0.target) }
        }

        let kept = Set(edges.flatMap { [$0.source, $0.target] }).union(ego.map { [$0] } ?? [])
        return Network(
            corpus: network.corpus, nodes: network.nodes.filter { kept.contains($0.id) }, edges: edges,
            folded: network.folded)
    }

    /// The nodes at most `depth` edges from `start`, by breadth-first search.
    private static func reach(from start: String, depth: Int, over edges: [Edge]) -> Set<String> {
        var neighbours: [String: [String]] = [:]
        for edge in edges {
            neighbours[edge.source, default: []].append(edge.target)
            neighbours[edge.target, default: []].append(edge.source)
        }
        var seen: Set<String> = [start]
        var frontier = [start]
        for _ in 0..<depth where !frontier.isEmpty {
            frontier = frontier.flatMap { neighbours[$0] ?? [] }.filter { seen.insert($0).inserted }
        }
        return seen
    }
}

/// A filter that cannot apply to a network.
public enum NetworkFilterError: Error, Equatable, CustomStringConvertible {
    /// A count that must not be negative was.
    case negative(option: String, value: Int)
    /// The ego is not a node of the network.
    case unknownEgo(String)
    /// The ego is of a kind the filter leaves out.
    case egoFilteredOut(String)

    public var description: String {
        switch self {
        case .negative(let option, let value): "the \(option) must be 0 or more, not \(value)"
        case .unknownEgo(let id): "no node with id \"\(id)\" in the network"
        case .egoFilteredOut(let id): "\"\(id)\" is not of the kinds kept, so it cannot be the centre of the diagram"
        }
    }
}
