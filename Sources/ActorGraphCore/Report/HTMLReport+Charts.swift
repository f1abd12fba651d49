import Foundation

/// The small timeline chart beside each of the report's strongest relations.
extension HTMLReport {
    /// The size of a relation's small chart, in pixels.
    static let trendSize = (width: 210.0, height: 52.0)

    /// The periods every small chart of `report` uses: from the first month any listed relation has sentences in to
    /// the last, by month up to two years, by quarter up to eight, else by year, so the charts line up and compare.
    static func trendSpan(of report: NetworkReport) -> (first: String, last: String, resolution: Timeline.Resolution)? {
        let months = (report.cooperative + report.hostile).flatMap { $0.edge.timeline.map(\.month) }
        guard let first = months.min(), let last = months.max(),
            let firstYear = Int(first.prefix(4)), let lastYear = Int(last.prefix(4)),
            let firstMonth = Int(first.suffix(2)), let lastMonth = Int(last.suffix(2))
        else { return nil }
        let span = (lastYear - firstYear) * 12 + lastMonth - firstMonth + 1
        return (first, last, span <= 24 ? .month : span <= 96 ? .quarter : .year)
    }

    /// The relation's chart as inline SVG, over the report's span; a note where none of its sentences is dated.
    func trend(of relation: NetworkReport.Relation, in report: NetworkReport) -> String {
        guard !relation.edge.timeline.isEmpty, let span = Self.trendSpan(of: report) else {
            return "<div class=\"trend none\">no dated sentences</div>"
        }
        // Empty months at both ends stretch every chart over the same periods.
        let ends = [span.first, span.last].map { StancePeriod(month: $0, weight: 0, positive: 0, negative: 0, stance: 0) }
        guard let timeline = try? Timeline(relation.edge.timeline + ends, by: span.resolution) else { return "" }
        let chart = TimelineChart(
            timeline: timeline, pair: (relation.sourceLabel, relation.targetLabel), layout: .compact)
        let svg = chart.canvas(width: Self.trendSize.width, height: Self.trendSize.height).svg()
        return "<div class=\"trend\">" + svg.trimmingCharacters(in: .newlines) + "</div>"
    }
}
