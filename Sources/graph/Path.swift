import ActorGraphCore
import ArgumentParser

struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the shortest chain of ties between two nodes, with the relation at each step.",
        discussion: """
            Counts steps (fewest ties) by default; with --weighted a tie's length is 1/weight, so a chain of \
            heavily reported relations counts as short. Of several shortest chains, the one whose node ids \
            sort first is shown.

            Example: graph path Pakistan "the West"
            """
    )

    @Argument(help: "Where the chain starts.")
    var from: String

    @Argument(help: "Where it ends.")
    var to: String

    @Flag(name: .long, help: "Take 1/weight as a tie's length.")
    var weighted = false

    @OptionGroup var options: QueryOptions

    struct NoPath: Error, CustomStringConvertible {
        var from: Node
        var to: Node
        var description: String { "no chain of ties links \(from.label) and \(to.label): they are in different components" }
    }

    func run() throws {
        let network = try options.loadNetwork()
        let resolver = try options.resolver(for: network, resolving: from, to)
        let start = try resolver.resolve(from)
        let end = try resolver.resolve(to)
        guard let ids = try shortestPath(in: network, from: start.id, to: end.id, weighted: weighted) else {
            throw NoPath(from: start, to: end)
        }
        let steps = zip(ids, ids.dropFirst()).map { pair in (pair.0, pair.1, network.edges(between: pair.0, and: pair.1)) }
        if options.json {
            options.printJSON(.object([
                ("nodes", .array(ids.map(JSONValue.string))),
                ("steps", .array(steps.map { a, b, edges in
                    .object([("source", .string(a)), ("target", .string(b)), ("edges", .array(edges.map(NetworkJSON.value(of:))))])
                })),
            ]))
            return
        }
        func label(_ id: String) -> String { Node.displayed(network.node(id: id)?.label ?? id) }
        print(ids.map(label).joined(separator: " → ") + "  (\(steps.count) step\(steps.count == 1 ? "" : "s"))")
        for (a, b, edges) in steps {
            let ties = edges.map { edge in
                edge.kind == .membership
                    ? "member"
                    : "\(Format.sign(edge.sign)) \(edge.weight) sentence\(edge.weight == 1 ? "" : "s"), stance \(Format.number(edge.stance, digits: 2))"
            }
            print("  \(label(a)) – \(label(b)): " + ties.joined(separator: "; "))
        }
    }
}
