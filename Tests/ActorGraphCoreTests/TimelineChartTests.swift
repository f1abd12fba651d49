import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import ActorGraphCore

/// The timeline chart: its bars are the timeline's numbers, and both its SVG and its DOT draw the same picture.
@Suite struct TimelineChartTests {
    /// Four quarters, the third without sentences.
    static let timeline = try! Timeline([
        StancePeriod(month: "2022-01", weight: 4, positive: 3, negative: 0, stance: 0.5),
        StancePeriod(month: "2022-05", weight: 10, positive: 0, negative: 6, stance: -0.6),
        StancePeriod(month: "2022-11", weight: 2, positive: 0, negative: 0, stance: 0),
    ], by: .quarter)

    /// The SVG's bars (`<rect class="bar" … height="…">`) in order: their left edge and height.
    static func bars(inSVG svg: String) -> [(x: Double, height: Double)] {
        svg.matches(of: /<rect class="bar" x="([-0-9.]+)" y="[-0-9.]+" width="[0-9.]+" height="([0-9.]+)"/)
            .compactMap { match in
                guard let x = Double(match.output.1), let height = Double(match.output.2) else { return nil }
                return (x, height)
            }
    }

    @Test func everyPeriodWithSentencesHasABarAsTallAsItsSentences() throws {
        let svg = TimelineChart(timeline: Self.timeline, pair: ("India", "China")).canvas(width: 800, height: 360).svg()
        let bars = Self.bars(inSVG: svg)
        let weights = Self.timeline.periods.map(\.weight).filter { $0 > 0 }
        #expect(weights == [4, 10, 2])
        #expect(bars.count == 3, "no bar for the empty quarter")
        #expect(bars.map(\.x) == bars.map(\.x).sorted(), "in time order")
        let tallest = try #require(bars.map(\.height).max())
        for (bar, weight) in zip(bars, weights) {
            #expect(abs(bar.height / tallest - Double(weight) / 10) < 0.001)
        }
        // Coloured by sign: cooperative, hostile, no net stance.
        let fills = svg.matches(of: /<rect class="bar"[^>]*fill="(#[0-9A-F]+)"/).map { String($0.output.1) }
        #expect(fills == [TimelineChart.cooperative.fill, TimelineChart.hostile.fill, TimelineChart.neutral.fill])
    }

    @Test func theStanceLineBreaksAtAPeriodWithoutSentences() {
        let svg = TimelineChart(timeline: Self.timeline, pair: ("India", "China")).canvas(width: 800, height: 360).svg()
        let stretches = svg.matches(of: /<polyline class="stance" points="([^"]+)"/).map { $0.output.1.split(separator: " ").count }
        #expect(stretches == [2], "Q1 to Q2 joined; Q4 stands alone, after the gap")
        #expect(svg.components(separatedBy: "<circle").count - 1 == 3)
    }

    @Test func theFullChartNamesThePairAndEveryPeriodAndParsesAsXML() throws {
        let svg = TimelineChart(timeline: Self.timeline, pair: ("Côte d’Ivoire & <Co>", "China"))
            .canvas(width: 800, height: 360).svg()
        let content = try XMLContent(Data(svg.utf8))
        #expect(content.texts.contains("Côte d’Ivoire & <Co> – China by quarter"))
        for label in ["2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"] {
            #expect(content.texts.contains(label))
        }
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"360\""))
    }

    @Test func theDOTDrawsTheSameShapesOnAPageOfTheChartsSize() {
        let canvas = TimelineChart(timeline: Self.timeline, pair: ("India", "China"), layout: .compact)
            .canvas(width: 240, height: 64)
        let dot = canvas.dot()
        #expect(dot.contains("pad=\"0\", dpi=\"72\""))
        #expect(dot.contains("\"north-east\" [pos=\"240.00,64.00!\""))
        // Three bars as filled polygons (and one each in the key of a full chart, which a compact one has none of).
        #expect(dot.components(separatedBy: " P 4 ").count - 1 == 3)
        #expect(dot.contains("T 2.0 3.0 -1 0 7 -2022-Q1 "), "the first period, bottom left (y up in xdot)")
    }

    @Test(arguments: [(0, 1, 1), (1, 1, 1), (4, 4, 1), (7, 8, 2), (17, 20, 5), (24, 25, 5), (130, 150, 50)])
    func theWeightScaleEndsOnARoundNumber(maxWeight: Int, top: Int, step: Int) {
        let scale = TimelineChart.scale(for: maxWeight, ticks: 5)
        #expect(scale.top == top && scale.step == step)
    }
}

/// The text runs of an XML document, entities decoded; parsing fails for a document that is not well-formed.
private final class XMLContent: NSObject, XMLParserDelegate {
    private(set) var texts: [String] = []
    private var text = ""

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if !text.isEmpty { texts.append(text) }
        text = ""
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if !text.isEmpty { texts.append(text) }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
