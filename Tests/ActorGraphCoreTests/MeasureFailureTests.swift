import ActorGraphCore
import Foundation
import Testing

/// A measure that cannot be computed takes out that measure only (issue 13, defect 1): the table, the analysis
/// `graph build` stores and the report keep every other measure, and say which one failed and why.
@Suite struct MeasureFailureTests {
    /// A triangle beside a path of 120 countries. Their largest eigenvalues, 2 and 2 cos(π/121) ≈ 1.99933, are so
    /// close that the power iteration moves weight from the path to the triangle by a factor of about
    /// (2.99933 / 3) a step and has not settled after 10,000 steps; networkx 3.6.1 raises
    /// `PowerIterationFailedConvergence` on it too (`eigenvector_centrality(G, max_iter=10000)`, at tol 1e-6 and
    /// at 1e-12). PageRank converges on it, as it does on every graph.
    static let stalledEigenvector: Network = {
        let path = (0..<120).map { String(format: "P%03d", $0) }
        let triangle = ["TA", "TB", "TC"]
        let pairs = zip(path, path.dropFirst()).map { ($0, $1) } + [("TA", "TB"), ("TB", "TC"), ("TA", "TC")]
        return AnalysisFixture.network(
            ids: path + triangle, relations: pairs.map { ($0.0, $0.1, weight: 1, sign: 1) })
    }()

    static let eigenvectorFailure = MeasureFailure(
        measure: "eigenvector",
        reason: AnalysisError.noConvergence(measure: "eigenvector centrality", iterations: 10_000, tolerance: 1e-12)
            .description)

    @Test func theFailedColumnIsEmptyAndEveryOtherIsThere() throws {
        let network = Self.stalledEigenvector
        let graph = AnalysisGraph(network: network)
        #expect(throws: AnalysisError.self) { try graph.eigenvectorCentrality() }

        let table = centrality(of: network)
        #expect(table.failures == [Self.eigenvectorFailure])
        #expect(table.rows.map(\.id) == graph.ids)
        #expect(table.rows.allSatisfy { $0.eigenvector == nil })
        #expect(table.rows.map(\.pagerank) == (try graph.pageRank()))
        #expect(table.rows.map(\.degree) == graph.degrees())
        #expect(table.rows.map(\.betweenness) == graph.betweenness())
        #expect(table.rows.map(\.closeness) == graph.closeness())
        #expect(table.rows.map(\.triangles) == graph.triangleCounts())
        #expect(table.rows.map(\.clustering) == graph.clustering())
        #expect(table.rows.allSatisfy { $0[.eigenvector] == nil && $0[.degree] != nil })
        #expect(centralityAndGraphMeasures(of: network).table == table)
        // Asked for alone, the column has nothing else to give, so it throws.
        #expect(throws: AnalysisError.self) { try centralityValues(.eigenvector, of: network) }
    }

    /// `graph build` stores the analysis: the failed measure is `null` in every node, so every node keeps every
    /// key, and `failures` says why.
    @Test func theStoredAnalysisHoldsNullAndTheReason() throws {
        let analysis = try NetworkAnalysis(of: Self.stalledEigenvector)
        #expect(analysis.failures == [Self.eigenvectorFailure])
        let text = NetworkJSON.encode(Self.stalledEigenvector, analysis: analysis)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let section = try #require(json["analysis"] as? [String: Any])
        let nodes = try #require(section["nodes"] as? [[String: Any]])
        #expect(nodes.count == 123)
        #expect(nodes.allSatisfy { $0["eigenvector"] is NSNull && $0["pagerank"] is Double && $0["degree"] is Int })
        #expect(section["failures"] as? [String: String] == ["eigenvector": Self.eigenvectorFailure.reason])
        // A network whose measures all converge has no failures key.
        let fine = AnalysisFixture.network(ids: ["A", "B"], relations: [("A", "B", weight: 1, sign: 1)])
        let plain = NetworkJSON.encode(fine, analysis: try NetworkAnalysis(of: fine))
        #expect(!plain.contains("failures") && !plain.contains("null"))
    }

    @Test func theReportMarksTheColumnAndSaysWhy() throws {
        let report = try NetworkReport(network: Self.stalledEigenvector)
        #expect(report.centralityFailures == [Self.eigenvectorFailure])
        #expect(report.centrality.count == 123 && report.centrality.allSatisfy { $0.measures.pagerank != nil })
        let note = "— eigenvector could not be computed: \(Self.eigenvectorFailure.reason)."

        let html = HTMLReport(diagramSVG: "<svg/>").render(report)
        let rows = html.components(separatedBy: "<tr>").filter { $0.contains("data-value=\"country\"") }
        #expect(rows.count == 123)
        // Columns: actor, kind, then the measures in order; eigenvector is the fifth measure.
        let cells: [[String]] = rows.map { Array($0.components(separatedBy: "<td").dropFirst()) }
        #expect(cells.allSatisfy { $0.count == 10 && $0[6].hasSuffix(">—</td>") && !$0[7].contains("—") })
        #expect(html.contains(note))

        let markdown = MarkdownReport(diagramPath: nil).render(report)
        #expect(markdown.contains(" — |"))
        #expect(markdown.contains(note))
    }
}
