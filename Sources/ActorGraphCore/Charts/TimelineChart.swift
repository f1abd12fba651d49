import Foundation

/// A relation's timeline as a chart: one bar per period, as tall as its number of sentences and coloured by the
/// period's sign (green cooperative, red hostile, grey no net stance, as in the diagram), and a line through the
/// periods' stances on a second scale from −1 (hostile) to +1 (cooperative), broken where a period has no sentences.
///
/// `full` is a page with a title naming the pair, both axes and their scales, period labels (every k-th when they
/// would crowd) and a key; `compact` is the small chart beside a relation in the report: bars, stance line, zero
/// line and the first and last period. Every bar and point carries its numbers as a tooltip in SVG.
///
/// ```swift
/// let timeline = try Timeline(edge.timeline, by: .quarter)
/// let svg = TimelineChart(timeline: timeline, pair: ("India", "Russia")).canvas(width: 800, height: 360).svg()
/// ```
public struct TimelineChart: Sendable {
    public enum Layout: Sendable {
        case full, compact
    }

    static let cooperative = (fill: "#A5D6A7", line: DOTStyle.cooperativeColor)
    static let hostile = (fill: "#EF9A9A", line: DOTStyle.conflictualColor)
    static let neutral = (fill: "#CFD8DC", line: "#78909C")
    static let gridColor = "#E3E8EC"
    static let mutedColor = "#607D8B"
    static let stanceColor = "#37474F"

    public var timeline: Timeline
    /// The two ends' names, as the title shows them.
    public var pair: (String, String)
    public var layout: Layout

    public init(timeline: Timeline, pair: (String, String), layout: Layout = .full) {
        self.timeline = timeline
        self.pair = pair
        self.layout = layout
    }

    /// "India – Russia by quarter".
    public var title: String { "\(pair.0) – \(pair.1) by \(timeline.resolution.rawValue)" }

    /// The chart on a page of `width` × `height` pixels.
    public func canvas(width: Double, height: Double) -> ChartCanvas {
        var canvas = ChartCanvas(width: width, height: height, title: summary)
        let full = layout == .full
        let plot = (
            left: full ? 52.0 : 2, right: width - (full ? 58 : 2), top: full ? 78.0 : 4,
            bottom: height - (full ? 58 : 15)
        )
        let periods = timeline.periods
        let maxWeight = periods.map(\.weight).max() ?? 0
        let weightScale = full ? Self.scale(for: maxWeight, ticks: 5) : (top: max(1, maxWeight), step: max(1, maxWeight))
        let band = (plot.right - plot.left) / Double(max(periods.count, 1))
        func x(_ index: Int) -> Double { plot.left + band * (Double(index) + 0.5) }
        func yWeight(_ weight: Int) -> Double {
            plot.bottom - (plot.bottom - plot.top) * Double(weight) / Double(weightScale.top)
        }
        func yStance(_ stance: Double) -> Double { plot.top + (plot.bottom - plot.top) * (1 - stance) / 2 }

        if full {
            canvas.text(Self.fitted([title], size: 18, width: width - 32), x: 16, y: 28, size: 18, bold: true)
            let dated = periods.map(\.weight).reduce(0, +)
            let count = "\(dated) dated sentence\(dated == 1 ? "" : "s")"
            let explained = Self.fitted([
                count + " · bars: sentences per \(timeline.resolution.rawValue) (left scale) · line: stance, −1 "
                    + "hostile to +1 cooperative (right scale)",
                count + " · bars: sentences · line: stance, −1 hostile to +1 cooperative",
                count,
            ], size: 12, width: width - 32)
            canvas.text(explained, x: 16, y: 50, size: 12, color: Self.mutedColor)
            for tick in stride(from: 0, through: weightScale.top, by: weightScale.step) {
                let y = yWeight(tick)
                canvas.line([(plot.left, y), (plot.right, y)], color: Self.gridColor)
                canvas.text("\(tick)", x: plot.left - 8, y: y + 4, size: 11, color: Self.mutedColor, anchor: .end)
            }
            for (stance, label) in [(1.0, "+1"), (0.0, "0"), (-1.0, "−1")] {
                canvas.line([(plot.right, yStance(stance)), (plot.right + 5, yStance(stance))], color: Self.mutedColor)
                canvas.text(label, x: plot.right + 8, y: yStance(stance) + 4, size: 11, color: Self.mutedColor)
            }
            canvas.text("sentences", x: plot.left - 8, y: plot.top - 10, size: 11, color: Self.mutedColor)
            canvas.text("stance", x: plot.right + 8, y: plot.top - 10, size: 11, color: Self.mutedColor, anchor: .middle)
        }
        canvas.line([(plot.left, yStance(0)), (plot.right, yStance(0))], color: "#B0BEC5", dashed: true)

        for (index, period) in periods.enumerated() where period.weight > 0 {
            let colours = Self.colours(of: period.sign)
            let top = yWeight(period.weight)
            let barWidth = max(1, band * 0.7)
            canvas.rect(
                x: x(index) - barWidth / 2, y: top, width: barWidth, height: plot.bottom - top, fill: colours.fill,
                stroke: colours.line, role: "bar", tooltip: Self.tooltip(period))
        }
        canvas.line([(plot.left, plot.bottom), (plot.right, plot.bottom)], color: Self.mutedColor)

        // The stance line, one stretch per run of periods with sentences.
        var run: [(x: Double, y: Double)] = []
        for (index, period) in periods.enumerated() {
            if let stance = period.stance {
                run.append((x(index), yStance(stance)))
            } else {
                if run.count > 1 { canvas.line(run, color: Self.stanceColor, width: 2, role: "stance") }
                run = []
            }
        }
        if run.count > 1 { canvas.line(run, color: Self.stanceColor, width: 2, role: "stance") }
        for (index, period) in periods.enumerated() {
            guard let stance = period.stance else { continue }
            canvas.circle(
                x: x(index), y: yStance(stance), radius: full ? 4 : 2.5, fill: Self.colours(of: period.sign).line,
                stroke: "white", tooltip: Self.tooltip(period))
        }

        if full {
            let labelWidth = periods.map { ChartCanvas.textWidth($0.label, size: 11) }.max() ?? 0
            let every = max(1, Int(((labelWidth + 10) / band).rounded(.up)))
            for (index, period) in periods.enumerated() where index % every == 0 {
                canvas.line([(x(index), plot.bottom), (x(index), plot.bottom + 4)], color: Self.mutedColor)
                canvas.text(period.label, x: x(index), y: plot.bottom + 18, size: 11, anchor: .middle)
            }
            key(on: &canvas, y: height - 16)
        } else if let first = periods.first, let last = periods.last {
            canvas.text(first.label, x: plot.left, y: height - 3, size: 10, color: Self.mutedColor)
            if periods.count > 1 {
                canvas.text(last.label, x: plot.right, y: height - 3, size: 10, color: Self.mutedColor, anchor: .end)
            }
        }
        return canvas
    }

