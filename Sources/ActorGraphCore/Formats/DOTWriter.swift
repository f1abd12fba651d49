import Foundation

/// Writes a `Network` as a Graphviz DOT drawing meant for people: analysts and journalists.
///
/// Relation edges are coloured by sign (green cooperative, red dashed conflictual, grey neutral)
/// and thicken with the number of sentences behind them; membership edges are light and dotted.
/// A node's shape says its kind, its size its PageRank centrality, its text size how often it is mentioned.
/// Tooltips (in SVG) give an edge's counts and its strongest evidence sentence, and every node and edge links to
/// itself (`#node-IND`, `#edge-IND-RUS`) so a reader can point at it. Past `labelledNodeLimit` nodes only the
/// most central keep their names. With `clusters`, groupings are drawn as boxes around their members (see
/// `DOTClusters`). With an `atlas`, the network is drawn as a map instead (see `DOTMap`). A legend under the title
/// explains it all.
///
/// ```swift
/// let dot = DOTWriter(title: "India and its neighbours").write(network)
/// // render with `neato -Tsvg` (`sfdp` where `DOTWriter.isLarge(network)`)
/// ```
///
/// The output depends only on the network: the same network gives the same bytes.
///
/// - Complexity: O(n + e) in the number of nodes and edges.
public struct DOTWriter: Sendable {
    /// The Graphviz layout engine that draws `network` best, by its Graphviz name.
    ///
    /// On a network of about 30 actors and 60 edges, `neato` (stress majorization) puts the most
    /// connected actors in the middle and each person beside their country, and fits a ~950 px
    /// wide page with readable text; `dot` forces these undirected networks into layers with long
    /// looping edges, and `fdp` spreads them so far that the text must shrink. Past
    /// `largeNetworkNodes` actors `sfdp` (multilevel force-directed) lays out in a fraction of
    /// neato's time. The file does not set `layout`, since that attribute would override the engine
    /// a caller asks for: draw it on the command line with `neato -Tsvg network.dot`, or `sfdp` for a network that
    /// `isLarge(_:)` (GraphvizRender's `LayoutEngine(forLargeNetwork:)` makes that choice).
    public static func isLarge(_ network: Network) -> Bool {
        network.nodes.count > largeNetworkNodes
    }

    /// Past this many nodes the network is drawn with `sfdp`.
    public static let largeNetworkNodes = 150

    /// Past this many edges, or this many edges times nodes, edges are drawn straight instead of routed
    /// around nodes: Graphviz's spline router grows with edges times nodes, and took 93 of the 94 seconds
    /// of a build of 23 MB of news (199 actors, 1,563 edges) where straight edges take 0.3 seconds, and 27
    /// seconds for a UN vote record (251 actors, 193 membership edges). The bundled network (4,371) is
    /// routed.
    public static let routedEdgeLimit = 400
    public static let routedWorkLimit = 20_000

    /// Whether the drawing routes its edges around nodes (see `routedEdgeLimit`).
    static func routesEdges(of network: Network) -> Bool {
        network.edges.count <= routedEdgeLimit && network.edges.count * network.nodes.count <= routedWorkLimit
    }

    /// Past this many nodes, only the `labelledNodeLimit` most central nodes (by PageRank) are named; the others
    /// are drawn as small unnamed shapes whose tooltip still names them.
    public static let labelledNodeLimit = 60

    /// The drawing's title; `nil` gives "ActorGraph".
    public var title: String?
    /// A line under the title, such as what a filter kept; `nil` for none.
    public var subtitle: String?
    /// Whether to draw each grouping as a box around its members; only `dot` and `fdp` draw them.
    public var clusters: Bool
    /// The PageRank of each node by id, which sizes the nodes; `nil` computes it on the network drawn. Pass the
    /// whole network's values when drawing a filtered part, so sizes compare across drawings.
    public var importance: [String: Double]?
    /// With an atlas, each actor is pinned where it is in the world (`MapLayout`) over a map of the land, and the
    /// drawing is rendered without a layout (`neato -n`); its anchors start with `map-` (`#map-node-IND`), so a page
    /// can hold the map beside the diagram.
    public var atlas: Atlas?

    public init(
        title: String? = nil, subtitle: String? = nil, clusters: Bool = false, importance: [String: Double]? = nil,
        atlas: Atlas? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.clusters = clusters
        self.importance = importance
        self.atlas = atlas
    }

