import Foundation

/// Drawing operations in Graphviz's xdot language, for a `_background` attribute: Graphviz draws them, in the
/// drawing's own points (y up), under the graph in every output format (the cairo PNG and the SVG alike).
///
/// Each string is written as its length in bytes and the bytes (`c 7 -#FF0000`), so text needs no escaping in xdot;
/// DOT quoting of the whole attribute is left to the writer of the DOT.
struct XDot {
    enum Alignment: Int {
        case left = -1, centre = 0, right = 1
    }

    private(set) var text = ""

    /// The colour of outlines, lines and text.
    mutating func stroke(_ color: String) { text += "c " + counted(color) }

    /// The fill colour of filled shapes, and `stroke` for their outline.
    mutating func fill(_ color: String, stroke outline: String) {
        text += "C " + counted(color)
        stroke(outline)
    }

    mutating func lineWidth(_ width: Double) { style("setlinewidth(\(number(width)))") }

    /// `solid`, `dashed` or `setlinewidth(N)`.
    mutating func style(_ name: String) { text += "S " + counted(name) }

    mutating func polygon(_ points: [(Double, Double)], filled: Bool) {
        text += (filled ? "P " : "p ") + coordinates(points)
    }

    mutating func polyline(_ points: [(Double, Double)]) { text += "L " + coordinates(points) }

    /// A filled circle.
    mutating func ellipse(centre: (Double, Double), radius: Double) {
        text += "E \(number(centre.0)) \(number(centre.1)) \(number(radius)) \(number(radius)) "
    }

    mutating func font(size: Double, name: String) { text += "F \(number(size)) " + counted(name) }

    /// `string` with its baseline at `point`, starting, centred on or ending at it. The width Graphviz asks for
    /// is only used to size the drawing, which the frame already does, so it is given as 0.
    /// One line: line breaks and tabs become spaces.
    mutating func text(_ string: String, at point: (Double, Double), align: Alignment) {
        let line = String(string.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        text += "T \(number(point.0)) \(number(point.1)) \(align.rawValue) 0 " + counted(line)
    }

    private func coordinates(_ points: [(Double, Double)]) -> String {
        "\(points.count) " + points.map { "\(number($0.0)) \(number($0.1)) " }.joined()
    }

    private func counted(_ string: String) -> String { "\(string.utf8.count) -\(string) " }

    private func number(_ value: Double) -> String { String(format: "%.1f", locale: nil, value) }
}
