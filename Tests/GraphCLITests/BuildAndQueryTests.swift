import Foundation
import Testing

/// The main job and the queries, run through the built `graph` binary on the bundled corpus.
@Suite struct BuildAndQueryTests {
    @Test func buildWritesTheFourFilesAndSaysWhatItFound() throws {
        let out = try GraphTool.scratchFolder()
        let run = try GraphTool.run(["build", "Corpus", "--out", out.path])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Read 5 documents (0 skipped), 130 sentences."))
        for file in ["network.json", "documents.jsonl", "network.dot", "network.svg"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
    }

    /// The README's example: who India relates to in the corpus, and how.
    @Test func neighborsOfIndiaGiveTheRelationsTheArticlesDescribe() throws {
        let network = try GraphTool.buildCorpus().appendingPathComponent("network.json").path
        let run = try GraphTool.run(["neighbors", "India", "--graph", network, "--json"])
        #expect(run.status == 0, "\(run.stderr)")

        let neighbors = try #require(try GraphTool.json(run.stdout)["neighbors"] as? [[String: Any]])
        var byLabel: [String: [String: Any]] = [:]
        for neighbor in neighbors { byLabel[neighbor["label"] as? String ?? ""] = neighbor }
        #expect(byLabel["Russia"]?["sign"] as? Int == 1)
        #expect(byLabel["China"]?["sign"] as? Int == -1)
        for present in ["Pakistan", "United States", "Quad", "SCO", "BRICS"] {
            #expect(byLabel[present] != nil, "\(present) missing from India's neighbours")
        }
        for grouping in ["Quad", "SCO", "BRICS"] {
            #expect(byLabel[grouping]?["membership"] as? Bool == true, "India is a member of \(grouping)")
        }
        let weights = neighbors.compactMap { $0["weight"] as? Int }
        #expect(weights == weights.sorted(by: >), "neighbours come strongest first")
    }

    @Test func neighborsTableNamesEachNeighbourWithItsSign() throws {
        let network = try GraphTool.buildCorpus().appendingPathComponent("network.json").path
        let run = try GraphTool.run(["neighbors", "india", "--graph", network])

        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("India (country)") == true)
        #expect(lines.contains { $0.hasPrefix("Russia ") && $0.hasSuffix("+") })
        #expect(lines.contains { $0.hasPrefix("China ") && $0.hasSuffix("-") })
        #expect(lines.allSatisfy { $0.count <= 80 }, "the table fits an 80-column terminal")
    }

    @Test func edgeShowsTheEvidenceWithTheDecidingCueMarked() throws {
        let network = try GraphTool.buildCorpus().appendingPathComponent("network.json").path
        let text = try GraphTool.run(["edge", "Russia", "India", "--graph", network])
        #expect(text.status == 0, "\(text.stderr)")
        let highlighted = text.stdout.split(separator: "\n").filter { $0.contains("[") && $0.contains("]") }
        #expect(!highlighted.isEmpty, "each evidence sentence marks its deciding cue in [brackets]")

        let json = try GraphTool.json(try GraphTool.run(["edge", "IND", "RUS", "--graph", network, "--json"]).stdout)
        let edges = try #require(json["edges"] as? [[String: Any]])
        let weight = try #require(edges.first?["weight"] as? Int)
        #expect(text.stdout.hasPrefix("Russia – India: \(weight) sentences"), "the pair is named in the order asked")
        let evidence = try #require(edges.first?["evidence"] as? [[String: Any]])
        #expect(!evidence.isEmpty)
        for item in evidence {
            #expect((item["document"] as? String)?.hasSuffix(".txt") == true)
            #expect(item["sentence"] is Int)
            #expect((item["text"] as? String)?.isEmpty == false)
        }
    }

    @Test func edgeSaysWhoActedOnWhomAndByWhat() throws {
        let network = try GraphTool.buildCorpus().appendingPathComponent("network.json").path
        let run = try GraphTool.run(["edge", "Russia", "United States", "--graph", network])
        #expect(run.status == 0, "\(run.stderr)")
        // Corpus/003: "Russian Ambassador Nikolay Kudashev condemned US sanctions against Turkey ..."
        #expect(run.stdout.contains("Russia → United States: condemned"))
    }

