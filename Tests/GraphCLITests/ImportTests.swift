import Foundation
import Testing

/// `graph import` turns a network from elsewhere into a file every query reads.
@Suite struct ImportTests {
    @Test func aDyadListBecomesANetworkTheQueriesRead() throws {
        let folder = try GraphTool.scratchFolder()
        let edges = folder.appendingPathComponent("dyads.csv")
        try "source,target,weight,sign\nUSA,IRN,3,-1\nIRN,USA,1,-4.5\nUSA,GBR,5,1\n".write(to: edges, atomically: true, encoding: .utf8)
        let network = folder.appendingPathComponent("dyads.json")

        let run = try GraphTool.run(["import", edges.path, "-o", network.path])
        #expect(run.status == 0, "\(run.stderr)")
        let neighbors = try GraphTool.json(try GraphTool.run(["neighbors", "USA", "--graph", network.path, "--json"]).stdout)
        let rows = try #require(neighbors["neighbors"] as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["GBR", "IRN"])
        #expect(rows.map { $0["weight"] as? Int } == [5, 4], "both directions of USA-IRN add up")
        #expect(rows.map { $0["sign"] as? Int } == [1, -1])
    }

    @Test func badRowsAreReportedByLineAndNothingIsWritten() throws {
        let folder = try GraphTool.scratchFolder()
        let edges = folder.appendingPathComponent("dyads.csv")
        try "source,target,weight\nUSA,IRN,3\nUSA,USA,1\nGBR,FRA,many\n".write(to: edges, atomically: true, encoding: .utf8)
        let network = folder.appendingPathComponent("dyads.json")

        let run = try GraphTool.run(["import", edges.path, "-o", network.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("line 3") && run.stderr.contains("line 4"))
        #expect(!FileManager.default.fileExists(atPath: network.path))
    }

    /// Rows whose weights for one pair add up past what an integer holds are refused with the pair and the line,
    /// instead of stopping the tool on an arithmetic overflow (signal 4): at the row that takes the network's total
    /// past 2^53 (`WeightLimitTests`).
    @Test func weightsAddingUpPastAnIntegerAreRefused() throws {
        let folder = try GraphTool.scratchFolder()
        let edges = folder.appendingPathComponent("dyads.csv")
        let row = "USA,IRN,999999999999999\n"
        try ("source,target,weight\n" + String(repeating: row, count: 9_300)).write(
            to: edges, atomically: true, encoding: .utf8)
        let network = folder.appendingPathComponent("dyads.json")

        let run = try GraphTool.run(["import", edges.path, "-o", network.path])
        #expect(run.status == 1, "an error, not a signal: \(run.stderr)")
        #expect(run.stderr.contains("IRN–USA") && run.stderr.contains("total weight past 9007199254740992"))
        #expect(run.stderr.contains("line 11"), "the first row that no longer fits")
        #expect(!FileManager.default.fileExists(atPath: network.path))
    }

    @Test func ourOwnGraphMLComesBackAsTheSameNetwork() throws {
        let built = try GraphTool.buildCorpus()
        let graphml = built.appendingPathComponent("network.graphml")
        let exported = try GraphTool.run([
            "export", "--format", "graphml", "--graph", built.appendingPathComponent("network.json").path, "-o", graphml.path,
        ])
        #expect(exported.status == 0, "\(exported.stderr)")
        let imported = built.appendingPathComponent("imported.json")
        #expect(try GraphTool.run(["import", graphml.path, "-o", imported.path]).status == 0)

        let original = try GraphTool.run(["neighbors", "India", "--graph", built.appendingPathComponent("network.json").path])
        let roundTrip = try GraphTool.run(["neighbors", "India", "--graph", imported.path])
        #expect(roundTrip.status == 0 && roundTrip.stdout == original.stdout)
    }
}
