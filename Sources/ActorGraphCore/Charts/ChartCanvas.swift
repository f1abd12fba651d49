/// A chart as a few shapes on a page of `width` × `height` pixels (y grows down, as in SVG), written out either as
/// SVG (`svg()`) or as Graphviz DOT that draws the same shapes into a PNG (`dot()`), so both formats show one picture.
///
/// ```swift
/// var canvas = ChartCanvas(width: 200, height: 100, title: "Two bars")
/// canvas.rect(x: 20, y: 40, width: 30, height: 60, fill: "#A5D6A7", stroke: "#2E7D32")
/// canvas.text("2021", x: 35, y: 95, size: 11, anchor: .middle)
/// let svg = canvas.svg()
/// ```
public struct ChartCanvas: Sendable {
    public enum Anchor: Sendable {
        case start, middle, end
    }

    enum Shape: Sendable {
        /// `tooltip` is shown when the pointer rests on the shape (SVG only); `role` is its `class` in SVG.
        case rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String?, role: String?,
            tooltip: String?)
        case line([(x: Double, y: Double)], color: String, width: Double, dashed: Bool, role: String?)
        case circle(x: Double, y: Double, radius: Double, fill: String, stroke: String, tooltip: String?)
        case text(String, x: Double, y: Double, size: Double, color: String, anchor: Anchor, bold: Bool)
    }

    public let width: Double
    public let height: Double
    /// What the picture shows, in a sentence: the SVG's `<title>`.
    public let title: String
    private(set) var shapes: [Shape] = []

    public init(width: Double, height: Double, title: String) {
        self.width = width
        self.height = height
        self.title = title
    }

    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil, role: String? = nil,
        tooltip: String? = nil
    ) {
        shapes.append(.rect(x: x, y: y, width: width, height: height, fill: fill, stroke: stroke, role: role,
            tooltip: tooltip))
    }

    mutating func line(
        _ points: [(x: Double, y: Double)], color: String, width: Double = 1, dashed: Bool = false, role: String? = nil
    ) {
        shapes.append(.line(points, color: color, width: width, dashed: dashed, role: role))
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String, stroke: String, tooltip: String? = nil) {
        shapes.append(.circle(x: x, y: y, radius: radius, fill: fill, stroke: stroke, tooltip: tooltip))
    }

    mutating func text(
        _ string: String, x: Double, y: Double, size: Double, color: String = DOTStyle.textColor,
        anchor: Anchor = .start, bold: Bool = false
    ) {
        shapes.append(.text(string, x: x, y: y, size: size, color: color, anchor: anchor, bold: bold))
    }

    /// About how wide `string` is at `size` pixels in Helvetica or its metric twins (Liberation Sans, Arial): for
    /// spacing labels so they do not run into each other.
    static func textWidth(_ string: String, size: Double) -> Double {
        Double(string.count) * size * 0.56
    }
}
