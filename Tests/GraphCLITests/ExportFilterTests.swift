import Foundation
import Testing

/// `graph export` with filters and clusters, run on the committed `Graphs/network.json` as a user would.
@Suite struct ExportFilterTests {
    /// The committed network as JSON: node ids and edges (source, target, kind, sign).
    private func committed() throws -> (ids: Set<String>, edges: [[String: Any]]) {
        let data = try Data(contentsOf: GraphTool.repository.appendingPathComponent("Graphs/network.json"))
        let object = try GraphTool.json(String(decoding: data, as: UTF8.self))
        let nodes = object["nodes"] as? [[String: Any]] ?? []
        return (Set(nodes.compactMap { $0["id"] as? String }), object["edges"] as? [[String: Any]] ?? [])
    }

    /// The DOT edge statements of a drawing.
    private func edgeLines(_ dot: String) -> [String] {
        dot.split(separator: "\n").map(String.init).filter { $0.hasPrefix("  \"") && $0.contains("\" -- \"") }
    }

    @Test func egoIndiaDepthOneHasExactlyIndiasNeighbours() throws {
        let run = try GraphTool.run(["export", "--format", "json", "--ego", "India", "--depth", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try GraphTool.json(run.stdout)
        let ids = Set((object["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })

        var neighbours: Set<String> = ["IND"]
        for edge in try committed().edges {
            let ends = [edge["source"] as? String, edge["target"] as? String].compactMap { $0 }
            if ends.contains("IND") { neighbours.formUnion(ends) }
        }
        #expect(neighbours.count > 10)
        #expect(ids == neighbours)
    }

    @Test func dashAsTheOutputIsStandardOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-dash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = GraphTool.repository.appendingPathComponent("Graphs/network.json").path
        let json = try GraphTool.run(["export", "--format", "json", "-o", "-", "--graph", network], in: folder)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.hasPrefix("{"))
        let csv = try GraphTool.run(["export", "--format", "csv", "-o", "-", "--graph", network], in: folder)
        #expect(csv.status != 0)
        #expect(csv.stderr.contains("name their folder with -o DIR"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "no file or folder named -")
    }

    @Test func egoAcceptsTheNamesQueriesAccept() throws {
        let byCode = try GraphTool.run(["export", "--format", "json", "--ego", "IND"])
        let byCapital = try GraphTool.run(["export", "--format", "json", "--ego", "new delhi"])
        #expect(byCode.status == 0 && byCapital.status == 0)
        #expect(byCode.stdout == byCapital.stdout)
    }

    @Test func unknownEgoGivesOneLineWithASuggestion() throws {
        let run = try GraphTool.run(["export", "--format", "dot", "--ego", "Inida"])
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.errorLines.count == 1)
        #expect(run.stderr.contains("\"Inida\"") && run.stderr.contains("\"India\""))
    }

    /// A bad option value is argument-parser's error: a first line naming the value and the kinds there are,
    /// then the option's help and the usage.
    @Test func unknownKindIsRejectedWithTheKindsThereAre() throws {
        let run = try GraphTool.run(["export", "--format", "dot", "--kinds", "country,planet"])
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        let first = try #require(run.errorLines.first)
        #expect(first.contains("'country,planet'") && first.contains("'organization'"))
    }

    @Test func signNegativeHasOnlyRedDashedEdges() throws {
        let run = try GraphTool.run(["export", "--format", "dot", "--sign", "negative"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = edgeLines(run.stdout)
        let hostile = try committed().edges.filter { $0["kind"] as? String == "relation" && $0["sign"] as? Int == -1 }
        #expect(!lines.isEmpty)
        #expect(lines.count == hostile.count)
        #expect(lines.allSatisfy { $0.contains(##"color="#C62828""##) && $0.contains(#"style="dashed""#) })
        #expect(run.stdout.contains("conflictual ties"))
    }

    @Test func exportTitlesTheDiagramAsBuildDoes() throws {
        let run = try GraphTool.run(["export", "--format", "dot"])
        let built = try String(
            contentsOf: GraphTool.repository.appendingPathComponent("Graphs/network.dot"), encoding: .utf8)
        let firstLine = { (text: String) in text.split(separator: "\n").first.map(String.init) }
        #expect(run.status == 0)
        #expect(firstLine(run.stdout) == firstLine(built))
        #expect(firstLine(run.stdout)?.contains(" to ") == true)
    }

    /// The title's dates are the network's own: an imported network written beside a build's `documents.jsonl` (as
    /// into `Graphs/`) is drawn without the corpus's dates, which used to be read from that file.
    @Test func anImportedNetworkBesideABuildIsNotTitledWithItsDates() throws {
        let folder = try GraphTool.buildCorpus()
        let edges = folder.appendingPathComponent("dyads.csv")
        try "source,target,weight,sign\nUSA,IRN,3,-1\nUSA,GBR,5,1\n".write(to: edges, atomically: true, encoding: .utf8)
        let network = folder.appendingPathComponent("network.json")
        #expect(try GraphTool.run(["import", edges.path, "-o", network.path]).status == 0)
        let run = try GraphTool.run(["export", "--format", "dot", "--graph", network.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("graph \"ActorGraph: 0 articles\" {"), "\(run.stdout.prefix(80))")
    }

    /// Boxes around the groupings, and the same picture on every run: a diagram that changed each time
    /// (as fdp's cluster layout does with the Graphviz that Debian ships) could not be compared or cited.
    @Test func clustersAreDrawnAroundGroupingsTheSameEachTime() throws {
        let arguments = ["export", "--format", "svg", "--clusters", "--kinds", "country,grouping"]
        let run = try GraphTool.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("<title>cluster_QUAD</title>"))
        #expect(run.stdout.components(separatedBy: #"class="cluster""#).count - 1 >= 2)
        for _ in 0..<3 { #expect(try GraphTool.run(arguments).stdout == run.stdout) }
    }
}
