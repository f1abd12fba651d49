import ActorGraphCore
import Foundation
import Testing

/// `graph diff` through the built binary: on a generated network whose changes from 2021 to 2023 are known by
/// construction, on the bundled corpus, and on the inputs it must refuse.
@Suite struct DiffCommandTests {
    /// One sentence of the generated network: the pair, the month, its stance and its text.
    private struct Sentence {
        var a: String, b: String, date: String?, stance: Double, text: String
    }

    /// Known changes from 2021 to 2023. India–Pakistan and China–United States flip; India–Russia vanishes and
    /// China–Russia appears; Japan–South Korea leans both ways in 2021 (no sign) and is hostile in 2023, a change
    /// of stance but no flip; India–United States is the same in both years, its hostile 2022 belonging to neither.
    /// India–Pakistan's strongest sentence of all is undated, so it explains neither year.
    private static let sentences: [Sentence] = [
        Sentence(a: "IND", b: "PAK", date: "2021-02-10", stance: 0.9, text: "India and Pakistan signed a trade pact."),
        Sentence(a: "IND", b: "PAK", date: "2021-11-03", stance: 0.3, text: "India and Pakistan met in Geneva."),
        Sentence(a: "IND", b: "PAK", date: "2023-03-01", stance: -1, text: "India condemned Pakistan's shelling."),
        Sentence(a: "IND", b: "PAK", date: "2023-03-09", stance: -0.4, text: "India warned Pakistan."),
        Sentence(a: "IND", b: "PAK", date: "2023-08-20", stance: -0.5, text: "India expelled Pakistani diplomats."),
        Sentence(a: "IND", b: "PAK", date: nil, stance: 1, text: "India and Pakistan are allies, an undated piece says."),
        Sentence(a: "CHN", b: "USA", date: "2021-06-01", stance: -0.5, text: "China sanctioned the United States."),
        Sentence(a: "CHN", b: "USA", date: "2023-06-01", stance: 0.4, text: "China and the United States agreed on climate."),
        Sentence(a: "IND", b: "RUS", date: "2021-04-15", stance: 0.8, text: "India and Russia held joint exercises."),
        Sentence(a: "CHN", b: "RUS", date: "2023-12-01", stance: 0.6, text: "China and Russia signed a gas deal."),
        Sentence(a: "CHN", b: "RUS", date: "2023-12-02", stance: 0, text: "China and Russia were both named."),
        Sentence(a: "JPN", b: "KOR", date: "2021-02-01", stance: 0.5, text: "Japan and South Korea cooperated."),
        Sentence(a: "JPN", b: "KOR", date: "2021-09-01", stance: -0.5, text: "Japan and South Korea quarrelled."),
        Sentence(a: "JPN", b: "KOR", date: "2023-05-05", stance: -0.6, text: "Japan protested to South Korea."),
        Sentence(a: "IND", b: "USA", date: "2021-07-07", stance: 0.3, text: "India and the United States talked."),
        Sentence(a: "IND", b: "USA", date: "2022-07-07", stance: -0.9, text: "India rebuked the United States."),
        Sentence(a: "IND", b: "USA", date: "2023-07-07", stance: 0.3, text: "India and the United States talked again."),
    ]

    private static let labels = [
        "CHN": "China", "IND": "India", "JPN": "Japan", "KOR": "South Korea", "PAK": "Pakistan", "RUS": "Russia",
        "USA": "United States",
    ]

