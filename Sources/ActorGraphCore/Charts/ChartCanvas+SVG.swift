import Foundation

extension ChartCanvas {
    /// The chart as a standalone SVG document (`<svg>` with its size in pixels and a `viewBox`, so it scales), every
    /// text escaped.
    public func svg() -> String {
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" "
            + "viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" font-family=\"Helvetica, Arial, sans-serif\">\n"
        out += "<title>\(XMLEscaping.text(title))</title>\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        for shape in shapes {
            out += element(shape) + "\n"
        }
        return out + "</svg>\n"
    }

    private func element(_ shape: Shape) -> String {
        switch shape {
        case .rect(let x, let y, let width, let height, let fill, let stroke, let role, let tooltip):
            let outline = stroke.map { " stroke=\"\($0)\"" } ?? ""
            let open = "<rect\(role.map { " class=\"\($0)\"" } ?? "") x=\"\(n(x))\" y=\"\(n(y))\" "
                + "width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(fill)\"\(outline)"
            return titled(open, tag: "rect", tooltip: tooltip)
        case .line(let points, let color, let width, let dashed, let role):
            let dash = dashed ? " stroke-dasharray=\"4 3\"" : ""
            return "<polyline\(role.map { " class=\"\($0)\"" } ?? "") points=\""
                + points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
                + "\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"\(n(width))\"\(dash)/>"
        case .circle(let x, let y, let radius, let fill, let stroke, let tooltip):
            let open = "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\" fill=\"\(fill)\" stroke=\"\(stroke)\""
            return titled(open, tag: "circle", tooltip: tooltip)
        case .text(let string, let x, let y, let size, let color, let anchor, let bold):
            let middle = anchor == .start ? "" : " text-anchor=\"\(anchor == .middle ? "middle" : "end")\""
            return "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" fill=\"\(color)\"\(middle)"
                + (bold ? " font-weight=\"bold\"" : "") + ">\(XMLEscaping.text(string))</text>"
        }
    }

    /// An element closed at once, or holding a `<title>` tooltip.
    private func titled(_ open: String, tag: String, tooltip: String?) -> String {
        guard let tooltip else { return open + "/>" }
        return open + "><title>\(XMLEscaping.text(tooltip))</title></\(tag)>"
    }

    /// A coordinate with at most two decimals, `.` as separator whatever the locale.
    private func n(_ value: Double) -> String {
        let text = String(format: "%.2f", locale: nil, value)
        return text.hasSuffix(".00") ? String(text.dropLast(3)) : text
    }
}
