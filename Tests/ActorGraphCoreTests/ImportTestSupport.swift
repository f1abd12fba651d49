import ActorGraphCore
import ActorGraphImport
import Foundation

/// What an import can bring back of a network: everything but the evidence, the timelines, the nodes' aliases and
/// the span of dates, which only `network.json` carries.
struct ImportedShape: Equatable, CustomStringConvertible {
    var nodes: [Node]
    var edges: [Edge]

    init(_ network: Network) {
        nodes = network.nodes.map {
            Node(id: $0.id, label: $0.label, kind: $0.kind, mentions: $0.mentions, affiliation: $0.affiliation)
        }
        edges = network.edges.map {
            Edge(
                source: $0.source, target: $0.target, kind: $0.kind, weight: $0.weight, positive: $0.positive,
                negative: $0.negative, stance: $0.stance, sign: $0.sign)
        }
    }

    var description: String { "\(nodes.count) nodes, \(edges.count) edges" }
}

extension ImportError {
    /// The problems as the user reads them, one string each.
    var lines: [String] { problems.map(\.description) }
}
