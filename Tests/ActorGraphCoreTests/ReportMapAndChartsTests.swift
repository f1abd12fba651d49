import Foundation
import Testing

@testable import ActorGraphCore

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The report's map beside the diagram and the small timeline chart beside each strongest relation.
@Suite("Report map and charts")
struct ReportMapAndChartsTests {
    static let map = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <svg width="10pt" height="10pt"><g id="map-node-IND" class="node"><title>IND</title></g></svg>
        """

    @Test("with a map, the diagram section offers two views, the network first, and the page stays well-formed")
    func twoViews() throws {
        let (_, report) = try ReportTests.corpusReport()
        let html = HTMLReport(diagramSVG: try ReportTests.corpusDiagram(), mapSVG: Self.map).render(report)
        let page = try XMLOutline(html)
        #expect(page.sectionIDs.first == "diagram")
        #expect(page.count("figure") == 2 && page.count("input") == 2)
        #expect(html.contains("<input type=\"radio\" name=\"view\" id=\"view-network\" checked=\"checked\"/>"))
        #expect(html.contains("<figure class=\"view map\"><svg width=\"10pt\" height=\"10pt\"><g id=\"map-node-IND\""))
        #expect(!html.contains("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<svg width=\"10pt\""))

        let alone = HTMLReport(diagramSVG: try ReportTests.corpusDiagram()).render(report)
        #expect(try XMLOutline(alone).count("input") == 0, "without a map, the diagram alone")
    }

    @Test("each strongest relation has a chart whose bars are its sentences per period of the report's span")
    func relationCharts() throws {
        let (_, report) = try ReportTests.corpusReport()
        let html = HTMLReport().render(report)
        let span = try #require(HTMLReport.trendSpan(of: report))
        #expect(span.first == "2021-04" && span.last == "2023-12" && span.resolution == .quarter)

        let top = report.cooperative[0]
        #expect(top.sourceLabel == "India" && top.targetLabel == "Russia")
        let row = try #require(html.components(separatedBy: "<tr>").first { $0.contains(">India – Russia<div") })
        let chart = try #require(row.firstRange(of: "<svg").map { String(row[$0.lowerBound...]) })
        let heights = chart.matches(of: /<rect class="bar" [^>]*height="([0-9.]+)"/).compactMap { Double($0.output.1) }
        let quarters = try Timeline(top.edge.timeline, by: .quarter).periods.map(\.weight).filter { $0 > 0 }
        #expect(quarters == [7, 17])
        #expect(heights.count == 2)
        if let tallest = heights.max() {
            #expect(heights.map { ($0 / tallest * 1000).rounded() } == quarters.map { (Double($0) / 17 * 1000).rounded() })
        }
        // Every chart spans the same quarters, so they line up down the table.
        #expect(html.components(separatedBy: ">2021-Q2</text>").count - 1
            == (report.cooperative + report.hostile).filter { !$0.edge.timeline.isEmpty }.count)
        let undated = (report.cooperative + report.hostile).filter { $0.edge.timeline.isEmpty }.count
        #expect(html.components(separatedBy: "no dated sentences").count - 1 == undated)
    }
}
