/// The JSON forms of the analysis results: what `graph centrality --json` and `graph balance --json` print, and the
/// `analysis` section of `network.json`. Keys are snake_case as in CONTRACT.md.
public enum AnalysisJSON {
    /// `{"graph": …, "balance": …, "nodes": […]}`.
    public static func value(of analysis: NetworkAnalysis) -> JSONValue {
        .object([
            ("graph", value(of: analysis.graph)),
            ("balance", value(of: analysis.balance)),
            ("nodes", .array(analysis.nodes.map(value(of:)))),
        ])
    }

    public static func value(of measures: GraphMeasures) -> JSONValue {
        .object([
            ("nodes", .int(measures.nodes)),
            ("edges", .int(measures.edges)),
            ("density", .double(measures.density)),
            ("transitivity", .double(measures.transitivity)),
            ("average_clustering", .double(measures.averageClustering)),
            ("diameter", .int(measures.diameter)),
            ("components", .array(measures.components.map { .array($0.map(JSONValue.string)) })),
        ])
    }

    public static func value(of row: NodeCentrality) -> JSONValue {
        .object([
            ("id", .string(row.id)),
            ("degree", .int(row.degree)),
            ("strength", .double(row.strength)),
            ("betweenness", .double(row.betweenness)),
            ("closeness", .double(row.closeness)),
            ("eigenvector", .double(row.eigenvector)),
            ("pagerank", .double(row.pagerank)),
            ("triangles", .int(row.triangles)),
            ("clustering", .double(row.clustering)),
        ])
    }

    /// CONTRACT.md's balance fields, then the weak triangle score, the frustration score and method, and the ties
    /// that break the two-camp split.
    public static func value(of scores: BalanceScores) -> JSONValue {
        func number(_ value: Double?) -> JSONValue? { value.map(JSONValue.double) }
        return .object([
            ("triangles", .object(TriangleCensus.patterns.map { ($0, .int(scores.triangles[$0] ?? 0)) })),
            ("triangle_balance", number(scores.triangleBalance)),
            ("weak_triangle_balance", number(scores.weakTriangleBalance)),
            ("walk_balance", number(scores.walkBalance)),
            ("frustration", .int(scores.frustration.count)),
            ("frustration_balance", number(scores.frustrationBalance)),
            ("frustration_method", .string(scores.frustration.method.rawValue)),
            ("camps", .array(scores.frustration.camps.map { .array($0.map(JSONValue.string)) })),
            ("frustrated_ties", .array(scores.frustration.frustratedTies.map { .array($0.map(JSONValue.string)) })),
        ])
    }
}
