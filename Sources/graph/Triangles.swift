import ActorGraphCore
import ArgumentParser

struct Triangles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the triangles of the network, or those through one node, with their signs.",
        discussion: """
            A triangle is three nodes all tied to each other. Each pair's sign is its relation's sign (+, -, \
            or 0 for no net stance); a pair tied only by membership of a grouping counts as +. A triangle is \
            balanced when the product of its signs is positive (+++ or +--), unbalanced when negative; with a 0 \
            it is neither.

            Example: graph triangles India
            """
    )

    @Argument(help: "Only triangles through this node.")
    var name: String?

    @Flag(name: .long, help: "Only the unbalanced triangles, each with the strongest sentence behind each of its ties.")
    var unbalanced = false

    @OptionGroup var options: QueryOptions

    func run() throws {
        let network = try options.loadNetwork()
        var found: [Triangle]
        if let name {
            found = triangles(in: network, through: try options.resolver(for: network, resolving: name).resolve(name).id)
        } else {
            found = triangles(in: network)
        }
        if unbalanced {
            found = found.filter { $0.balanced == false }
        }
        if options.json {
            options.printJSON(.object([("triangles", .array(found.map(Self.json)))]))
            return
        }
        if unbalanced {
            printWithEvidence(found, in: network)
            return
        }
        let balanced = found.filter { $0.balanced == true }.count
        let unbalanced = found.filter { $0.balanced == false }.count
        print("\(found.count) triangles: \(balanced) balanced, \(unbalanced) unbalanced, \(found.count - balanced - unbalanced) with a neutral tie")
        var table = Table(headers: ["signs", "balanced", "nodes"], alignments: [.left, .left, .left])
        for triangle in found {
            let labels = triangle.nodes.map { Node.displayed(network.node(id: $0)?.label ?? $0) }
            let verdict = triangle.balanced.map { $0 ? "yes" : "no" } ?? "-"
            table.rows.append([triangle.pattern, verdict, labels.joined(separator: " · ")])
        }
        print(table.render())
    }

    static func json(_ triangle: Triangle) -> JSONValue {
        .object([
            ("nodes", .array(triangle.nodes.map(JSONValue.string))),
            ("signs", .array(triangle.signs.map(JSONValue.int))),
            ("pattern", .string(triangle.pattern)),
            ("balanced", triangle.balanced.map(JSONValue.bool)),
        ])
    }

    /// Each triangle, then each of its ties with its sign and the sentence that weighs most behind it.
    private func printWithEvidence(_ found: [Triangle], in network: Network) {
        func label(_ id: String) -> String { Node.displayed(network.node(id: id)?.label ?? id) }
        print("\(found.count) unbalanced triangle\(found.count == 1 ? "" : "s")")
        for triangle in found {
            print("\n" + triangle.pattern + "  " + triangle.nodes.map(label).joined(separator: " · "))
            let (a, b, c) = (triangle.nodes[0], triangle.nodes[1], triangle.nodes[2])
            // The pairs in the order of `triangle.signs`, whose rule (a membership alone counts +) is the core's.
            for ((x, y), sign) in zip([(a, b), (a, c), (b, c)], triangle.signs) {
                let relation = network.edges(between: x, and: y).first { $0.kind == .relation }
                print("  \(Format.sign(sign)) \(label(x)) – \(label(y))" + (relation == nil ? " (member)" : ""))
                if let evidence = relation?.strongestEvidence {
                    print(Format.wrap("      " + EdgeQuery.highlight(evidence), indent: "      "))
                }
            }
        }
    }
}
