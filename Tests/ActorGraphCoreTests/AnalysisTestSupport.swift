import ActorGraphCore

/// Small helpers shared by the analysis tests.
enum AnalysisFixture {
    /// A graph on single-letter ids from pairs written "AB", all of weight 1.
    static func graph(_ ids: String, _ pairs: [String]) -> AnalysisGraph {
        AnalysisGraph(
            ids: ids.map(String.init),
            edges: pairs.map { pair in (String(pair.first!), String(pair.last!), 1) })
    }

    /// A network of countries with relation edges (weight, sign) and membership edges (weight 1).
    static func network(
        ids: [String], relations: [(String, String, weight: Int, sign: Int)], memberships: [(String, String)] = []
    ) -> Network {
        let nodes = ids.map { Node(id: $0, label: $0, kind: .country) }
        let edges =
            relations.map { a, b, weight, sign in
                Edge(source: min(a, b), target: max(a, b), kind: .relation, weight: weight, sign: sign)
            }
            + memberships.map { a, b in Edge(source: min(a, b), target: max(a, b), kind: .membership, weight: 1) }
        return Network(corpus: .init(documents: 0, sentences: 0), nodes: nodes, edges: edges)
    }
}

/// The largest |a[i] − b[i]|, or infinity when the lengths differ.
func maxAbsDifference(_ a: [Double], _ b: [Double]) -> Double {
    guard a.count == b.count else { return .infinity }
    return zip(a, b).map { abs($0 - $1) }.max() ?? 0
}
