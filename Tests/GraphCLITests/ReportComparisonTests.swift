import Foundation
import Testing

/// `graph report --compare OLD.json` and `graph report --between A B`: the "What changed" section of the report.
@Suite struct ReportComparisonTests {
    @Test func twoPeriodsOfTheBundledNetworkGiveTheSectionAfterTheDiagram() throws {
        let run = try GraphTool.run(["report", "--between", "2021", "2023", "-o", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        let html = run.stdout
        let changes = try #require(html.range(of: "<section id=\"changes\">"))
        #expect(try #require(html.range(of: "<section id=\"diagram\">")).lowerBound < changes.lowerBound)
        #expect(changes.lowerBound < (try #require(html.range(of: "<section id=\"cooperative\">"))).lowerBound)
        #expect(html.contains("<p>From <strong>2021</strong> (13 actors, 27 relations) to <strong>2023</strong>"))
        #expect(html.contains("<td class=\"pair\">India – Russia</td><td class=\"n\">7 → 17</td>"))
        #expect(html.contains("strategic partnership"))
    }

    @Test func aNetworkComparedWithItselfSaysNothingChanged() throws {
        let run = try GraphTool.run(["report", "--compare", "Graphs/network.json", "--format", "markdown", "-o", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("## What changed\n\nFrom **Graphs/network.json** (31 actors"))
        #expect(run.stdout.contains("Nothing changed: the same relations"))
    }

    @Test func aReportWithoutAComparisonHasNoSuchSection() throws {
        let run = try GraphTool.run(["report", "--format", "markdown", "-o", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("What changed"))
    }

    @Test(arguments: [
        (["--between", "2019", "2023"], "no sentence of this network is dated 2019"),
        (["--compare", "Graphs/documents.jsonl"], "documents.jsonl is not a network file"),
        (["--compare", "Graphs/network.json", "--between", "2021", "2023"], "choose one comparison"),
    ])
    func aComparisonThatCannotBeMadeIsAnErrorAndWritesNothing(arguments: [String], message: String) throws {
        let folder = try GraphTool.scratchFolder()
        let output = folder.appendingPathComponent("report.html")
        let run = try GraphTool.run(["report", "-o", output.path] + arguments)
        #expect(run.status != 0)
        #expect(run.stderr.hasPrefix("Error: ") && run.stderr.contains(message), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
