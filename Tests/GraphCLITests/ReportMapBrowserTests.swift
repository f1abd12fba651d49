import Foundation
import Testing

/// The report's map and charts in a real browser: a click on the map's tab shows the map, whose marks are those of
/// the network, and each strongest relation shows its chart.
@Suite("graph report's map in a browser", .serialized)
struct ReportMapBrowserTests {
    /// Where the test leaves its screenshot of the report's map, for a person to look at.
    static let screenshot = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-report-map.png")

    @Test(
        "clicking the map tab shows the map in place of the network, with every actor on it",
        .enabled(if: Chromium.path != nil, "chromium is not installed (apt-get install chromium): browser check skipped"))
    func showsTheMap() throws {
        let folder = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = GraphTool.repository.appendingPathComponent("Graphs/network.json")
        let page = folder.appendingPathComponent("report.html")
        let run = try GraphTool.run(["report", "--graph", network.path, "-o", page.path])
        #expect(run.status == 0, "\(run.stderr)")

        // What the browser shows before and after a reader's click on "Map", written into the page for --dump-dom.
        let probe = """
            <script>
            function shown() { return ["network", "map"].map(function (v) {
              return v + ":" + getComputedStyle(document.querySelector("figure." + v)).display; }).join(" "); }
            document.body.dataset.before = shown();
            document.getElementById("view-map").click();
            document.body.dataset.after = shown();
            document.body.dataset.charts = document.querySelectorAll("td.pair .trend svg").length;
            </script></body>
            """
        let html = try String(contentsOf: page, encoding: .utf8).replacingOccurrences(of: "</body>", with: probe)
        let clicked = folder.appendingPathComponent("clicked.html")
        try html.write(to: clicked, atomically: true, encoding: .utf8)

        let dom = try Chromium.run(["--dump-dom"], page: clicked)
        #expect(dom.contains("data-before=\"network:block map:none\""))
        #expect(dom.contains("data-after=\"network:none map:block\""))
        let nodes = try GraphTool.json(String(contentsOf: network, encoding: .utf8))["nodes"] as? [[String: Any]] ?? []
        #expect(nodes.count > 20)
        #expect(ReportBrowserTests.count("<g id=\"map-node-", in: dom) == nodes.count)
        let charts = try #require(dom.firstMatch(of: /data-charts="([0-9]+)"/).flatMap { Int($0.output.1) })
        #expect(charts >= 10, "a chart beside each strongest relation with dated sentences")

        try Chromium.run(["--screenshot=\(Self.screenshot.path)", "--window-size=1280,1100"], page: clicked)
        let png = try Data(contentsOf: Self.screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 50_000, "a blank page compresses to a few kilobytes")
    }
}
