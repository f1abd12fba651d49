import ActorGraphCore

extension Network {
    /// The network with every node's and folded person's ``Node/aliases`` as `gazetteer` gives them
    /// (``Gazetteer/aliases(of:)``): what `graph build` stores, for a network whose file stores none.
    public func withAliases(from gazetteer: Gazetteer) -> Network {
        func named(_ node: Node) -> Node {
            var node = node
            node.aliases = gazetteer.aliases(of: node)
            return node
        }
        return Network(corpus: corpus, nodes: nodes.map(named), edges: edges, folded: folded.map(named))
    }
}