    /// The DOT text of `network`: one node statement per node, one edge statement per edge,
    /// in the network's order.
    public func write(_ network: Network) -> String {
        let maxMentions = network.nodes.map(\.mentions).max() ?? 0
        let sizes = DOTNodeSize(network: network, importance: importance ?? Self.pageRank(of: network))
        let map = atlas.map { DOTMap(network: network, atlas: $0) }
        var lines: [String] = []
        lines.append("graph \(DOTEscaping.quoted(title ?? "ActorGraph")) {")
        lines.append("  graph [" + graphAttributes(network, map: map) + "];")
        lines.append(
            "  node [" + attributes([
                ("fontname", DOTStyle.fontName), ("fontcolor", DOTStyle.textColor), ("margin", "0.08,0.04"),
            ]) + "];")
        lines.append("  edge [" + attributes([("fontname", DOTStyle.fontName)]) + "];")
        for node in network.nodes {
            lines.append("  " + statement(for: node, in: network, maxMentions: maxMentions, sizes: sizes, map: map))
        }
        for corner in map?.cornerStatements ?? [] {
            lines.append("  " + corner)
        }
        if clusters, map == nil {
            for cluster in DOTClusters.clusters(of: network) {
                lines.append(contentsOf: statements(for: cluster, in: network))
            }
        }
        for edge in network.edges {
            lines.append("  " + statement(for: edge, in: network, anchorPrefix: map == nil ? "" : "map-"))
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Page and layout settings, chosen by drawing a realistic network with each engine:
    /// `overlap=prism` with `overlap_scaling=2` removes node overlaps while keeping the layout's
    /// shape (`scale` blows the page up); `sep=+10` keeps 10 points clear around each node so edges
    /// pass between them; `splines=true` routes edges around nodes, not through their text (on networks
    /// small enough, `routesEdges(of:)`);
    /// `outputorder=edgesfirst` draws nodes over edges; `ratio=0.75` with `size=12,9` makes a
    /// landscape page of at most 12 × 9 inches that still reads at README width. A map keeps its own scale and
    /// positions (`DOTMap.graphAttributes`).
    private func graphAttributes(_ network: Network, map: DOTMap?) -> String {
        let legend = DOTLegend.label(title: title ?? "ActorGraph", subtitle: subtitle, network: network, map: map != nil)
        let page = [
            ("fontname", DOTStyle.fontName),
            ("fontcolor", DOTStyle.textColor),
            ("bgcolor", "white"),
            ("labelloc", "t"),
            ("labeljust", "c"),
        ]
        // The legend is HTML-like (`<...>`), so it is written unquoted after the quoted attributes.
        if let map {
            return attributes(page + [("outputorder", "edgesfirst"), ("pad", "0.3")] + map.graphAttributes)
                + ", " + map.backgroundAttribute + ", label=" + legend
        }
        return attributes(page + [
            ("overlap", "prism"),
            ("overlap_scaling", "2"),
            ("sep", "+10"),
            ("splines", Self.routesEdges(of: network) ? "true" : "false"),
            ("outputorder", "edgesfirst"),
            ("pad", "0.3"),
            ("ratio", "0.75"),
            ("size", "12,9"),
        ]) + ", label=" + legend
    }

    private func statement(
        for node: Node, in network: Network, maxMentions: Int, sizes: DOTNodeSize, map: DOTMap?
    ) -> String {
        let look = DOTStyle.look(of: node.kind)
        var label = sizes.isNamed(node.id) ? node.label : ""
        var tooltip = "\(node.label) (\(node.id)), \(node.kind.rawValue), \(node.mentions) mentions"
        if let affiliation = node.affiliation {
            let name = network.node(id: affiliation)?.label ?? affiliation
            // On the map a person stands beside their country, so the name alone says it.
            if !label.isEmpty, map == nil { label += "\n(\(name))" }
            tooltip += ", for \(name)"
        }
        let fontSize = DOTStyle.fontSize(mentions: node.mentions, maxMentions: maxMentions)
        let (width, height) = sizes.inches(of: node.id)
        let anchor = Self.anchor(map == nil ? "node" : "map-node", node.id)
        let drawn = [
            ("tooltip", tooltip), ("shape", look.shape), ("style", look.style), ("fillcolor", look.fill),
            ("color", look.outline),
        ]
        let link = [("id", anchor), ("URL", "#" + anchor)]
        if let map {
            let place = map.nodeAttributes(
                id: node.id, name: label, markInches: sizes.markInches(of: node.id),
                fontSize: fontSize * DOTMap.textScale)
            return DOTEscaping.quoted(node.id) + " [" + attributes(place + drawn + link) + "];"
        }
        let size = [
            ("fontsize", DOTStyle.number(fontSize)), ("width", DOTStyle.number(width)),
            ("height", DOTStyle.number(height)),
        ]
        return DOTEscaping.quoted(node.id) + " [" + attributes([("label", label)] + drawn + size + link) + "];"
    }

    private func statement(for edge: Edge, in network: Network, anchorPrefix: String) -> String {
        let ends = DOTEscaping.quoted(edge.source) + " -- " + DOTEscaping.quoted(edge.target)
        let names = [edge.source, edge.target].map { network.node(id: $0)?.label ?? $0 }
        switch edge.kind {
        case .membership:
            return ends + " ["
                + attributes([
                    ("color", DOTStyle.membershipColor), ("style", "dotted"), ("penwidth", "1.5"),
                    ("constraint", "false"), ("len", "1.3"),
                    ("tooltip", "\(names[0]) – \(names[1]): membership"),
                ] + link(anchorPrefix + "member", edge)) + "];"
        case .relation:
            return ends + " ["
                + attributes([
                    ("color", DOTStyle.color(ofSign: edge.sign)), ("style", DOTStyle.style(ofSign: edge.sign)),
                    ("penwidth", DOTStyle.number(DOTStyle.penWidth(weight: edge.weight))),
                    ("tooltip", tooltip(for: edge, names: names)),
                ] + link(anchorPrefix + "edge", edge)) + "];"
        }
    }

    /// A grouping's cluster: a light box in the grouping's colours, named after it, around its members.
    private func statements(for cluster: DOTClusters.Cluster, in network: Network) -> [String] {
        let look = DOTStyle.look(of: .grouping)
        let name = network.node(id: cluster.grouping)?.label ?? cluster.grouping
        return ["  subgraph " + DOTEscaping.quoted("cluster_" + cluster.grouping) + " {",
            "    graph [" + attributes([
                ("label", name), ("style", "rounded,filled"), ("fillcolor", DOTStyle.clusterFill),
                ("color", look.outline), ("penwidth", "0.6"), ("fontsize", "13"), ("fontcolor", look.outline),
            ]) + "];",
            "    " + cluster.members.map(DOTEscaping.quoted).joined(separator: "; ") + ";",
            "  }"]
    }

    /// The `id` and `URL` that make an edge link to itself in SVG: `#edge-IND-RUS`, `#member-IND-QUAD`.
    private func link(_ prefix: String, _ edge: Edge) -> [(String, String)] {
        let anchor = Self.anchor(prefix, edge.source, edge.target)
        return [("id", anchor), ("URL", "#" + anchor)]
    }

    /// `prefix-id-id`, with every character but ASCII letters, digits, `-`, `_` and `.` percent-encoded, so the
    /// anchor is a valid URL fragment and SVG id.
    static func anchor(_ prefix: String, _ ids: String...) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.".utf8)
        let encoded = ids.map { id in
            id.utf8.map { safe.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
        }
        return ([prefix] + encoded).joined(separator: "-")
    }

    /// PageRank of the network drawn, by id; empty (every node the same size) if it does not converge.
    private static func pageRank(of network: Network) -> [String: Double] {
        let graph = AnalysisGraph(network: network)
        guard let ranks = try? graph.pageRank() else { return [:] }
        return Dictionary(uniqueKeysWithValues: zip(graph.ids, ranks))
    }

    /// "India – Russia: 14 sentences (+9 / −2), stance 0.41" and the strongest evidence sentence
    /// (`Edge.strongestEvidence`).
    private func tooltip(for edge: Edge, names: [String]) -> String {
        var text = "\(names[0]) – \(names[1]): \(edge.weight) sentence\(edge.weight == 1 ? "" : "s")"
            + " (+\(edge.positive) / −\(edge.negative)), stance \(DOTStyle.number(edge.stance))"
        if let first = edge.strongestEvidence {
            let place = [first.document, first.date].compactMap { $0 }.joined(separator: ", ")
            text += "\n“\(Self.shortened(first.text, to: 280))” (\(place))"
        }
        return text
    }

    /// `text` cut to at most `limit` characters, ending with "…" where it was cut.
    static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// `name="value", ...` with every value quoted and escaped.
    private func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { "\($0.0)=\(DOTEscaping.quoted($0.1))" }.joined(separator: ", ")
    }
}
