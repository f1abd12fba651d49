extension Edge {
    /// Whether evidence item `x` shows an edge of sign `sign` better than `y`: the one rule for "the strongest
    /// sentence" that every output uses (the diagram's tooltip, `graph edge`, the report, GraphML, GEXF and CSV,
    /// `graph triangles --unbalanced`) and the network builder keeps.
    ///
    /// A sentence is stronger the more it leans the edge's way (stance × sign, so a cooperative tie is shown by
    /// its most cooperative sentence, never by a hostile one); for an edge of sign 0, the more it leans either
    /// way (|stance|). Equals go by document, then sentence number, so the order never depends on the order the
    /// articles were read in.
    public static func isStronger(_ x: Evidence, than y: Evidence, forSign sign: Int) -> Bool {
        func lean(_ item: Evidence) -> Double { sign == 0 ? abs(item.stance) : item.stance * Double(sign) }
        return (-lean(x), x.document, x.sentence) < (-lean(y), y.document, y.sentence)
    }

    /// The stored evidence, strongest first (`isStronger(_:than:forSign:)`).
    public var evidenceByStrength: [Evidence] {
        evidence.sorted { Self.isStronger($0, than: $1, forSign: sign) }
    }

    /// The sentence to show for the edge, or nil when none is stored.
    public var strongestEvidence: Evidence? {
        evidence.min { Self.isStronger($0, than: $1, forSign: sign) }
    }
}

extension Network {
    /// The network with each edge keeping at most `limit` of its sentences, the strongest
    /// (``Edge/isStronger(_:than:forSign:)``), as `graph build --evidence N` writes it; nil keeps every one.
    ///
    /// - Complexity: O(s log s) for s stored evidence items.
    public func keepingEvidence(_ limit: Int?) -> Network {
        guard let limit else { return self }
        let edges = edges.map { edge in
            var edge = edge
            if edge.evidence.count > limit { edge.evidence = Array(edge.evidenceByStrength.prefix(limit)) }
            return edge
        }
        return Network(corpus: corpus, nodes: nodes, edges: edges, folded: folded)
    }
}
