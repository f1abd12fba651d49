import Testing

@testable import ActorGraphCore

/// The report's "What changed" section (`NetworkReport.changes`), in HTML and Markdown.
@Suite struct ReportChangesTests {
    private static func report(changes: NetworkDiff?, relationLimit: Int = 10) throws -> NetworkReport {
        var report = try NetworkReport(network: DiffFixtures.new, relationLimit: relationLimit)
        report.changes = changes
        return report
    }

    @Test func theHTMLSectionComesFirstAndListsEveryChangeWithItsSentences() throws {
        let report = try Self.report(changes: DiffFixtures.diff(measure: .degree))
        #expect(try XMLOutline(HTMLReport().render(report)).sectionIDs.first == "changes")
        let page = try XMLOutline(HTMLReport().changes(report))
        // Appeared 2, vanished 1, flipped 1, stance 2, weight 2; B and A moved.
        #expect(page.rows(ofTable: "relations changes") == 8)
        #expect(page.rows(ofTable: "ranks") == 2)
        #expect(page.text.contains("From before (4 actors, 5 relations) to after (5 actors, 6 relations)."))
        // The flip: its figures, then the most cooperative sentence before and the most hostile after.
        #expect(page.text.contains("Actor A – Actor B3 → 4+0.50 → -0.60+ → −beforea: 0.8"))
        #expect(page.text.contains("afterc: -0.9"))
        #expect(!page.text.contains("b: -0.2") && !page.text.contains("d: 0.1"), "one sentence a side, the strongest")
        #expect(page.text.contains("(above)"), "A–D's sentences are shown once, under its stance")
        #expect(page.text.contains("Actors only in after (1): Actor E"))
    }

    @Test func theMarkdownSectionHasWholeTablesAndCountsWhatItLeavesOut() throws {
        let markdown = MarkdownReport().render(try Self.report(changes: DiffFixtures.diff(), relationLimit: 1))
        let section = try #require(markdown.components(separatedBy: "## What changed").dropFirst().first)
        #expect(section.contains("\n### Flipped\n\n1 relation turned from cooperative to hostile or back.\n"))
        #expect(section.contains("| Actor A – Actor B | 3 → 4 | +0.50 → -0.60 | + → − |"))
        #expect(section.contains("1. **Actor A – Actor B**\n   - before: a: 0.8"))
        #expect(section.contains("\n   - after: c: -0.9 — _c, sentence 1_\n"))
        #expect(section.contains("And 1 more: `graph diff` lists them all."), "one of two appeared is shown")
        for table in ReportTests.tables(in: markdown) {
            #expect(Set(table.map(ReportTests.cellCount)).count == 1, "\(table[0])")
        }
    }

    @Test func twoEqualNetworksSayNothingChangedAndNoComparisonLeavesTheSectionOut() throws {
        let same = NetworkDiff(old: DiffFixtures.new, oldName: "a", new: DiffFixtures.new, newName: "b")
        let page = try XMLOutline(HTMLReport().render(try Self.report(changes: same)))
        let none = try XMLOutline(HTMLReport().render(try Self.report(changes: nil)))
        #expect(page.text.contains(same.nothingChanged))
        #expect(page.sectionIDs == ["changes"] + none.sectionIDs)
        #expect(page.count("table") == none.count("table"), "no table of changes")
        let markdown = MarkdownReport().render(try Self.report(changes: same))
        #expect(markdown.contains("## What changed\n\nFrom **a** (5 actors, 6 relations) to **b** (5 actors, 6 relations).\n\n"
            + MarkdownReport.escape(same.nothingChanged) + "\n"))
        #expect(!MarkdownReport().render(try Self.report(changes: nil)).contains("What changed"))
    }
}
