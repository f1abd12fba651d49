/// Writes a `Network` as GEXF 1.3, the native format of Gephi (0.9.3 and later read all of it).
///
/// GEXF has built-in places for some attributes: a node's `label`, and an edge's `weight` and `kind`
/// (1.3 added edge `kind` so that parallel edges of different kinds, here a `relation` and a
/// `membership` between the same pair, are both kept). Everything else is declared once in
/// `<attributes>` with its type (`integer`, `double`, `string`) and given per element in `<attvalues>`:
/// node `kind`, `mentions`, `affiliation`; edge `positive`, `negative`, `stance`, `sign`, `evidence`,
/// `evidence_document`, `evidence_date`, `first_date`, `last_date`. Absent values are left out.
///
/// When some edge's evidence carries dates, the graph is `mode="dynamic"` with `timeformat="date"`,
/// and each dated edge has `start` and `end`: the first and last date of its stored evidence, so
/// Gephi's timeline can show when a relation was reported. Nodes and undated edges (memberships)
/// have no interval and so exist throughout. Stored evidence is capped, so the interval spans the
/// strongest sentences, not necessarily every sentence behind the edge.
///
/// The output depends only on the network: the same network gives the same bytes (no
/// `lastmodifieddate` is written).
///
/// - Complexity: O(n + e) in the number of nodes and edges.
public struct GEXFWriter: Sendable {
    public init() {}

    /// The GEXF document of `network`, UTF-8 text ending in a newline.
    public func write(_ network: Network) -> String {
        let isDynamic = network.edges.contains { ExportAttributes.dateRange(of: $0) != nil }
        var lines: [String] = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
                + #" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#,
            "  <meta>",
            "    <creator>ActorGraph</creator>",
            "    <description>"
                + XMLEscaping.text(
                    "\(Network.format) network of \(network.corpus.documents) documents,"
                        + " \(network.corpus.sentences) sentences")
                + "</description>",
            "  </meta>",
            #"  <graph defaultedgetype="undirected""#
                + (isDynamic ? #" mode="dynamic" timeformat="date">"# : #" mode="static">"#),
        ]
        lines += Self.declarations(class: "node", Self.nodeAttributes)
        lines += Self.declarations(class: "edge", Self.edgeAttributes)

        lines.append("    <nodes>")
        for node in network.nodes {
            lines.append(
                "      <node id=\"\(XMLEscaping.attribute(node.id))\" label=\"\(XMLEscaping.attribute(node.label))\">")
            lines += Self.values(of: node, Self.nodeAttributes)
            lines.append("      </node>")
        }
        lines.append("    </nodes>")

        lines.append("    <edges>")
        for (index, edge) in network.edges.enumerated() {
            var tag = "      <edge id=\"e\(index)\" source=\"\(XMLEscaping.attribute(edge.source))\""
                + " target=\"\(XMLEscaping.attribute(edge.target))\" kind=\"\(edge.kind.rawValue)\""
                + " weight=\"\(edge.weight)\""
            if let range = ExportAttributes.dateRange(of: edge) {
                tag += " start=\"\(range.first)\" end=\"\(range.last)\""
            }
            lines.append(tag + ">")
            lines += Self.values(of: edge, Self.edgeAttributes)
            lines.append("      </edge>")
        }
        lines.append("    </edges>")
        lines.append("  </graph>")
        lines.append("</gexf>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The node attributes that GEXF has no built-in place for (`label` is one of the node's own).
    static let nodeAttributes = ExportAttributes.node.filter { $0.name != "label" }

    /// The edge attributes that GEXF has no built-in place for (`kind` and `weight` are the edge's own).
    static let edgeAttributes = ExportAttributes.edge.filter { !["kind", "weight"].contains($0.name) }

    /// The `<attributes>` block; each attribute's id is its name, so Gephi's columns read as in the other formats.
    private static func declarations<Subject>(
        class kind: String, _ attributes: [ExportAttributes.Attribute<Subject>]
    ) -> [String] {
        var lines = ["    <attributes class=\"\(kind)\" mode=\"static\">"]
        for attribute in attributes {
            let type =
                switch attribute.type {
                case .int: "integer"
                case .double: "double"
                case .string: "string"
                }
            lines.append("      <attribute id=\"\(attribute.name)\" title=\"\(attribute.name)\" type=\"\(type)\"/>")
        }
        lines.append("    </attributes>")
        return lines
    }

    /// The `<attvalues>` block of one element, or nothing when it has no values.
    private static func values<Subject>(of subject: Subject, _ attributes: [ExportAttributes.Attribute<Subject>])
        -> [String]
    {
        let present = attributes.compactMap { attribute in attribute.value(subject).map { (attribute.name, $0) } }
        guard !present.isEmpty else { return [] }
        return ["        <attvalues>"]
            + present.map { "          <attvalue for=\"\($0.0)\" value=\"\(XMLEscaping.attribute($0.1))\"/>" }
            + ["        </attvalues>"]
    }
}
