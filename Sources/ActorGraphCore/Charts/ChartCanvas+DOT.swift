import Foundation

extension ChartCanvas {
    /// The chart as Graphviz DOT that draws the same shapes, for a PNG through Graphviz's cairo renderer
    /// (`GraphvizRenderer.renderPinned`): the shapes as the graph's `_background` (xdot, y up, so flipped), two
    /// invisible nodes at the corners and a viewport of the page (which also cuts off any text that would run
    /// past its edge and widen the drawing), and 72 dpi with no padding, so one pixel of the chart is one pixel of
    /// the PNG and the PNG is `width` × `height` pixels.
    ///
    /// Graphviz rather than an encoder of our own: it brings the text, antialiased in the system's fonts, and is
    /// already what draws the diagrams.
    public func dot() -> String {
        var ops = XDot()
        for shape in shapes {
            switch shape {
            case .rect(let x, let y, let width, let height, let fill, let stroke, _, _):
                ops.style("solid")
                ops.lineWidth(1)
                ops.fill(fill, stroke: stroke ?? fill)
                ops.polygon(
                    [(x, flip(y)), (x + width, flip(y)), (x + width, flip(y + height)), (x, flip(y + height))],
                    filled: true)
            case .line(let points, let color, let width, let dashed, _):
                ops.style(dashed ? "dashed" : "solid")
                ops.lineWidth(width)
                ops.stroke(color)
                ops.polyline(points.map { ($0.x, flip($0.y)) })
            case .circle(let x, let y, let radius, let fill, let stroke, _):
                ops.style("solid")
                ops.lineWidth(1)
                ops.fill(fill, stroke: stroke)
                ops.ellipse(centre: (x, flip(y)), radius: radius)
            case .text(let string, let x, let y, let size, let color, let anchor, let bold):
                ops.stroke(color)
                ops.font(size: size, name: bold ? DOTStyle.fontName + " Bold" : DOTStyle.fontName)
                ops.text(string, at: (x, flip(y)),
                    align: anchor == .start ? .left : anchor == .middle ? .centre : .right)
            }
        }
        let corner = "shape=\"point\", width=\"0\", height=\"0\", style=\"invis\", label=\"\""
        let viewport = [width, height, 1, width / 2, height / 2].map(DOTStyle.number).joined(separator: ",")
        return "graph \(DOTEscaping.quoted(title)) {\n"
            + "  graph [bgcolor=\"white\", pad=\"0\", dpi=\"72\", viewport=\"\(viewport)\", "
            + "_background=\(DOTEscaping.quotedInPieces(ops.text))];\n"
            + "  \"south-west\" [pos=\"0,0!\", \(corner)];\n"
            + "  \"north-east\" [pos=\"\(DOTStyle.number(width)),\(DOTStyle.number(height))!\", \(corner)];\n"
            + "}\n"
    }

    /// SVG's y (down from the top) as Graphviz's (up from the bottom).
    private func flip(_ y: Double) -> Double { height - y }
}
