import ActorGraphCore
import ArgumentParser

struct Communities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Group the actors: communities of cooperation, and a signed split into allies and adversaries.",
        discussion: """
            Two partitions, side by side:

              communities  Louvain (Blondel et al. 2008) on the cooperative ties (and memberships),
                           maximising Newman's modularity as networkx defines it; hostile and
                           neutral ties take no part; deterministic
              blocks       the signed blockmodel of Doreian and Mrvar (R signnet's signed_blockmodel):
                           k groups with the fewest hostile ties inside and cooperative ties across,
                           each kind weighted by alpha (exact up to 24 actors per component)

            Example: graph communities --groups 3
            """
    )

    @Option(name: .long, help: ArgumentHelp("How many groups the signed blockmodel makes.", valueName: "k"))
    var groups = 2

    @Option(name: .long, help: ArgumentHelp(
        "The weight of hostile ties inside a group against cooperative ties across (0 to 1).", valueName: "alpha"))
    var alpha = 0.5

    @OptionGroup var options: QueryOptions

    func run() throws {
        let network = try options.loadNetwork()
        let signed = SignedGraph(network: network)
        let louvain = signed.louvainCommunities()
        let blocks = try signed.signedBlockmodel(groups: groups, alpha: alpha)
        if options.json {
            options.printJSON(.object([
                ("communities", .array(louvain.communities.map { .array($0.map(JSONValue.string)) })),
                ("modularity", louvain.modularity.map(JSONValue.double)),
                ("blocks", .array(blocks.groups.map { .array($0.map(JSONValue.string)) })),
                ("criterion", .double(blocks.criterion)),
                ("negative_within", .int(blocks.negativeWithin)),
                ("positive_between", .int(blocks.positiveBetween)),
                ("method", .string(blocks.method.rawValue)),
            ]))
            return
        }
        func label(_ id: String) -> String { Node.displayed(network.node(id: id)?.label ?? id) }
        let modularity = louvain.modularity.map { Format.number($0) } ?? "-"
        print("Communities of cooperation (Louvain, modularity \(modularity)):")
        for (index, community) in louvain.communities.enumerated() where community.count > 1 {
            print(Format.wrap("  \(index + 1). " + community.map(label).joined(separator: ", "), indent: "     "))
        }
        let alone = louvain.communities.filter { $0.count == 1 }.count
        if alone > 0 { print("  (\(alone) actor\(alone == 1 ? "" : "s") without a cooperative tie, each alone)") }
        print("\nSigned blocks (k = \(groups), alpha \(alpha)): \(blocks.negativeWithin) hostile ties inside, "
            + "\(blocks.positiveBetween) cooperative across")
        for (index, group) in blocks.groups.enumerated() {
            print(Format.wrap("  \(index + 1). " + group.map(label).joined(separator: ", "), indent: "     "))
        }
    }
}
