import ActorGraphCore
import ArgumentParser

struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List a node's neighbours, strongest tie first.",
        discussion: """
            One row per neighbour: how many sentences name both (weight), how many lean cooperative (+) or \
            hostile (-), the net stance in [-1, 1] and its sign, and whether the two are linked by membership of \
            a grouping.

            With --fold people, each person counts as the country they act for: Russia's row then holds every \
            sentence tying India or its people to Russia or its people, each sentence once however many of them \
            it names (exact when the network keeps every sentence, as graph build does unless --evidence N), \
            with its stance recombined from those sentences as the build makes it; ties within one country go.

            Examples:
              graph neighbors India
              graph neighbors India --fold people
            """
    )

    @Argument(help: "A country, grouping, bloc or person, as people write it (India, IND, New Delhi, Putin).")
    var name: String

    @OptionGroup var options: QueryOptions

    func run() throws {
        let network = try options.loadNetwork()
        let node = try options.resolver(for: network, resolving: name).resolve(name)
        let rows = NeighborRow.rows(of: node.id, in: network)
        if options.json {
            options.printJSON(.object([
                ("node", NetworkJSON.value(of: node)),
                ("neighbors", .array(rows.map(\.json))),
            ]))
            return
        }
        print("\(node.label) (\(node.kind.rawValue)): \(rows.count) neighbours")
        var table = Table(
            headers: ["neighbour", "kind", "weight", "+", "-", "stance", "sign", "member"],
            alignments: [.left, .left, .right, .right, .right, .right, .right, .left])
        for row in rows {
            table.rows.append([
                row.node.label, row.node.kind.rawValue, String(row.weight), String(row.positive), String(row.negative),
                Format.number(row.stance, digits: 2), Format.sign(row.sign), row.membership ? "yes" : "",
            ])
        }
        print(table.render())
    }
}

/// A neighbour with its relation and membership folded into one row.
struct NeighborRow {
    var node: Node
    var weight = 0
    var positive = 0
    var negative = 0
    var stance = 0.0
    var sign = 0
    var membership = false

    static func rows(of id: String, in network: Network) -> [NeighborRow] {
        var byNeighbor: [String: NeighborRow] = [:]
        for edge in network.edges(touching: id) {
            guard let other = edge.otherEnd(of: id), let node = network.node(id: other) else { continue }
            var row = byNeighbor[other] ?? NeighborRow(node: node)
            switch edge.kind {
            case .relation:
                row.weight = edge.weight
                row.positive = edge.positive
                row.negative = edge.negative
                row.stance = edge.stance
                row.sign = edge.sign
            case .membership:
                row.membership = true
            }
            byNeighbor[other] = row
        }
        return byNeighbor.values.sorted { ($1.weight, $0.node.label) < ($0.weight, $1.node.label) }
    }

    var json: JSONValue {
        .object([
            ("id", .string(node.id)),
            ("label", .string(node.label)),
            ("kind", .string(node.kind.rawValue)),
            ("weight", .int(weight)),
            ("positive", .int(positive)),
            ("negative", .int(negative)),
            ("stance", .double(stance)),
            ("sign", .int(sign)),
            ("membership", .bool(membership)),
        ])
    }
}
