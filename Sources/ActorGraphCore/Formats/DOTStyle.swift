import Foundation

/// The visual vocabulary of the drawing: what colour, shape and thickness say.
///
/// Kept apart from `DOTWriter` so the choices (and the legend that explains them) live in one place.
/// Sign is shown by colour *and* line style, since a negative `weight` means nothing to Graphviz and
/// red and green alone are lost on colour-blind readers.
enum DOTStyle {
    static let fontName = "Helvetica"
    static let textColor = "#263238"

    // Relation edges by sign.
    static let cooperativeColor = "#2E7D32"
    static let conflictualColor = "#C62828"
    static let neutralColor = "#9E9E9E"
    // Membership edges: light, dotted, and ignored by `dot` ranking (`constraint=false`).
    static let membershipColor = "#90A4AE"
    // Grouping clusters: a faint wash of the grouping's orange, so nodes inside still stand out.
    static let clusterFill = "#FFFAF3"

    /// Fill and outline colour, shape and extra style per node kind.
    struct NodeLook {
        var shape: String
        var fill: String
        var outline: String
        var style: String
        /// How the legend names the shape.
        var shapeName: String
    }

    static func look(of kind: NodeKind) -> NodeLook {
        switch kind {
        case .country:
            NodeLook(shape: "ellipse", fill: "#E3F2FD", outline: "#1565C0", style: "filled", shapeName: "ellipse")
        case .grouping:
            NodeLook(shape: "hexagon", fill: "#FFF3E0", outline: "#E65100", style: "filled", shapeName: "hexagon")
        case .bloc:
            NodeLook(shape: "octagon", fill: "#F3E5F5", outline: "#6A1B9A", style: "filled", shapeName: "octagon")
        case .person:
            NodeLook(
                shape: "box", fill: "#FFFDE7", outline: "#827717", style: "rounded,filled",
                shapeName: "rounded box")
        case .organization:
            NodeLook(
                shape: "component", fill: "#ECEFF1", outline: "#455A64", style: "filled",
                shapeName: "component")
        }
    }

    static func color(ofSign sign: Int) -> String {
        sign > 0 ? cooperativeColor : sign < 0 ? conflictualColor : neutralColor
    }

    /// Solid for cooperative and neutral ties, dashed for conflictual ones.
    static func style(ofSign sign: Int) -> String {
        sign < 0 ? "dashed" : "solid"
    }

    /// Line width for a relation seen in `weight` sentences: 1 for one sentence, then growing
    /// with the logarithm (a pair named 16 times is not drawn 16 times thicker), at most 7.
    static func penWidth(weight: Int) -> Double {
        min(7, 1 + 1.25 * log2(Double(max(weight, 1))))
    }

    /// Font size for a node named `mentions` times when the most named node has `maxMentions`:
    /// 11 to 20 points on a logarithmic scale, so that the main actors stand out.
    static func fontSize(mentions: Int, maxMentions: Int) -> Double {
        guard maxMentions > 0 else { return 11 }
        return 11 + 9 * log(1 + Double(max(mentions, 0))) / log(1 + Double(maxMentions))
    }

    /// A number as DOT reads it: fixed two decimals, `.` as separator, whatever the locale.
    static func number(_ value: Double) -> String {
        String(format: "%.2f", locale: nil, value)
    }
}
