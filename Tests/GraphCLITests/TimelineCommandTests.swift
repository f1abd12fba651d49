import Foundation
import Testing

/// `graph timeline` through the built binary on the committed `Graphs/network.json`, where India–Russia has
/// sentences from April 2021 and December 2023 (and more from undated articles, which belong to no period).
@Suite struct TimelineCommandTests {
    @Test func indiaRussiaByYearShowsEachYearWithTheEmptyOneBetween() throws {
        let run = try GraphTool.run(["timeline", "India", "Russia", "--by", "year"])
        #expect(run.status == 0, "\(run.stderr)")

        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "India – Russia by year: 24 sentences (36 more from undated articles)")
        let rows = lines.dropFirst(3).map { $0.split(separator: " ").map(String.init) }
        #expect(rows.map { Array($0.prefix(2)) } == [["2021", "7"], ["2022", "0"], ["2023", "17"]])
        #expect(rows[1] == ["2022", "0", "0", "0", "—", "—"], "a year without sentences is shown empty")
        // The stance and sign columns are the JSON's, rounded as the table shows them; 2023 is cooperative.
        let json = try GraphTool.json(try GraphTool.run(["timeline", "India", "Russia", "--by", "year", "--json"]).stdout)
        let periods = try #require(json["periods"] as? [[String: Any]])
        for (row, period) in zip(rows, periods) where (period["weight"] as? Int ?? 0) > 0 {
            let stance = try #require(period["stance"] as? Double)
            let sign = try #require(period["sign"] as? Int)
            #expect(row[4] == String(format: "%.2f", stance) && row[5] == (sign > 0 ? "+" : sign < 0 ? "-" : "0"))
        }
        #expect(rows[2][5] == "+")
    }

    @Test func byQuarterNamesQuartersAndByMonthIsTheDefault() throws {
        let quarters = try GraphTool.run(["timeline", "IND", "RUS", "--by", "quarter", "--json"])
        #expect(quarters.status == 0, "\(quarters.stderr)")
        let periods = try #require(try GraphTool.json(quarters.stdout)["periods"] as? [[String: Any]])
        let labels = periods.compactMap { $0["period"] as? String }
        #expect(labels.first == "2021-Q2" && labels.last == "2023-Q4" && labels.count == 11)

        let months = try GraphTool.run(["timeline", "India", "Russia"])
        #expect(months.status == 0, "\(months.stderr)")
        let lines = months.stdout.split(separator: "\n")
        #expect(lines.dropFirst().first?.hasPrefix("month") == true)
        #expect(lines.dropFirst(3).first?.hasPrefix("2021-04 ") == true && lines.last?.hasPrefix("2023-12 ") == true)
        #expect(lines.count == 3 + 33, "April 2021 to December 2023, every month shown")
    }

    @Test func jsonGivesThePeriodsWhoseWeightsAddUpToTheEdgesDatedSentences() throws {
        let run = try GraphTool.run(["timeline", "Russia", "India", "--by", "year", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try GraphTool.json(run.stdout)
        #expect(json["source"] as? String == "IND" && json["target"] as? String == "RUS")
        #expect(json["by"] as? String == "year")
        let periods = try #require(json["periods"] as? [[String: Any]])

        let edge = try GraphTool.json(try GraphTool.run(["edge", "India", "Russia", "--json"]).stdout)
        let relation = try #require((edge["edges"] as? [[String: Any]])?.first)
        let timeline = try #require(relation["timeline"] as? [[String: Any]])
        let dated = timeline.compactMap { $0["weight"] as? Int }.reduce(0, +)
        #expect(periods.compactMap { $0["weight"] as? Int }.reduce(0, +) == dated)

        let empty = try #require(periods.first { $0["period"] as? String == "2022" })
        #expect(empty["weight"] as? Int == 0 && empty["stance"] is NSNull && empty["sign"] is NSNull)
        let last = try #require(periods.last)
        #expect((last["stance"] as? Double ?? 0) > 0 && last["sign"] as? Int == 1, "India–Russia in 2023: cooperative")
    }

    @Test func anUnknownNameFailsWithOneLineAndASuggestion() throws {
        let run = try GraphTool.run(["timeline", "Inida", "Russia"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.errorLines.count == 1)
        #expect(run.stderr.contains("\"Inida\"") && run.stderr.contains("\"India\""))
    }

    @Test func twoNodesWithoutARelationFailWithOneLine() throws {
        let run = try GraphTool.run(["timeline", "India", "Armenia"])
        #expect(run.status == 1)
        #expect(run.errorLines == [
            "Error: no sentence relates India and Armenia in this network; `graph neighbors \"India\"` lists what does"
        ])
    }
}
