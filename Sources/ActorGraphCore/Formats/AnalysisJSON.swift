/// The JSON forms of the analysis results: what `graph centrality --json` and `graph balance --json` print, and the
/// `analysis` section of `network.json`. Keys are snake_case, as `Docs/Formats.md` lists them.
public enum AnalysisJSON {
    /// `{"graph": …, "balance": …, "nodes": […]}`, and `"failures"` when a centrality could not be computed.
    public static func value(of analysis: NetworkAnalysis) -> JSONValue {
        .object([
            ("graph", value(of: analysis.graph)),
            ("balance", value(of: analysis.balance)),
            ("nodes", .array(analysis.nodes.map(value(of:)))),
            ("failures", value(of: analysis.failures)),
        ])
    }

    /// `{"eigenvector": "why it could not be computed", …}`, one key per measure that failed (whose values are
    /// then `null`); nil when none did, so that the key is left out.
    public static func value(of failures: [MeasureFailure]) -> JSONValue? {
        failures.isEmpty ? nil : .object(failures.map { ($0.measure, .string($0.reason)) })
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

    /// The row's measures under the keys of `Docs/Formats.md`; a measure that could not be computed is `null`, so
    /// every row has every key.
    public static func value(of row: NodeCentrality) -> JSONValue {
        func number(_ value: Double?) -> JSONValue { value.map(JSONValue.double) ?? .null }
        return .object([
            ("id", .string(row.id)),
            ("degree", .int(row.degree)),
            ("strength", .double(row.strength)),
            ("betweenness", .double(row.betweenness)),
            ("closeness", .double(row.closeness)),
            ("eigenvector", number(row.eigenvector)),
            ("pagerank", number(row.pagerank)),
            ("triangles", .int(row.triangles)),
            ("clustering", .double(row.clustering)),
        ])
    }

    /// The balance fields of `Docs/Formats.md`: the triangle census, the triangle and weak triangle scores, walk
    /// balance, the frustration with its score and method, the two camps and the ties that break their split.
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
