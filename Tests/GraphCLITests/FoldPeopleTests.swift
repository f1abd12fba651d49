import Foundation
import Testing

/// `--fold people` through the `graph` binary on the committed network of the bundled corpus: every expectation is
/// worked out from `Graphs/network.json` itself, not from the tool's folding.
@Suite struct FoldPeopleTests {
    /// The committed network's nodes by id and its relation edges, as JSON objects.
    static func committed() throws -> (nodes: [String: [String: Any]], relations: [[String: Any]]) {
        let data = try Data(contentsOf: GraphTool.repository.appendingPathComponent("Graphs/network.json"))
        let object = try GraphTool.json(String(decoding: data, as: UTF8.self))
        let nodes = (object["nodes"] as? [[String: Any]] ?? []).map { ($0["id"] as? String ?? "", $0) }
        let edges = object["edges"] as? [[String: Any]] ?? []
        return (Dictionary(uniqueKeysWithValues: nodes), edges.filter { $0["kind"] as? String == "relation" })
    }

    /// The country a node counts as: a person's affiliation, anything else itself.
    static func side(_ id: String, _ nodes: [String: [String: Any]]) -> String {
        nodes[id]?["kind"] as? String == "person" ? nodes[id]?["affiliation"] as? String ?? id : id
    }

    /// The README's example: Russia, as India's neighbour with people folded, has the weight of every sentence
    /// that ties India or its people to Russia, Putin, Lavrov, Kudashev or Babushkin, each sentence once.
    @Test func russiaNextToIndiaCountsEachSentenceOfBothSidesOnce() throws {
        let (nodes, relations) = try Self.committed()
        let between = relations.filter { edge in
            let ends = [edge["source"], edge["target"]].map { Self.side($0 as? String ?? "", nodes) }
            return Set(ends) == ["IND", "RUS"]
        }
        for edge in between {
            #expect((edge["evidence"] as? [Any])?.count == edge["weight"] as? Int, "every sentence is kept")
        }
        let sentences = Set(between.flatMap { edge in
            (edge["evidence"] as? [[String: Any]] ?? []).map { "\($0["document"] ?? "")#\($0["sentence"] ?? "")" }
        })
        let russiansWithIndia = Set(between.filter { $0["source"] as? String == "IND" || $0["target"] as? String == "IND" }
            .flatMap { [$0["source"] as? String ?? "", $0["target"] as? String ?? ""] }).subtracting(["IND"])
        #expect(russiansWithIndia == ["RUS", "vladimir-putin", "sergey-lavrov", "nikolay-kudashev", "roman-babushkin"])
        let unfolded = try #require(between.first { $0["source"] as? String == "IND" && $0["target"] as? String == "RUS" })
        let sum = between.map { $0["weight"] as? Int ?? 0 }.reduce(0, +)

        let run = try GraphTool.run(["neighbors", "India", "--fold", "people", "--json"])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
        let neighbors = try #require(try GraphTool.json(run.stdout)["neighbors"] as? [[String: Any]])
        let russia = try #require(neighbors.first { $0["id"] as? String == "RUS" })
        #expect(russia["weight"] as? Int == sentences.count)
        #expect(sentences.count > unfolded["weight"] as? Int ?? 0 && sentences.count < sum, "merged, and not double counted")
        #expect(neighbors.allSatisfy { $0["kind"] as? String != "person" })
        #expect(neighbors.first?["id"] as? String == "RUS")
    }

