import Foundation
import Testing

/// A label of any length is shown cut to `Node.displayedLabelLength` (100) characters in the tables, the diagram and
/// the reports, and kept whole in the data. The label is issue 13's 10 MB one, which made `triangles`, `report` and
/// the SVG take over a minute each when they padded tables to it and laid it out: now a fraction of a second.
@Suite(.timeLimit(.minutes(1))) struct LongLabelTests {
    static let label = "India " + String(repeating: "x", count: 10_000_000)
    static let shown = String(label.prefix(99)) + "…"

    func network() throws -> URL {
        let file = try GraphTool.scratchFolder().appendingPathComponent("network.json")
        let text = WeightLimitTests.network(weight: 3).replacingOccurrences(of: "\"India\"", with: "\"\(Self.label)\"")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func displaysCarryTheLabelCut() throws {
        let file = try network()
        let folder = file.deletingLastPathComponent()
        let displays: [(command: [String], output: String?)] = [
            (["triangles"], nil), (["triangles", "--unbalanced"], nil), (["path", "PAK", "IND"], nil),
            (["report", "-o", "-"], nil), (["report", "--format", "markdown", "-o", "-"], nil),
            (["export", "--format", "svg", "-o", "out.svg"], "out.svg"),
            (["export", "--format", "dot", "-o", "out.dot"], "out.dot"),
        ]
        let tooLong = String(repeating: "x", count: 100)
        for (command, output) in displays {
            let run = try GraphTool.run(command + ["--graph", file.path], in: folder)
            #expect(run.status == 0, "\(command): \(run.stderr)")
            let text = try output.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
                ?? run.stdout
            let cut = text.contains(Self.shown), whole = text.contains(tooLong)
            #expect(cut, "\(command) shows the label cut")
            #expect(!whole, "\(command) shows no more of it")
        }
    }

    @Test func dataKeepsTheWholeLabel() throws {
        let file = try network()
        let output = file.deletingLastPathComponent().appendingPathComponent("out.json")
        let run = try GraphTool.run(["export", "--format", "json", "-o", output.path, "--graph", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        let nodes = try #require(try GraphTool.json(String(contentsOf: output, encoding: .utf8))["nodes"] as? [[String: Any]])
        let whole = nodes.contains { $0["label"] as? String == Self.label }
        #expect(whole)
    }
}