    /// The first of `texts` that fits `width` pixels at `size`, else the last cut to fit, ending in "…".
    static func fitted(_ texts: [String], size: Double, width: Double) -> String {
        if let fitting = texts.first(where: { ChartCanvas.textWidth($0, size: size) <= width }) { return fitting }
        let last = texts.last ?? ""
        let characters = max(1, Int(width / (size * 0.56)))
        return last.count <= characters ? last : String(last.prefix(characters - 1)) + "…"
    }

    /// The title and every period's numbers in one line, for the SVG's `<title>` (what a screen reader says).
    var summary: String {
        title + ": " + timeline.periods.map { "\($0.label) \($0.weight)" + ($0.stance.map { " (\(Self.signed($0)))" } ?? "") }
            .joined(separator: ", ")
    }

    /// "2021-Q2: 7 sentences (+1 / −1), stance −0.04".
    static func tooltip(_ period: Timeline.Period) -> String {
        "\(period.label): \(period.weight) sentence\(period.weight == 1 ? "" : "s") (+\(period.positive) / "
            + "−\(period.negative))" + (period.stance.map { ", stance \(signed($0))" } ?? "")
    }

    static func signed(_ value: Double) -> String {
        (value > 0 ? "+" : value < 0 ? "−" : "") + String(format: "%.2f", locale: nil, abs(value))
    }

    static func colours(of sign: Int?) -> (fill: String, line: String) {
        switch sign {
        case 1: cooperative
        case -1: hostile
        default: neutral
        }
    }

    /// The weight scale: a round top at or above `maxWeight` and a step that gives at most `ticks` steps (1, 2 or 5
    /// times a power of ten).
    static func scale(for maxWeight: Int, ticks: Int) -> (top: Int, step: Int) {
        let target = max(1, maxWeight)
        var magnitude = 1
        while true {
            for factor in [1, 2, 5] {
                let step = factor * magnitude
                let top = (target + step - 1) / step * step
                if top / step <= ticks { return (top, step) }
            }
            magnitude *= 10
        }
    }

    /// The colours' meaning, along the bottom.
    private func key(on canvas: inout ChartCanvas, y: Double) {
        var x = 16.0
        for (colours, name) in [(Self.cooperative, "cooperative"), (Self.hostile, "hostile"), (Self.neutral, "no net stance")] {
            canvas.rect(x: x, y: y - 9, width: 14, height: 10, fill: colours.fill, stroke: colours.line)
            canvas.text(name, x: x + 20, y: y, size: 11, color: Self.mutedColor)
            x += 20 + ChartCanvas.textWidth(name, size: 11) + 18
        }
        canvas.line([(x, y - 4), (x + 22, y - 4)], color: Self.stanceColor, width: 2)
        canvas.text("stance", x: x + 28, y: y, size: 11, color: Self.mutedColor)
        x += 28 + ChartCanvas.textWidth("stance", size: 11) + 24
        let gaps = "periods without sentences: no bar, line broken"
        if x + ChartCanvas.textWidth(gaps, size: 11) <= canvas.width - 16 {
            canvas.text(gaps, x: canvas.width - 16, y: y, size: 11, color: Self.mutedColor, anchor: .end)
        }
    }
}
