/// The title and legend of the drawing, as one HTML-like graph label.
///
/// A graph label is placed outside the layout by every engine (`dot`, `neato`, `fdp`, ...), so the
/// legend never lands among the nodes, which a legend cluster would under `neato`.
enum DOTLegend {
    /// The `label=<...>` value: the title, a line of counts, then the colour and shape keys; for a `map`, a line on
    /// where the actors stand and whose data place them (GeoNames asks to be credited).
    static func label(title: String, subtitle: String? = nil, network: Network, map: Bool = false) -> String {
        let relations = network.edges.filter { $0.kind == .relation }.count
        let counts = [
            plural(network.corpus.documents, "document"),
            plural(network.corpus.sentences, "sentence"),
            plural(network.nodes.count, "actor"),
            plural(relations, "relation"),
        ].joined(separator: " · ")

        // A drawing of five or six kinds of line and actor (people folded, neutral ties left out) lists only those,
        // in one row; any other lists every kind, a row of lines and a row of shapes. Graphviz spreads a table's
        // spare width over all its columns, so a grid of keys narrower than the title would be torn apart: the two
        // full rows, like a single row of five or six keys, are wider.
        let edgeKeys = [
            (relation: 1, swatch(DOTStyle.cooperativeColor) + key("cooperative")),
            (relation: -1, swatch(DOTStyle.conflictualColor) + key("conflictual (dashed)")),
            (relation: 0, swatch(DOTStyle.neutralColor) + key("no net stance")),
            (relation: nil, swatch(DOTStyle.membershipColor) + key("member of (dotted)")),
        ]
        let kindKeys = NodeKind.allCases.map { kind in
            let look = DOTStyle.look(of: kind)
            return (kind, swatch(look.fill, border: look.outline) + key("\(kind.rawValue): \(look.shapeName)"))
        }
        let drawn = edgeKeys.filter { sign, _ in
            network.edges.contains { sign == nil ? $0.kind == .membership : $0.kind == .relation && $0.sign == sign }
        }.map(\.1) + kindKeys.filter { kind, _ in network.nodes.contains { $0.kind == kind } }.map(\.1)
        let keyRows = sharedRowKeys.contains(drawn.count) ? [drawn] : [edgeKeys.map(\.1), kindKeys.map(\.1)]
        let columns = 2 * max(1, keyRows.map(\.count).max() ?? 1)
        func line(_ text: String, size: Int) -> String {
            #"<tr><td colspan="\#(columns)"><font point-size="\#(size)">\#(text)</font></td></tr>"#
        }

        var rows: [String] = []
        rows.append(line("<b>" + DOTEscaping.html(title) + "</b>", size: 20))
        if let subtitle { rows.append(line(DOTEscaping.html(subtitle), size: 13)) }
        rows.append(line(counts, size: 11))
        for keys in keyRows {
            let rest = columns - 2 * keys.count
            rows.append("<tr>" + keys.joined() + (rest > 0 ? #"<td colspan="\#(rest)"></td>"# : "") + "</tr>")
        }
        rows.append(line(
            "Line width grows with the number of sentences naming both; node size with PageRank centrality; text "
                + "size with mentions."
                + (network.nodes.count > DOTWriter.labelledNodeLimit
                    ? " Only the \(DOTWriter.labelledNodeLimit) most central actors are named; hover for the others." : ""),
            size: 10))
        if map {
            rows.append(line(
                "Countries at their capitals, groupings at the mean of their members' capitals, people beside their "
                    + "country.<br/>Equirectangular projection; capitals from GeoNames (CC BY 4.0), land from Natural "
                    + "Earth.",
                size: 10))
        }
        return #"<<table border="0" cellborder="0" cellspacing="2" cellpadding="2">"#
            + rows.joined() + "</table>>"
    }

    /// How many keys of the kinds drawn share one row.
    private static let sharedRowKeys = 5...6

    private static func swatch(_ color: String, border: String? = nil) -> String {
        let frame = border.map { #" border="1" color="\#($0)""# } ?? ""
        return #"<td bgcolor="\#(color)" width="22" height="10" fixedsize="true"\#(frame)></td>"#
    }

    private static func key(_ text: String) -> String {
        #"<td align="left"><font point-size="11">\#(DOTEscaping.html(text))</font></td>"#
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
