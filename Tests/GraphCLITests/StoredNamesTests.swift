import Foundation
import Testing

/// Queries find actors by the names `graph build` stored in the network (`nodes[].aliases`), those of a user's
/// `--gazetteer` file included, and not by what the bundled gazetteer happens to know at query time.
@Suite struct StoredNamesTests {
    static let gazetteer = """
        {"countries": [{"id": "TRN", "name": "Tarnavia", "demonyms": ["Tarnavian", "Tarnavians"], "metonyms": ["Velgrad"]}]}
        """
    static let article = """
        Tarnavia and India sign a pact

        Tarnavia and India signed a defence agreement in Velgrad on Monday. Tarnavian Foreign Minister Ilko Varga \
        praised India for its support. Varga said India was a trusted partner.
        """

    /// The network built from the article with the user's gazetteer.
    static func network() throws -> URL {
        let folder = try GraphTool.scratchFolder()
        let gazetteer = folder.appendingPathComponent("tarnavia.json")
        try Self.gazetteer.write(to: gazetteer, atomically: true, encoding: .utf8)
        let input = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: false)
        try article.write(to: input.appendingPathComponent("pact.txt"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let run = try GraphTool.run(["build", input.path, "--gazetteer", gazetteer.path, "--out", out.path, "--quiet"])
        guard run.status == 0 else { throw GraphTool.BuildFailed(run: run) }
        return out.appendingPathComponent("network.json")
    }

    /// `Velgrad` is a name only the user's file gives; it used to be unknown to every query.
    @Test func aNameFromTheUsersGazetteerFindsItsActor() throws {
        let network = try Self.network()
        for name in ["Velgrad", "tarnavian", "TRN", "Tarnavia"] {
            let run = try GraphTool.run(["neighbors", name, "--graph", network.path, "--json"])
            #expect(run.status == 0, "\(name): \(run.stderr)")
            let node = try GraphTool.json(run.stdout)["node"] as? [String: Any]
            #expect(node?["id"] as? String == "TRN", "\(name)")
        }
    }

    /// A network file written before names were stored is given the bundled gazetteer's names for its nodes, so
    /// `New Delhi` and `Putin` still find India and Putin.
    @Test func aFileWithoutStoredNamesTakesTheBundledGazetteers() throws {
        let file = try GraphTool.buildCorpus().appendingPathComponent("network.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        let older = text.replacingOccurrences(of: #", "aliases": \[[^\]]*\]"#, with: "", options: .regularExpression)
        #expect(older != text && !older.contains("\"aliases\""))
        try older.write(to: file, atomically: true, encoding: .utf8)
        for (name, id) in [("New Delhi", "IND"), ("Putin", "vladimir-putin")] {
            let run = try GraphTool.run(["neighbors", name, "--graph", file.path, "--json"])
            #expect(run.status == 0, "\(name): \(run.stderr)")
            let node = try GraphTool.json(run.stdout)["node"] as? [String: Any]
            #expect(node?["id"] as? String == id, "\(name)")
        }
    }

    /// An official the article introduces is found by the surname it names him by again.
    @Test func anOfficialFoundInTheTextIsFoundBySurname() throws {
        let network = try Self.network()
        let run = try GraphTool.run(["edge", "Varga", "Velgrad", "--graph", network.path, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let edge = try GraphTool.json(run.stdout)
        #expect(Set([edge["source"] as? String, edge["target"] as? String]) == ["ilko-varga", "TRN"])
    }
}