    @Test func theFoldedTableShowsCountriesOnly() throws {
        let run = try GraphTool.run(["neighbors", "India", "--fold", "people"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Russia ") && $0.hasSuffix("+") })
        #expect(!lines.contains { $0.contains("person") || $0.contains("Lavrov") })
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    /// `graph edge` marks each sentence with the people it counts through and says who acted.
    @Test func edgeEvidenceSaysWhoActedForTheCountry() throws {
        let run = try GraphTool.run(["edge", "India", "Russia", "--fold", "people"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("through Sergey Lavrov (Russia)"))
        #expect(run.stdout.contains("S. Jaishankar (India) → Sergey Lavrov (Russia): "))
        #expect(!run.stdout.contains("not stored"), "every sentence is kept")

        let asked = try GraphTool.run(["edge", "India", "Lavrov", "--fold", "people"])
        #expect(asked.stdout == run.stdout)
        #expect(asked.errorLines == ["Sergey Lavrov counts as Russia here (--fold people)"])
    }

    @Test func edgeJSONCarriesThePeopleAndWhoTheyAre() throws {
        let run = try GraphTool.run(["edge", "IND", "RUS", "--fold", "people", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try GraphTool.json(run.stdout)
        let relation = try #require((object["edges"] as? [[String: Any]])?.first { $0["kind"] as? String == "relation" })
        let evidence = relation["evidence"] as? [[String: Any]] ?? []
        #expect(evidence.count == relation["weight"] as? Int)
        let named = Set(evidence.flatMap { $0["people"] as? [String] ?? [] })
        #expect(named.isSuperset(of: ["sergey-lavrov", "vladimir-putin", "s-jaishankar"]))
        let folded = try #require(object["folded"] as? [[String: Any]])
        #expect(Set(folded.compactMap { $0["id"] as? String }) == named)
        #expect(folded.first { $0["id"] as? String == "sergey-lavrov" }?["affiliation"] as? String == "RUS")
    }

    @Test func aTieWithinOneCountryIsNoRelation() throws {
        let run = try GraphTool.run(["edge", "Lavrov", "Russia", "--fold", "people"])
        #expect(run.status != 0)
        #expect(run.errorLines.last == #"Error: "Lavrov" and "Russia" both name Russia here: a relation needs two different actors"#)
        let unknown = try GraphTool.run(["neighbors", "India", "--fold", "groupings"])
        #expect(unknown.status != 0 && unknown.stderr.contains("Please provide one of 'people'"))
    }

    /// The measures run on the folded network: no folded person is a node, the weights add up as the fold says.
    @Test(arguments: [["centrality", "--json"], ["centrality", "--signed", "--json"], ["balance", "--json"], ["triangles", "--json"]])
    func analysesSeeCountriesOnly(_ command: [String]) throws {
        let (nodes, _) = try Self.committed()
        let people = nodes.filter { $0.value["kind"] as? String == "person" }.map(\.key)
        let run = try GraphTool.run(command + ["--fold", "people"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(people.allSatisfy { !run.stdout.contains("\"\($0)\"") }, "no person left in \(command)")
        #expect(run.stdout.contains("\"RUS\""))
    }

    /// `graph export --format json --fold people` is a network file every command reads, and reads the same.
    @Test func theFoldedExportReadsBackAsTheSameNetwork() throws {
        let folder = try GraphTool.scratchFolder()
        let file = folder.appendingPathComponent("folded.json").path
        let export = try GraphTool.run(["export", "--format", "json", "--fold", "people", "-o", file])
        #expect(export.status == 0, "\(export.stderr)")
        let direct = try GraphTool.run(["edge", "India", "Russia", "--fold", "people"]).stdout
        let reread = try GraphTool.run(["edge", "India", "Russia", "--graph", file])
        #expect(reread.status == 0 && reread.stdout == direct)
        let svg = try GraphTool.run(["export", "--format", "dot", "--fold", "people"])
        #expect(svg.stdout.contains("people counted as their countries"))
    }

    /// `graph diff` folds both sides, two files or two periods, so a change is never a person against a country
    /// (people stay only where evidence names whom a sentence counts through).
    @Test func diffFoldsBothSides() throws {
        let (nodes, _) = try Self.committed()
        let people = Set(nodes.filter { $0.value["kind"] as? String == "person" }.map(\.key))
        func actors(_ run: GraphTool.Run) throws -> Set<String> {
            let diff = try GraphTool.json(run.stdout)
            let changes = ["appeared", "vanished", "flipped", "stance", "weight"]
                .flatMap { diff[$0] as? [[String: Any]] ?? [] }.flatMap { [$0["source"], $0["target"]] }
            let ranks = (diff["ranks"] as? [[String: Any]] ?? []).map { $0["id"] }
            let lists = ["actors_appeared", "actors_vanished"].flatMap { diff[$0] as? [Any] ?? [] }
            return Set((changes + ranks + lists).compactMap { $0 as? String })
        }
        let out = try GraphTool.scratchFolder()
        let build = try GraphTool.run(["build", "Corpus", "--out", out.path, "--until", "2021", "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        let old = out.appendingPathComponent("network.json").path
        let plain = try actors(try GraphTool.run(["diff", old, "Graphs/network.json", "--json"]))
        #expect(!plain.isDisjoint(with: people), "people change without --fold")
        for command in [["diff", old, "Graphs/network.json"], ["diff", "--between", "2021", "2023"]] {
            let run = try GraphTool.run(command + ["--fold", "people", "--json"])
            #expect(run.status == 0, "\(run.stderr)")
            let folded = try actors(run)
            #expect(folded.contains("RUS") && folded.isDisjoint(with: people), "no person left in \(command)")
        }
    }

    @Test func theReportNamesThePeopleBehindItsSentences() throws {
        let run = try GraphTool.run(["report", "--format", "markdown", "--fold", "people", "-o", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("people counted as their countries"))
        #expect(run.stdout.contains(", through ") && run.stdout.contains("(Russia)"))
        #expect(!run.stdout.contains("| Sergey Lavrov"))
    }

    /// A network that kept only some sentences cannot tell which ones two ties share: the fold says its weights may
    /// count a sentence twice, and how to get exact ones.
    @Test func foldingANetworkThatKeptFewerSentencesWarns() throws {
        let out = try GraphTool.scratchFolder()
        let build = try GraphTool.run(["build", "Corpus", "--out", out.path, "--evidence", "5", "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        let file = out.appendingPathComponent("network.json").path
        let estimate = try GraphTool.run(["neighbors", "India", "--fold", "people", "--graph", file, "--json"])
        #expect(estimate.status == 0)
        #expect(estimate.stderr.contains("may count twice; rebuild with `graph build --evidence all` for exact weights"))
        let exact = try GraphTool.run(["neighbors", "India", "--fold", "people", "--json"])
        func russia(_ run: GraphTool.Run) throws -> Int? {
            let neighbors = try GraphTool.json(run.stdout)["neighbors"] as? [[String: Any]] ?? []
            return neighbors.first { $0["id"] as? String == "RUS" }?["weight"] as? Int
        }
        #expect(try russia(estimate)! > russia(exact)!, "an upper bound")
    }

    /// The picture `graph build` draws is the folded overview: countries, groupings and blocs, cooperative and
    /// hostile ties named twice or more; the same drawing `graph export` makes with those options.
    @Test func buildDrawsTheFoldedOverview() throws {
        let dot = try String(
            contentsOf: GraphTool.repository.appendingPathComponent("Graphs/network.dot"), encoding: .utf8)
        let export = try GraphTool.run([
            "export", "--format", "dot", "--fold", "people", "--hide-neutral", "--min-weight", "2",
        ])
        #expect(export.status == 0 && export.stdout == dot)
        #expect(!dot.contains("shape=\"box\"") && !dot.contains(#""sergey-lavrov" ["#), "no person drawn")
        #expect(dot.contains("\"IND\" -- \"RUS\""))
        let edges = dot.split(separator: "\n").filter { $0.contains("\" -- \"") }
        #expect(!edges.isEmpty && edges.allSatisfy { !$0.contains("#9E9E9E") }, "no grey neutral tie")
    }
}
