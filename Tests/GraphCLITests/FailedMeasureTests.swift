import Foundation
import Testing

/// A measure that cannot be computed is reported for that measure alone (issue 13, defect 1): the table keeps
/// every other column with the failed one marked "—", JSON gives it as `null` with the reason under `failures`, a
/// warning names it on standard error, and the exit status is 0, since everything else printed is right. Ranking by
/// that very measure is the one request that cannot be answered, and is an error.
@Suite struct FailedMeasureTests {
    /// A triangle beside a path of 120 (ActorGraphCoreTests' `MeasureFailureTests.stalledEigenvector`): eigenvector
    /// centrality does not converge in 10,000 steps, as networkx's does not.
    static func stalledNetwork() throws -> URL {
        let folder = try GraphTool.scratchFolder()
        let path = (0..<120).map { String(format: "P%03d", $0) }
        let rows = zip(path, path.dropFirst()).map { "\($0),\($1)" } + ["TA,TB", "TB,TC", "TA,TC"]
        let csv = folder.appendingPathComponent("stalled.csv")
        try (["source,target"] + rows).joined(separator: "\n").write(to: csv, atomically: true, encoding: .utf8)
        let network = folder.appendingPathComponent("network.json")
        let run = try GraphTool.run(["import", csv.path, "-o", network.path])
        guard run.status == 0 else { throw GraphTool.BuildFailed(run: run) }
        return network
    }

    @Test func theTableKeepsEveryOtherColumnAndMarksTheFailedOne() throws {
        let network = try Self.stalledNetwork().path
        let run = try GraphTool.run(["centrality", "--graph", network])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.errorLines.count == 1)
        #expect(run.stderr.hasPrefix("warning: eigenvector could not be computed"))
        #expect(run.stderr.contains("did not converge within 10000 iterations"))

        let lines = run.stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.hasPrefix("node ") })
        #expect(header.split(separator: " ").map(String.init) == [
            "node", "deg", "strength", "betw", "close", "eigen", "pagerank", "tri", "clust",
        ])
        let rows = lines.filter { $0.hasPrefix("P") || $0.hasPrefix("T") }.map { $0.split(separator: " ") }
        #expect(rows.count == 123)
        #expect(rows.allSatisfy { $0.count == 9 && $0[5] == "—" && Double($0[6]) != nil && Double($0[4]) != nil })
    }

    @Test func jsonGivesNullAndTheReason() throws {
        let network = try Self.stalledNetwork().path
        let run = try GraphTool.run(["centrality", "--graph", network, "--json", "--by", "degree"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("warning: eigenvector could not be computed"))
        let json = try GraphTool.json(run.stdout)
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.count == 123)
        #expect(nodes.allSatisfy { $0["eigenvector"] is NSNull && $0["pagerank"] is Double })
        #expect(nodes.compactMap { $0["degree"] as? Int }.prefix(3) == [2, 2, 2])
        let failures = try #require(json["failures"] as? [String: String])
        #expect(failures.keys.sorted() == ["eigenvector"])
        #expect(failures["eigenvector"]?.contains("did not converge") == true)
    }

    @Test func rankingByTheFailedMeasureIsAnError() throws {
        let network = try Self.stalledNetwork().path
        let run = try GraphTool.run(["centrality", "--graph", network, "--by", "eigenvector"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.errorLines.last?.contains("cannot rank by eigenvector") == true, "\(run.stderr)")
    }

    @Test func theReportIsWrittenWithTheColumnMarked() throws {
        let network = try Self.stalledNetwork()
        let output = network.deletingLastPathComponent().appendingPathComponent("report.md")
        let run = try GraphTool.run(["report", "--graph", network.path, "--format", "markdown", "-o", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("warning: eigenvector could not be computed"))
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.contains("— eigenvector could not be computed: eigenvector centrality did not converge"))
        let html = try GraphTool.run(["report", "--graph", network.path, "-o", "-"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains(">—</td>"))
    }
}