    /// A membership reads the right way round whichever order the two names are asked in (the grouping's id sorts
    /// first in the file: `BRICS` < `IND`).
    @Test(arguments: [["India", "BRICS"], ["BRICS", "India"], ["IND", "brics"]])
    func membershipNamesTheMemberFirst(names: [String]) throws {
        let network = try GraphTool.buildCorpus().appendingPathComponent("network.json").path
        let run = try GraphTool.run(["edge"] + names + ["--graph", network])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("India is a member of BRICS."))
        #expect(!run.stdout.contains("BRICS is a member of India"))
    }

    /// Two components whose eigenvector centralities converge slowly used to stop `graph build` and every later
    /// table; the four-line corpus that showed it now builds and answers.
    @Test func aSlowlyConvergingNetworkStillBuildsAndAnswers() throws {
        let folder = try GraphTool.scratchFolder()
        let corpus = folder.appendingPathComponent("four.jsonl")
        try """
            {"id": "a", "text": "India and Russia signed a defence agreement in Moscow. China criticised India over the border."}
            {"id": "b", "text": "Pakistan and China held talks."}
            {"id": "c", "text": "Brazil and Argentina met."}
            {"id": "d", "text": "Brazil and Chile met."}

            """.write(to: corpus, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let build = try GraphTool.run(["build", corpus.path, "--out", out.path, "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        let network = out.appendingPathComponent("network.json").path
        for command in [["centrality"], ["centrality", "--by", "eigenvector"], ["report", "-o", "-"]] {
            let run = try GraphTool.run(command + ["--graph", network])
            #expect(run.status == 0, "\(command): \(run.stderr)")
        }
    }

    @Test func centralityAndTrianglesAnswerInJSON() throws {
        let network = try GraphTool.buildCorpus().appendingPathComponent("network.json").path
        let centrality = try GraphTool.json(try GraphTool.run(["centrality", "--graph", network, "--json"]).stdout)
        let nodes = try #require(centrality["nodes"] as? [[String: Any]])
        #expect(["RUS", "IND"].contains(nodes.first?["id"] as? String), "Russia or India leads by PageRank")
        let ranks = nodes.compactMap { $0["pagerank"] as? Double }
        #expect(abs(ranks.reduce(0, +) - 1) < 1e-9, "PageRank sums to 1")

        let triangles = try GraphTool.json(try GraphTool.run(["triangles", "--graph", network, "--json"]).stdout)
        let list = try #require(triangles["triangles"] as? [[String: Any]])
        #expect(!list.isEmpty)
        #expect(list.allSatisfy { ($0["nodes"] as? [String])?.count == 3 })
    }

    @Test func exportWritesDOTThatNamesTheActors() throws {
        let folder = try GraphTool.buildCorpus()
        let dot = folder.appendingPathComponent("out.dot")
        let run = try GraphTool.run([
            "export", "--format", "dot", "--graph", folder.appendingPathComponent("network.json").path, "-o", dot.path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: dot, encoding: .utf8)
        #expect(text.hasPrefix("graph"))
        #expect(text.contains("India") && text.contains("Russia"))
    }

    @Test func sinceAndUntilKeepTheArticlesOfThatSpan() throws {
        let out = try GraphTool.scratchFolder()
        let run = try GraphTool.run(["build", "Corpus", "--out", out.path, "--since", "2023", "--until", "2023-12"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Read 1 documents (0 skipped, 4 left out as not dated from 2023 to 2023-12)"))
        let index = try String(contentsOf: out.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        #expect(index.split(separator: "\n").count == 1 && index.contains("\"date\":\"2023-12-28\""))

        let bad = try GraphTool.run(["build", "Corpus", "--out", out.path, "--since", "2023-13"])
        #expect(bad.status != 0 && bad.errorLines == ["Error: --since 2023-13 is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"])
    }

    /// `graph build` keeps every sentence behind every edge unless told otherwise; `--evidence N` keeps each edge's
    /// N strongest, the first N of the whole list.
    @Test func buildKeepsEverySentenceAndCapsOnlyWhenAsked() throws {
        func relations(_ file: URL) throws -> [[String: Any]] {
            let object = try GraphTool.json(try String(contentsOf: file, encoding: .utf8))
            return (object["edges"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "relation" }
        }
        func sentences(_ edge: [String: Any]) -> [String] {
            (edge["evidence"] as? [[String: Any]] ?? []).map { "\($0["document"] ?? "")#\($0["sentence"] ?? "")" }
        }
        let whole = try relations(GraphTool.buildCorpus().appendingPathComponent("network.json"))
        #expect(whole.allSatisfy { sentences($0).count == $0["weight"] as? Int })

        let out = try GraphTool.scratchFolder()
        let run = try GraphTool.run(["build", "Corpus", "--out", out.path, "--evidence", "2", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let capped = try relations(out.appendingPathComponent("network.json"))
        #expect(capped.count == whole.count && whole.contains { sentences($0).count > 2 })
        for (edge, all) in zip(capped, whole) {
            #expect(sentences(edge) == Array(sentences(all).prefix(2)))
            #expect(edge["weight"] as? Int == all["weight"] as? Int && edge["stance"] as? Double == all["stance"] as? Double)
        }
    }

    @Test func exportWritesGraphMLAndCSVTablesForOtherTools() throws {
        let folder = try GraphTool.buildCorpus()
        let network = folder.appendingPathComponent("network.json").path
        let graphml = try GraphTool.run(["export", "--format", "graphml", "--graph", network])
        #expect(graphml.status == 0 && graphml.stdout.contains("<graphml") && graphml.stdout.contains(">India<"))

        let tables = folder.appendingPathComponent("tables")
        let csv = try GraphTool.run(["export", "--format", "csv", "--graph", network, "-o", tables.path])
        #expect(csv.status == 0, "\(csv.stderr)")
        let nodes = try String(contentsOf: tables.appendingPathComponent("nodes.csv"), encoding: .utf8)
        let edges = try String(contentsOf: tables.appendingPathComponent("edges.csv"), encoding: .utf8)
        #expect(nodes.contains("IND,India,country"))
        #expect(edges.split(separator: "\r\n").count == 142, "a header and the 141 edges")

        let noFolder = try GraphTool.run(["export", "--format", "csv", "--graph", network])
        #expect(noFolder.status != 0 && noFolder.stderr.contains("-o DIR"))
    }

    @Test func balanceGivesTheContractFieldsAndASplitOfEveryActor() throws {
        let network = try GraphTool.buildCorpus().appendingPathComponent("network.json")
        let run = try GraphTool.run(["balance", "--graph", network.path, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let balance = try GraphTool.json(run.stdout)
        let census = try #require(balance["triangles"] as? [String: Int])
        #expect(Set(census.keys) == ["+++", "++-", "+--", "---"])
        let strict = try #require(balance["triangle_balance"] as? Double)
        let total = census.values.reduce(0, +)
        #expect(abs(strict - Double(census["+++"]! + census["+--"]!) / Double(total)) < 1e-12)
        #expect(balance["frustration"] is Int && balance["walk_balance"] is Double)

        let camps = try #require(balance["camps"] as? [[String]])
        let nodes = try #require(try GraphTool.json(String(contentsOf: network, encoding: .utf8))["nodes"] as? [[String: Any]])
        #expect(Set(camps.joined()) == Set(nodes.compactMap { $0["id"] as? String }), "every actor is in one camp")
    }

    @Test func pathNamesEachStepWithItsRelation() throws {
        let network = try GraphTool.buildCorpus().appendingPathComponent("network.json").path
        let run = try GraphTool.run(["path", "Pakistan", "the West", "--graph", network, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let path = try GraphTool.json(run.stdout)
        let nodes = try #require(path["nodes"] as? [String])
        #expect(nodes.first == "PAK" && nodes.last == "WEST" && nodes.count == 3, "two steps: no tie joins them directly")
        #expect((path["steps"] as? [Any])?.count == 2)

        let text = try GraphTool.run(["path", "Pakistan", "the West", "--graph", network])
        #expect(text.stdout.hasPrefix("Pakistan → ") && text.stdout.contains("(2 steps)"))
    }

    @Test func centralityStartsWithTheWholeNetwork() throws {
        let network = try GraphTool.buildCorpus().appendingPathComponent("network.json").path
        let json = try GraphTool.json(try GraphTool.run(["centrality", "--graph", network, "--json", "--weighted"]).stdout)
        let whole = try #require(json["graph"] as? [String: Any])
        let nodes = try #require(whole["nodes"] as? Int)
        let edges = try #require(whole["edges"] as? Int)
        let density = try #require(whole["density"] as? Double)
        #expect(abs(density - Double(2 * edges) / Double(nodes * (nodes - 1))) < 1e-12)
        #expect((whole["components"] as? [[String]])?.first?.count == nodes, "the corpus network is connected")
    }

    @Test func tablesFitEightyColumnsAndCarryNoColourInAPipe() throws {
        let network = try GraphTool.buildCorpus().appendingPathComponent("network.json").path
        for command in [["centrality"], ["neighbors", "Russia"], ["triangles", "India"], ["balance"], ["communities"]] {
            let run = try GraphTool.run(command + ["--graph", network])
            #expect(run.status == 0, "\(command): \(run.stderr)")
            let wide = run.stdout.split(separator: "\n").filter { $0.count > 80 }
            #expect(wide.isEmpty, "\(command) prints lines wider than 80 columns: \(wide)")
            #expect(!run.stdout.contains("\u{1B}["), "\(command) writes colour codes into a pipe")
        }
    }

    @Test func communitiesPartitionEveryActorTwice() throws {
        let network = try GraphTool.buildCorpus().appendingPathComponent("network.json")
        let run = try GraphTool.run(["communities", "--graph", network.path, "--json", "--groups", "3"])
        #expect(run.status == 0, "\(run.stderr)")
        let result = try GraphTool.json(run.stdout)
        let ids = Set(try #require(try GraphTool.json(String(contentsOf: network, encoding: .utf8))["nodes"] as? [[String: Any]])
            .compactMap { $0["id"] as? String })
        let communities = try #require(result["communities"] as? [[String]])
        let blocks = try #require(result["blocks"] as? [[String]])
        #expect(Set(communities.joined()) == ids && communities.joined().count == ids.count)
        #expect(Set(blocks.joined()) == ids && blocks.count <= 3)
        #expect((result["modularity"] as? Double).map { $0 > 0 && $0 <= 1 } == true)
    }

    @Test func signedCentralityAndUnbalancedTrianglesWithTheirEvidence() throws {
        let network = try GraphTool.buildCorpus().appendingPathComponent("network.json").path
        let signed = try GraphTool.json(try GraphTool.run(["centrality", "--signed", "--graph", network, "--json"]).stdout)
        let rows = try #require(signed["nodes"] as? [[String: Any]])
        let pn = rows.compactMap { $0["pn"] as? Double }
        #expect(!rows.isEmpty && pn == pn.sorted(by: >), "highest PN index first")
        #expect(rows.allSatisfy { ($0["triangles"] as? [String: Int])?.count == 4 })

        let all = try GraphTool.json(try GraphTool.run(["triangles", "--graph", network, "--json"]).stdout)
        let unbalanced = try GraphTool.json(try GraphTool.run(["triangles", "--unbalanced", "--graph", network, "--json"]).stdout)
        let expected = (all["triangles"] as? [[String: Any]] ?? []).filter { $0["balanced"] as? Bool == false }.count
        #expect((unbalanced["triangles"] as? [Any])?.count == expected && expected > 0)
        let text = try GraphTool.run(["triangles", "--unbalanced", "--graph", network])
        #expect(text.stdout.hasPrefix("\(expected) unbalanced triangles"))
        #expect(text.stdout.contains("["), "each tie's strongest sentence marks its cue")
        // Each tie's sign as the text prints it is the sign the JSON gives (a membership alone counts +, by one rule).
        let printed = text.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .map { String($0.dropFirst(2).prefix(1)) }
        let signs = (unbalanced["triangles"] as? [[String: Any]] ?? []).flatMap { $0["signs"] as? [Int] ?? [] }
        #expect(printed == signs.map { $0 > 0 ? "+" : $0 < 0 ? "-" : "0" } && !printed.isEmpty)
    }
}
