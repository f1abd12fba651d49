/// Which grouping each actor is drawn inside, when groupings are drawn as clusters around their members.
///
/// Graphviz clusters must nest or stay apart, so an actor can sit in one cluster only. A country that belongs
/// to several groupings goes into the smallest of them (fewest members in the drawing; ties by grouping id), the
/// most specific company it keeps: India, in the Quad, BRICS and the SCO, is drawn inside the Quad, and its
/// dotted membership edges still reach the others. A person or organization goes where its country goes. A
/// grouping with no member left to draw gets no cluster.
///
/// Only `fdp` and `dot` lay clusters out, keeping each one's members together in its own box. Graphviz 2.42's
/// `neato` lays the nodes out as if there were no clusters and then draws each cluster's bounding box, so the
/// boxes overlap and mean nothing (seen on the bundled corpus). Of the two, `fdp` draws the corpus with shorter
/// edges, but Debian's Graphviz 2.43 `fdp` lays the same clusters out differently on every run (and once crashed
/// doing so), while `dot`, which ranks the undirected graph into layers, is reproducible; `graph export
/// --clusters` therefore uses `dot`.
enum DOTClusters {
    struct Cluster: Equatable {
        /// The grouping's node id.
        var grouping: String
        /// The ids drawn inside, the grouping's own id included, sorted.
        var members: [String]
    }

    /// The clusters of `network`, sorted by grouping id.
    ///
    /// - Complexity: O(n log n + e).
    static func clusters(of network: Network) -> [Cluster] {
        var groupingsOf: [String: [String]] = [:]
        var sizes: [String: Int] = [:]
        for edge in network.edges where edge.kind == .membership {
            guard let (member, grouping) = ends(of: edge, in: network) else { continue }
            groupingsOf[member, default: []].append(grouping)
            sizes[grouping, default: 0] += 1
        }
        var home: [String: String] = [:]
        for (member, groupings) in groupingsOf {
            home[member] = groupings.min { (sizes[$0] ?? 0, $0) < (sizes[$1] ?? 0, $1) }
        }
        for node in network.nodes where node.kind == .person || node.kind == .organization {
            if let affiliation = node.affiliation, let grouping = home[affiliation] { home[node.id] = grouping }
        }
        var members: [String: [String]] = [:]
        for (id, grouping) in home { members[grouping, default: []].append(id) }
        return members.keys.sorted().map { grouping in
            Cluster(grouping: grouping, members: (members[grouping, default: []] + [grouping]).sorted())
        }
    }

    /// (member, grouping) of a membership edge: the grouping is the end of kind grouping or bloc.
    private static func ends(of edge: Edge, in network: Network) -> (String, String)? {
        let isGrouping = { (id: String) in [.grouping, .bloc].contains(network.node(id: id)?.kind) }
        if isGrouping(edge.target), !isGrouping(edge.source) { return (edge.source, edge.target) }
        if isGrouping(edge.source), !isGrouping(edge.target) { return (edge.target, edge.source) }
        return nil
    }
}
