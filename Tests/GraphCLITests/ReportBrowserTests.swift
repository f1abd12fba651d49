import Foundation
import Testing

/// Headless Chromium (Debian's `chromium`), found on the `PATH`; nil when it is not installed.
enum Chromium {
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        return folders.map { "\($0)/chromium" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs headless Chromium on `page` with `arguments` and returns what it prints on standard output.
    @discardableResult
    static func run(_ arguments: [String], page: URL) throws -> String {
        let scratch = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        try Data().write(to: outURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path ?? "chromium")
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(scratch.appendingPathComponent("profile").path)",
        ] + arguments + [page.absoluteString]
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(status: process.terminationStatus) }
        return try String(contentsOf: outURL, encoding: .utf8)
    }

    struct Failed: Error {
        var status: Int32
    }
}

/// Opens the HTML report in a real browser: the page the browser builds (after its script ran) must hold the diagram
/// and the tables, and sorting the centrality table by a click must work.
@Suite("graph report in a browser", .serialized)
struct ReportBrowserTests {
    /// Where the test leaves its screenshot of the report, for a person to look at.
    static let screenshot = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-report.png")

    @Test(
        "the report renders in Chromium with its diagram and tables, and a screenshot is taken",
        .enabled(if: Chromium.path != nil, "chromium is not installed (apt-get install chromium): browser check skipped"))
    func rendersInBrowser() throws {
        let folder = try GraphTool.buildCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let run = try GraphTool.run(["report", "--graph", folder.appendingPathComponent("network.json").path, "-o", page.path])
        #expect(run.status == 0, "\(run.stderr)")
        let nodes = try GraphTool.json(String(contentsOf: folder.appendingPathComponent("network.json"), encoding: .utf8))["nodes"]
        let actorCount = (nodes as? [Any])?.count ?? 0
        #expect(actorCount > 20)

        let dom = try Chromium.run(["--dump-dom"], page: page)
        #expect(dom.contains("<svg"))
        #expect(Self.count("<g id=\"node", in: dom) == actorCount)
        #expect(Self.count("<table", in: dom) >= 5)
        #expect(Self.rows(ofTable: "sortable centrality", in: dom) == actorCount)
        #expect(Self.rows(ofTable: "relations cooperative", in: dom) == 10)
        #expect(Self.rows(ofTable: "relations hostile", in: dom) > 0)
        #expect(dom.contains("<mark>"))

        try Chromium.run(["--screenshot=\(Self.screenshot.path)", "--window-size=1280,2000"], page: page)
        let png = try Data(contentsOf: Self.screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 50_000, "a blank page compresses to a few kilobytes")
    }

    @Test(
        "clicking a centrality heading sorts the table by that column",
        .enabled(if: Chromium.path != nil, "chromium is not installed (apt-get install chromium): browser check skipped"))
    func sortsOnClick() throws {
        let folder = try GraphTool.buildCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let run = try GraphTool.run(["report", "--graph", folder.appendingPathComponent("network.json").path, "-o", page.path])
        #expect(run.status == 0, "\(run.stderr)")
        // A click on "closeness", as a reader would make, added at the end of the page.
        let click = "<script>document.querySelectorAll('table.centrality th')[5].click();</script></body>"
        let html = try String(contentsOf: page, encoding: .utf8).replacingOccurrences(of: "</body>", with: click)
        let clicked = folder.appendingPathComponent("clicked.html")
        try html.write(to: clicked, atomically: true, encoding: .utf8)

        let before = Self.column(5, ofTable: "sortable centrality", in: try Chromium.run(["--dump-dom"], page: page))
        let after = Self.column(5, ofTable: "sortable centrality", in: try Chromium.run(["--dump-dom"], page: clicked))
        #expect(after.count == before.count && !after.isEmpty)
        #expect(after == before.sorted(by: >))
        #expect(before != after, "the page opens sorted by PageRank, not by closeness")
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The body of the table with this class attribute, as the browser serialised it.
    static func body(ofTable className: String, in dom: String) -> String {
        guard let start = dom.range(of: "<table class=\"\(className)\">"),
            let body = dom.range(of: "<tbody>", range: start.upperBound..<dom.endIndex),
            let end = dom.range(of: "</tbody>", range: body.upperBound..<dom.endIndex)
        else { return "" }
        return String(dom[body.upperBound..<end.lowerBound])
    }

    static func rows(ofTable className: String, in dom: String) -> Int {
        count("<tr", in: body(ofTable: className, in: dom))
    }

    /// The `data-value`s of one column, in row order, as numbers.
    static func column(_ index: Int, ofTable className: String, in dom: String) -> [Double] {
        body(ofTable: className, in: dom).components(separatedBy: "<tr").dropFirst().compactMap { row in
            let values = row.matches(of: /data-value="([^"]*)"/).map { String($0.output.1) }
            return index < values.count ? Double(values[index]) : nil
        }
    }
}