    /// The sentences as a network file with every sentence kept (as `graph build --evidence all` keeps them): each
    /// edge's counts and months worked out here from its sentences, the stance their mean.
    private static func writeNetwork() throws -> URL {
        let groups = Dictionary(grouping: sentences) { [$0.a, $0.b].sorted() }
        let edges = groups.map { pair, sentences in edge(pair[0], pair[1], sentences) }
        let nodes = labels.map { Node(id: $0.key, label: $0.value, kind: .country, mentions: 1) }
        let corpus = Network.Corpus(documents: sentences.count, sentences: sentences.count)
        let file = try GraphTool.scratchFolder().appendingPathComponent("network.json")
        try NetworkJSON.encode(Network(corpus: corpus, nodes: nodes, edges: edges))
            .write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    private static func edge(_ source: String, _ target: String, _ sentences: [Sentence]) -> Edge {
        let stance = mean(sentences)
        let dated = Dictionary(grouping: sentences.filter { $0.date != nil }) { String($0.date!.prefix(7)) }
        let months: [StancePeriod] = dated.keys.sorted().map { month in
            let sentences = dated[month]!
            return StancePeriod(
                month: month, weight: sentences.count, positive: sentences.filter { $0.stance > 0 }.count,
                negative: sentences.filter { $0.stance < 0 }.count, stance: mean(sentences))
        }
        let evidence: [Evidence] = sentences.enumerated().map { index, sentence in
            Evidence(
                document: "article-\(index).txt", sentence: 1, date: sentence.date, stance: sentence.stance,
                text: sentence.text)
        }
        return Edge(
            source: source, target: target, kind: .relation, weight: sentences.count,
            positive: sentences.filter { $0.stance > 0 }.count, negative: sentences.filter { $0.stance < 0 }.count,
            stance: stance, sign: Stance.sign(of: stance), evidence: evidence, timeline: months)
    }

    /// The mean stance, rounded to four decimals as a network file holds it.
    private static func mean(_ sentences: [Sentence]) -> Double {
        let sum = sentences.map(\.stance).reduce(0, +)
        return (sum / Double(sentences.count) * 10_000).rounded() / 10_000
    }

    private static func pairs(_ json: [String: Any], _ key: String) -> [String] {
        ((json[key] as? [[String: Any]]) ?? []).map { "\($0["source"] as? String ?? "?")–\($0["target"] as? String ?? "?")" }
    }

    private static func diffJSON(_ arguments: [String]) throws -> [String: Any] {
        let run = try GraphTool.run(["diff"] + arguments + ["--json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try GraphTool.json(run.stdout)
    }

    @Test func theKnownFlipsAppearancesAndVanishingsAreFoundAndNothingElse() throws {
        let file = try Self.writeNetwork()
        let json = try Self.diffJSON(["--between", "2021", "2023", "--graph", file.path])
        #expect(json["changed"] as? Bool == true)
        #expect(Set(Self.pairs(json, "flipped")) == ["IND–PAK", "CHN–USA"])
        #expect(Self.pairs(json, "appeared") == ["CHN–RUS"])
        #expect(Self.pairs(json, "vanished") == ["IND–RUS"])
        #expect(Self.pairs(json, "stance") == ["JPN–KOR"], "0 to hostile is a change of stance, not a flip")
        #expect(Self.pairs(json, "weight") == ["IND–PAK", "JPN–KOR"], "2 → 3 and 2 → 1; the others keep their count")
        #expect(!Self.pairs(json, "flipped").contains("IND–USA") && !Self.pairs(json, "stance").contains("IND–USA"))
        #expect(json["actors_appeared"] as? [String] == [] && json["actors_vanished"] as? [String] == [])

        let flips = try #require(json["flipped"] as? [[String: Any]])
        let indiaPakistan = try #require(flips.first { $0["source"] as? String == "IND" })
        let old = try #require(indiaPakistan["old"] as? [String: Any])
        let new = try #require(indiaPakistan["new"] as? [String: Any])
        // 2021: (0.9 + 0.3) / 2; 2023: (-1 - 0.4 - 0.5) / 3, by months (-0.7 × 2 + -0.5) / 3.
        #expect(old["weight"] as? Int == 2 && old["stance"] as? Double == 0.6 && old["sign"] as? Int == 1)
        #expect(new["weight"] as? Int == 3 && new["stance"] as? Double == -0.6333 && new["sign"] as? Int == -1)
        #expect(indiaPakistan["stance_change"] as? Double == -1.2333)
        #expect((old["evidence"] as? [String: Any])?["text"] as? String == "India and Pakistan signed a trade pact.")
        #expect((new["evidence"] as? [String: Any])?["text"] as? String == "India condemned Pakistan's shelling.")

        let appeared = try #require((json["appeared"] as? [[String: Any]])?.first)
        #expect(appeared["old"] is NSNull && appeared["stance_change"] is NSNull && appeared["weight_change"] as? Int == 2)
        let counts = try #require(json["counts"] as? [String: Int])
        #expect(counts["flipped"] == 2 && counts["appeared"] == 1 && counts["vanished"] == 1 && counts["stance"] == 1)
    }

    @Test func spansOfMonthsCompareAsTheYearsTheyCover() throws {
        let file = try Self.writeNetwork()
        var years = try Self.diffJSON(["--between", "2021", "2023", "--graph", file.path])
        var spans = try Self.diffJSON(["--between", "2021-01..2021-12", "2023-01..2023", "--graph", file.path])
        #expect((spans["old"] as? [String: Any])?["name"] as? String == "2021-01..2021-12")
        for key in ["old", "new"] {
            years[key] = nil
            spans[key] = nil
        }
        #expect(NSDictionary(dictionary: years) == NSDictionary(dictionary: spans))

        // Half of 2021 against the other half: Japan–South Korea turns from cooperative to hostile within the year.
        let halves = try Self.diffJSON(["--between", "2021-01..2021-06", "2021-07..2021-12", "--graph", file.path])
        #expect(Self.pairs(halves, "flipped") == ["JPN–KOR"])
    }

    @Test func theTextNamesEachChangeWithTheSentencesThatExplainIt() throws {
        let file = try Self.writeNetwork()
        let run = try GraphTool.run(["diff", "--between", "2021", "2023", "--graph", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        let text = run.stdout
        // Sentences are wrapped to 80 columns; read them as one line each.
        let flat = text.replacingOccurrences(of: "\n +", with: " ", options: .regularExpression)
        #expect(text.hasPrefix("What changed from 2021 to 2023\n"))
        #expect(text.contains("Flipped: 2 relations turned from cooperative to hostile or back:"))
        #expect(text.contains("India – Pakistan: 2 → 3 sentences, stance 0.60 → -0.63 (-1.23), sign + → -"))
        #expect(flat.contains("2021: India and Pakistan signed a trade pact. (article-0.txt #1, 2021-02-10, stance 0.90)"))
        #expect(flat.contains("2023: India condemned Pakistan's shelling. (article-2.txt #1, 2023-03-01, stance -1.00)"))
        #expect(text.contains("Appeared: 1 relation in 2023, not in 2021:\n  China – Russia: 2 sentences"))
        #expect(text.contains("Vanished: 1 relation in 2021, not in 2023:\n  India – Russia: 1 sentence"))
        #expect(!text.contains("undated piece"), "a sentence of no period explains no period")
        #expect(!text.contains("India – United States"))
    }

    /// On the committed network: readable text whose counts and pairs are those of `--json`.
    @Test func onTheBundledCorpusTheTextAgreesWithTheJSON() throws {
        let run = try GraphTool.run(["diff", "--between", "2021", "2023", "--top", "50"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try Self.diffJSON(["--between", "2021", "2023", "--top", "50"])
        let counts = try #require(json["counts"] as? [String: Int])
        #expect((counts["appeared"] ?? 0) > 0 && (counts["vanished"] ?? 0) > 0)
        for (title, key, summary) in [
            ("Appeared", "appeared", "relation"), ("Vanished", "vanished", "relation"),
            ("Flipped", "flipped", "relation"), ("Stance changed", "stance", "other relation"),
            ("Weight changed", "weight", "relation"),
        ] {
            let n = try #require(counts[key])
            #expect(run.stdout.contains("\n\(title): \(n) \(summary)\(n == 1 ? "" : "s")"), "\(title)")
            for change in try #require(json[key] as? [[String: Any]]) {
                let pair = "  \(change["source_label"] as? String ?? "?") – \(change["target_label"] as? String ?? "?"): "
                #expect(run.stdout.contains(pair), "\(key): \(pair)")
            }
        }
        let stance = try #require(json["stance"] as? [[String: Any]])
        let indiaRussia = try #require(stance.first { $0["source"] as? String == "IND" && $0["target"] as? String == "RUS" })
        #expect((indiaRussia["old"] as? [String: Any])?["sign"] as? Int == 0)
        #expect((indiaRussia["new"] as? [String: Any])?["sign"] as? Int == 1)
        let old = try #require((indiaRussia["old"] as? [String: Any])?["stance"] as? Double)
        let new = try #require((indiaRussia["new"] as? [String: Any])?["stance"] as? Double)
        let line = String(format: "India – Russia: 7 → 17 sentences, stance %.2f → %.2f (%+.2f), sign 0 → +", old, new, new - old)
        #expect(run.stdout.contains(line), "\(line)")
        for move in try #require(json["ranks"] as? [[String: Any]]) {
            let label = try #require(move["label"] as? String)
            let row = "\(label) \(move["old_rank"] as? Int ?? 0) \(move["new_rank"] as? Int ?? 0)"
            #expect(run.stdout.split(separator: "\n").contains { $0.split(separator: " ").joined(separator: " ").hasPrefix(row) },
                    "\(row)")
        }
        #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, "fits an 80-column terminal")
    }

    /// A year of the whole build against a build of that year's articles alone (`graph build --since/--until`),
    /// every sentence kept: the same relations, counts, stances, signs, sentences and ranks.
    @Test func aPeriodOfTheBuildIsTheBuildOfThePeriodsArticles() throws {
        let out = try GraphTool.scratchFolder()
        for (name, span) in [("all", [String]()), ("2021", ["--since", "2021", "--until", "2021"]),
                             ("2023", ["--since", "2023", "--until", "2023"])] {
            let build = try GraphTool.run(
                ["build", "Corpus", "--out", out.appendingPathComponent(name).path, "--evidence", "all", "--quiet"] + span)
            #expect(build.status == 0, "\(build.stderr)")
        }
        func network(_ name: String) -> String { out.appendingPathComponent(name).appendingPathComponent("network.json").path }
        var periods = try Self.diffJSON(["--between", "2021", "2023", "--graph", network("all"), "--top", "1000"])
        var builds = try Self.diffJSON([network("2021"), network("2023"), "--top", "1000"])
        #expect((builds["new"] as? [String: Any])?["name"] as? String == network("2023"))
        for key in ["old", "new"] {
            let (period, build) = (periods[key] as? [String: Any], builds[key] as? [String: Any])
            #expect(period?["actors"] as? Int == build?["actors"] as? Int)
            #expect(period?["relations"] as? Int == build?["relations"] as? Int)
            periods[key] = nil
            builds[key] = nil
        }
        #expect(NSDictionary(dictionary: periods) == NSDictionary(dictionary: builds))
    }

    @Test func aNetworkAgainstItselfSaysNothingChanged() throws {
        let run = try GraphTool.run(["diff", "Graphs/network.json", "Graphs/network.json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\nNothing changed: the same relations with the same signs, stances and weights"))
        let json = try Self.diffJSON(["--between", "2021", "2021"])
        #expect(json["changed"] as? Bool == false)
        #expect((json["counts"] as? [String: Int])?.values.allSatisfy { $0 == 0 } == true)
    }

    @Test(arguments: [
        (["--between", "2019", "2023"], "no sentence of this network is dated 2019; its dated sentences are from 2021-04 to 2023-12"),
        (["--between", "2021-04-15", "2023"], "\"2021-04-15\" is not a period: write a year (2021), a month (2021-03)"),
        (["--between", "2021-13", "2023"], "\"2021-13\" is not a period"),
        (["--between", "2023..2021", "2021"], "the period 2023..2021 ends before it starts"),
        (["Graphs/documents.jsonl", "Graphs/network.json"], "Graphs/documents.jsonl is not a network file"),
    ])
    func badInputFailsWithOneLineSayingWhy(arguments: [String], message: String) throws {
        let run = try GraphTool.run(["diff"] + arguments)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.errorLines.count == 1, "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func aNetworkWithoutDatesHasNoPeriods() throws {
        let folder = try GraphTool.scratchFolder()
        let edges = folder.appendingPathComponent("dyads.csv")
        try "source,target,weight,sign\nUSA,IRN,3,-1\n".write(to: edges, atomically: true, encoding: .utf8)
        let network = folder.appendingPathComponent("dyads.json").path
        #expect(try GraphTool.run(["import", edges.path, "-o", network]).status == 0)
        let run = try GraphTool.run(["diff", "--between", "2021", "2023", "--graph", network])
        #expect(run.status == 1)
        #expect(run.stderr.contains("this network has no dated sentences") && run.stderr.contains("graph diff OLD.json NEW.json"))
    }

    @Test(arguments: [["Graphs/network.json"], ["--between", "2021"], ["Graphs/network.json", "--between", "2021", "2023"]])
    func argumentsThatNameNoComparisonAreRefused(arguments: [String]) throws {
        let run = try GraphTool.run(["diff"] + arguments)
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("Error: "))
    }
}
