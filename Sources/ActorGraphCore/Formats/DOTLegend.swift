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

        var rows: [String] = []
        rows.append(#"<tr><td colspan="10"><font point-size="20"><b>\#(DOTEscaping.html(title))</b></font></td></tr>"#)
        if let subtitle {
            rows.append(#"<tr><td colspan="10"><font point-size="13">\#(DOTEscaping.html(subtitle))</font></td></tr>"#)
        }
        rows.append(#"<tr><td colspan="10"><font point-size="11">\#(counts)</font></td></tr>"#)

        let edgeKeys = [
            swatch(DOTStyle.cooperativeColor) + key("cooperative"),
            swatch(DOTStyle.conflictualColor) + key("conflictual (dashed)"),
            swatch(DOTStyle.neutralColor) + key("no net stance"),
            swatch(DOTStyle.membershipColor) + key("member of (dotted)"),
        ]
        rows.append("<tr>" + edgeKeys.joined() + #"<td colspan="2"></td></tr>"#)

        let kindKeys = NodeKind.allCases.map { kind in
            let look = DOTStyle.look(of: kind)
            return swatch(look.fill, border: look.outline) + key("\(kind.rawValue): \(look.shapeName)")
        }
        rows.append("<tr>" + kindKeys.joined() + "</tr>")
        rows.append(
            #"<tr><td colspan="10"><font point-size="10">Line width grows with the number of sentences "#
                + #"naming both; node size with PageRank centrality; text size with mentions."#
                + (network.nodes.count > DOTWriter.labelledNodeLimit
                    ? " Only the \(DOTWriter.labelledNodeLimit) most central actors are named; hover for the others." : "")
                + "</font></td></tr>")
        if map {
            rows.append(
                #"<tr><td colspan="10"><font point-size="10">Countries at their capitals, groupings at the mean of "#
                    + #"their members' capitals, people beside their country.<br/>Equirectangular projection; "#
                    + #"capitals from GeoNames (CC BY 4.0), land from Natural Earth."#
                    + "</font></td></tr>")
        }
        return #"<<table border="0" cellborder="0" cellspacing="2" cellpadding="2">"#
            + rows.joined() + "</table>>"
    }

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
