import ActorGraphCore
import ArgumentParser
import Foundation

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

            Example: graph timeline India Russia --by year
            """
    )

    @Argument(help: "One end, as people write it.")
    var first: String

    @Argument(help: "The other end.")
    var second: String

    @Option(name: .long, help: ArgumentHelp("The length of a period.", valueName: "month|quarter|year"))
    var by: Timeline.Resolution = .month

    @OptionGroup var options: QueryOptions

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
