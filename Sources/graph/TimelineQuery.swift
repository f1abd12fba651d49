import ActorGraphCore
import ArgumentParser
import Foundation
import GraphvizRender

extension Timeline.Resolution: ExpressibleByArgument {}

struct TimelineQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show how the relation between two nodes moved over time.",
        discussion: """
            One row per month, quarter (2021-Q2) or year, from the first with sentences to the last: how many \
            sentences of articles of that period name both (sentences; those of undated articles are counted \
            in `graph edge` but belong to no period), how many lean cooperative (+) or hostile \
            (-), their mean stance in [-1, 1] (each month weighted by its sentences) and its sign. A period \
            without sentences is shown with 0 and no stance (—), so the gaps are visible. On a terminal a \
            sparkline column draws the stance from ▁ (hostile) to █ (cooperative).

            --format svg or png draws the periods as a chart instead: a bar per period as tall as its \
            sentences, green, red or grey by its sign, and a line through the stances on a scale from -1 \
            (hostile) to +1 (cooperative), broken where a period has no sentences. -o FILE writes it (a \
            name ending in .svg or .png is enough); without -o it goes to standard output. --size sets \
            its size in pixels.

            Examples:
              graph timeline India Russia --by year
              graph timeline India Russia --by quarter -o india-russia.svg
              graph timeline India China --format png --size 1200x500 -o india-china.png
            """
    )

    @Argument(help: "One end, as people write it.")
    var first: String

    @Argument(help: "The other end.")
    var second: String

    @Option(name: .long, help: ArgumentHelp("The length of a period.", valueName: "month|quarter|year"))
    var by: Timeline.Resolution = .month

    @Option(name: .long, help: ArgumentHelp("Draw a chart instead of the table.", valueName: "svg|png"))
    var format: ChartFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The chart's file (.svg or .png); - or none: standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The chart's width and height in pixels.", valueName: "WxH"))
    var size: ChartSize = ChartSize(width: 800, height: 360)

    @OptionGroup var options: QueryOptions

    func validate() throws {
        guard let format = try chartFormat() else { return }
        if options.json { throw ValidationError("--json prints the periods as data; --format \(format) draws them: choose one") }
    }

    /// The chart asked for: `--format`, else the extension of `-o`; nil for the table.
    private func chartFormat() throws -> ChartFormat? {
        if let format { return format }
        guard let output, output != "-" else { return nil }
        guard let format = ChartFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) else {
            throw ValidationError("-o \(output): name a .svg or .png file, or say which with --format svg|png")
        }
        return format
    }

    struct Undated: Error, CustomStringConvertible {
        var a: Node
        var b: Node
        var description: String {
            "the relation of \(a.label) and \(b.label) has no timeline: none of its sentences comes from a dated article"
        }
    }

    func run() throws {
        let network = try options.loadNetwork()
        let resolver = try options.resolver(for: network, resolving: first, second)
        let a = try resolver.resolve(first)
        let b = try resolver.resolve(second)
        guard let edge = network.edges(between: a.id, and: b.id).first(where: { $0.kind == .relation }) else {
            throw EdgeQuery.NoEdge(a: a, b: b)
        }
        guard !edge.timeline.isEmpty else { throw Undated(a: a, b: b) }
        let timeline = try Timeline(edge.timeline, by: by)
        if let format = try chartFormat() {
            let canvas = TimelineChart(timeline: timeline, pair: (a.label, b.label))
                .canvas(width: Double(size.width), height: Double(size.height))
            let bytes = format == .svg
                ? Data(canvas.svg().utf8) : Data(try GraphvizRenderer().renderPinned(dot: canvas.dot(), format: .png))
            if let output, output != "-" {
                try AtomicFile.write(bytes, to: URL(fileURLWithPath: output))
            } else {
                FileHandle.standardOutput.write(bytes)
            }
            return
        }
        if options.json {
            options.printJSON(.object([
                ("source", .string(edge.source)),
                ("target", .string(edge.target)),
                ("by", .string(by.rawValue)),
                ("periods", .array(timeline.periods.map(Self.json(of:)))),
            ]))
            return
        }
        let dated = timeline.periods.map(\.weight).reduce(0, +)
        let undated = edge.weight > dated ? " (\(edge.weight - dated) more from undated articles)" : ""
        print("\(a.label) – \(b.label) by \(by.rawValue): \(dated) sentence\(dated == 1 ? "" : "s")\(undated)")
        print(Self.table(of: timeline, sparkline: isatty(STDOUT_FILENO) != 0))
    }

    /// The periods as a table; `sparkline` adds a column of block characters, for a person at a terminal.
    static func table(of timeline: Timeline, sparkline: Bool) -> String {
        var table = Table(
            headers: [timeline.resolution.rawValue, "sentences", "+", "-", "stance", "sign"] + (sparkline ? ["trend"] : []),
            alignments: [.left, .right, .right, .right, .right, .right] + (sparkline ? [.left] : []))
        for period in timeline.periods {
            table.rows.append([
                period.label, "\(period.weight)", "\(period.positive)", "\(period.negative)",
                Format.number(period.stance, digits: 2), period.sign.map(Format.sign) ?? "—",
            ] + (sparkline ? [period.stance.map { String(Timeline.bar(for: $0)) } ?? ""] : []))
        }
        return table.render()
    }

    static func json(of period: Timeline.Period) -> JSONValue {
        .object([
            ("period", .string(period.label)),
            ("weight", .int(period.weight)),
            ("positive", .int(period.positive)),
            ("negative", .int(period.negative)),
            ("stance", period.stance.map(JSONValue.double) ?? .null),
            ("sign", period.sign.map(JSONValue.int) ?? .null),
        ])
    }
}

/// The picture formats of `graph timeline --format`.
enum ChartFormat: String, CaseIterable, ExpressibleByArgument {
    case svg, png
}

/// `--size 800x360`: a chart's width and height in pixels.
struct ChartSize: ExpressibleByArgument {
    var width: Int
    var height: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Width and height from 200 × 120 (room for the axes and a few bars) to 4000 × 4000.
    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, (200...4000).contains(parts[0]), (120...4000).contains(parts[1]) else { return nil }
        self.init(width: parts[0], height: parts[1])
    }

    var defaultValueDescription: String { "\(width)x\(height)" }
}
