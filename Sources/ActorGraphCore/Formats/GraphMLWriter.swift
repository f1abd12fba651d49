/// Writes a `Network` as GraphML, for networkx, Gephi, yEd, igraph and Cytoscape.
///
/// Every attribute is declared with a typed `<key>` (`int`, `double` or `string`), so readers get
/// numbers back as numbers: in networkx, `G.nodes["IND"]["mentions"]` is an `int` and an edge's
/// `stance` a `float`. Node keys: `label`, `kind`, `mentions`, `affiliation`. Edge keys: `kind`,
/// `weight`, `positive`, `negative`, `stance`, `sign`, `evidence` (the strongest stored sentence),
/// `evidence_document`, `evidence_date`, `first_date`, `last_date`. Graph keys: `documents` and
/// `sentences` of the corpus. An absent value (no affiliation; no evidence on a membership edge) has
/// no `<data>` element, so readers leave the attribute out rather than invent an empty string.
///
/// The graph is undirected. A pair can have two edges, a `relation` and a `membership`; each edge has
/// its own id (`e0`, `e1`, … in the network's order), so both survive. networkx's `read_graphml`
/// returns a `MultiGraph` (edge keys are these ids) when the file holds such a pair, and a simple
/// `Graph` when it does not; pass `force_multigraph=True` to always get a `MultiGraph`:
///
/// ```python
/// G = nx.read_graphml("network.graphml", force_multigraph=True)
/// relations = nx.Graph([(u, v, d) for u, v, d in G.edges(data=True) if d["kind"] == "relation"])
/// ```
///
/// Gephi takes `label` as the node label and `weight` as the edge weight. yEd shows the nodes; map
/// `label` to the node text in its Properties Mapper (no yFiles drawing data is written).
///
/// The output depends only on the network: the same network gives the same bytes.
///
/// - Complexity: O(n + e) in the number of nodes and edges.
public struct GraphMLWriter: Sendable {
    public init() {}

    /// The GraphML document of `network`, UTF-8 text ending in a newline.
    public func write(_ network: Network) -> String {
        var lines: [String] = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns""#
                + #" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
                + #" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns"#
                + #" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
        ]
        for name in ["documents", "sentences"] {
            lines.append(Self.key(id: Self.keyID(.graph, name), for: .graph, name: name, type: .int))
        }
        for attribute in ExportAttributes.node {
            lines.append(
                Self.key(id: Self.keyID(.node, attribute.name), for: .node, name: attribute.name, type: attribute.type))
        }
        for attribute in ExportAttributes.edge {
            lines.append(
                Self.key(id: Self.keyID(.edge, attribute.name), for: .edge, name: attribute.name, type: attribute.type))
        }
        lines.append(#"  <graph id="G" edgedefault="undirected">"#)
        lines.append("    " + Self.data(.graph, "documents", String(network.corpus.documents)))
        lines.append("    " + Self.data(.graph, "sentences", String(network.corpus.sentences)))
        for node in network.nodes {
            lines.append("    <node id=\"\(XMLEscaping.attribute(node.id))\">")
            for attribute in ExportAttributes.node {
                if let value = attribute.value(node) {
                    lines.append("      " + Self.data(.node, attribute.name, value))
                }
            }
            lines.append("    </node>")
        }
        for (index, edge) in network.edges.enumerated() {
            lines.append(
                "    <edge id=\"e\(index)\" source=\"\(XMLEscaping.attribute(edge.source))\""
                    + " target=\"\(XMLEscaping.attribute(edge.target))\">")
            for attribute in ExportAttributes.edge {
                if let value = attribute.value(edge) {
                    lines.append("      " + Self.data(.edge, attribute.name, value))
                }
            }
            lines.append("    </edge>")
        }
        lines.append("  </graph>")
        lines.append("</graphml>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// What a key is declared for: the `for` attribute of `<key>`.
    private enum Domain: String {
        case graph, node, edge
    }

    /// `n_label`, `e_kind`, …: node and edge both have a `kind`, so the domain is part of the key's id.
    private static func keyID(_ domain: Domain, _ name: String) -> String {
        "\(domain.rawValue.prefix(1))_\(name)"
    }

    private static func key(id: String, for domain: Domain, name: String, type: ExportAttributes.ValueType) -> String {
        let typeName =
            switch type {
            case .int: "int"
            case .double: "double"
            case .string: "string"
            }
        return "  <key id=\"\(id)\" for=\"\(domain.rawValue)\" attr.name=\"\(name)\" attr.type=\"\(typeName)\"/>"
    }

    private static func data(_ domain: Domain, _ name: String, _ value: String) -> String {
        "<data key=\"\(keyID(domain, name))\">\(XMLEscaping.text(value))</data>"
    }
}
