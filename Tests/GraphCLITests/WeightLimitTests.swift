import Foundation
import Testing

/// Edge weights whose sums the measures cannot hold exactly (past 2^53 in all) are refused where a file is read,
/// with one line naming the file, the edge and the limit, instead of stopping a command on an arithmetic overflow
/// or a double that does not fit an integer (signal 4).
@Suite struct WeightLimitTests {
    /// Every command that reads a network; run in a scratch folder, where the exports write.
    static let readers: [[String]] = [
        ["report", "-o", "-"], ["report", "--format", "markdown", "-o", "-"], ["centrality"],
        ["centrality", "--weighted"], ["centrality", "--signed"], ["path", "IND", "PAK", "--weighted"], ["path", "IND", "PAK"],
        ["triangles"], ["triangles", "--unbalanced"], ["balance"], ["communities"], ["neighbors", "IND"],
        ["edge", "IND", "PAK"],
    ] + ["json", "dot", "svg", "graphml", "gexf", "csv"].map { ["export", "--format", $0, "-o", "out.\($0)"] }

    /// A three-country network whose IND–PAK edge weighs `weight`.
    static func network(weight: Int) -> String {
        """
        {"format": "actor-graph/1", "corpus": {"documents": 1, "sentences": 1},
         "nodes": [{"id": "IND", "label": "India", "kind": "country", "mentions": 1},
                   {"id": "PAK", "label": "Pakistan", "kind": "country", "mentions": 1},
                   {"id": "RUS", "label": "Russia", "kind": "country", "mentions": 1}],
         "edges": [{"source": "IND", "target": "PAK", "kind": "relation", "weight": \(weight), "positive": 0,
                    "negative": 2, "stance": -0.5, "sign": -1, "evidence": []},
                   {"source": "IND", "target": "RUS", "kind": "relation", "weight": 4, "positive": 3,
                    "negative": 0, "stance": 0.5, "sign": 1, "evidence": []},
                   {"source": "PAK", "target": "RUS", "kind": "relation", "weight": 1, "positive": 1,
                    "negative": 0, "stance": 0.4, "sign": 1, "evidence": []}]}
        """
    }

    @Test func aWeightOfInt64MaxIsRefusedByEveryCommand() throws {
        let file = try GraphTool.scratchFolder().appendingPathComponent("network.json")
        try Self.network(weight: Int.max).write(to: file, atomically: true, encoding: .utf8)
        for command in Self.readers {
            let run = try GraphTool.run(command + ["--graph", file.path], in: file.deletingLastPathComponent())
            #expect(run.status == 1, "\(command) exits with an error, not a signal: \(run.stderr)")
            #expect(run.errorLines.count == 1, "\(command): \(run.stderr)")
            #expect(
                run.stderr.contains(file.path) && run.stderr.contains("IND–PAK")
                    && run.stderr.contains("weight \(Int.max)") && run.stderr.contains("9007199254740992"),
                "\(command): \(run.stderr)")
        }
    }

    /// The limit is on the total, and a network that reaches it exactly is read and measured by every command.
    @Test func weightsThatAddUpToTheLimitAreRead() throws {
        let file = try GraphTool.scratchFolder().appendingPathComponent("network.json")
        try Self.network(weight: (1 << 53) - 5).write(to: file, atomically: true, encoding: .utf8)
        for command in Self.readers {
            let run = try GraphTool.run(command + ["--graph", file.path], in: file.deletingLastPathComponent())
            #expect(run.status == 0, "\(command): \(run.stderr)")
        }
        let past = try GraphTool.scratchFolder().appendingPathComponent("network.json")
        try Self.network(weight: (1 << 53) - 4).write(to: past, atomically: true, encoding: .utf8)
        let run = try GraphTool.run(["neighbors", "IND", "--graph", past.path])
        #expect(run.status == 1 && run.stderr.contains("PAK–RUS: weight 1 brings"), "\(run.stderr)")
    }

    /// `graph import` refuses the row that takes the total past the limit, so it never writes a file the other
    /// commands refuse; up to the limit, what it writes every command reads.
    @Test func importStopsAtTheRowThatPassesTheLimit() throws {
        let folder = try GraphTool.scratchFolder()
        let rows = folder.appendingPathComponent("dyads.csv")
        let network = folder.appendingPathComponent("dyads.json")
        let heavy = "USA,IRN,999999999999999\n"
        try ("source,target,weight\n" + String(repeating: heavy, count: 9) + "GBR,FRA,7199254741001\n")
            .write(to: rows, atomically: true, encoding: .utf8)
        #expect(try GraphTool.run(["import", rows.path, "-o", network.path]).status == 0)
        for command in Self.readers {
            let run = try GraphTool.run(
                command.map { $0 == "IND" ? "USA" : $0 == "PAK" ? "IRN" : $0 } + ["--graph", network.path], in: folder)
            #expect(run.status == 0, "\(command): \(run.stderr)")
        }

        try ("source,target,weight\n" + String(repeating: heavy, count: 9) + "GBR,FRA,7199254741002\n")
            .write(to: rows, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: network)
        let run = try GraphTool.run(["import", rows.path, "-o", network.path])
        #expect(run.status == 1, "an error, not a signal: \(run.stderr)")
        #expect(run.stderr.contains("line 11") && run.stderr.contains("FRA–GBR") && run.stderr.contains("9007199254740992"))
        #expect(!FileManager.default.fileExists(atPath: network.path))
    }
}
