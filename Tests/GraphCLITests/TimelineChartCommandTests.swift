import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `graph timeline --format svg|png` through the built binary on the committed `Graphs/network.json`.
@Suite struct TimelineChartCommandTests {
    @Test func theSVGChartHasABarPerPeriodWithSentencesAsTallAsTheTimelineSays() throws {
        let folder = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let chart = folder.appendingPathComponent("india-russia.svg")
        let run = try GraphTool.run(["timeline", "India", "Russia", "--by", "quarter", "-o", chart.path])
        #expect(run.status == 0, "\(run.stderr)")
        let svg = try String(contentsOf: chart, encoding: .utf8)
        let content = try XMLContent(Data(svg.utf8))
        #expect(content.count("svg") == 1)
        #expect(content.values.contains("India – Russia by quarter"))

        let json = try GraphTool.run(["timeline", "India", "Russia", "--by", "quarter", "--json"])
        let periods = try #require(try GraphTool.json(json.stdout)["periods"] as? [[String: Any]])
        for period in periods {
            #expect(content.values.contains(period["period"] as? String ?? "?") || periods.count > 12)
        }
        let weights = periods.compactMap { $0["weight"] as? Int }.filter { $0 > 0 }
        let heights = svg.matches(of: /<rect class="bar" [^>]*height="([0-9.]+)"/).compactMap { Double($0.output.1) }
        #expect(weights == [7, 17])
        #expect(heights.count == weights.count)
        let tallest = try #require(heights.max())
        for (height, weight) in zip(heights, weights) {
            #expect(abs(height / tallest - Double(weight) / Double(weights.max() ?? 1)) < 0.001)
        }
    }

    @Test func thePNGChartHasTheSizeAskedFor() throws {
        let folder = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let chart = folder.appendingPathComponent("chart")
        let run = try GraphTool.run([
            "timeline", "India", "Russia", "--format", "png", "--size", "640x300", "-o", chart.path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let png = [UInt8](try Data(contentsOf: chart))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // The IHDR chunk: width and height as big-endian 32-bit numbers at bytes 16 and 20.
        let number = { (offset: Int) in png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(number(16) == 640 && number(20) == 300)
        #expect(png.count > 5_000, "bars, axes and text, not a blank page")
    }

    @Test(arguments: [
        (["--format", "gif"], "'svg' and 'png'"),
        (["-o", "chart.jpg"], "name a .svg or .png file"),
        (["--format", "svg", "--json"], "choose one"),
        (["--format", "svg", "--size", "50x50"], "--size"),
    ])
    func aChartThatCannotBeDrawnIsAClearError(arguments: [String], message: String) throws {
        let run = try GraphTool.run(["timeline", "India", "Russia"] + arguments)
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }
}
