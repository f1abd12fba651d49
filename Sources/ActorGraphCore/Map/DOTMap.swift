import Foundation

/// The DOT that draws a network as a map (`DOTWriter.atlas`): every node pinned at its `MapLayout` position, drawn
/// as a small mark named beside it (an `xlabel`, which Graphviz places clear of the other marks and names), over a
/// background of sea, land and a 30° graticule.
///
/// Rendered without a layout (`GraphvizRenderer.renderPinned`, Graphviz's `neato -n`), which keeps the positions as
/// they are: the background (Graphviz's `_background`, drawing operations in the xdot language) is drawn in the same
/// points, and Graphviz leaves a drawing that has one unmoved (no overlap removal), so the marks stay on the land
/// they belong to. Two invisible corner nodes make the drawing's bounds the map's frame.
struct DOTMap {
    static let seaColor = "#EEF3F8"
    static let landColor = "#E2E5DC"
    static let borderColor = "#FFFFFF"
    static let gridColor = "#C9D3DD"
    static let gridTextColor = "#7D8A96"
    /// Names on the map are this much smaller than in the diagram, where they sit inside the shapes: the map has
    /// less room between places.
    static let textScale = 0.8

    let layout: MapLayout
    let atlas: Atlas

    init(network: Network, atlas: Atlas) {
        layout = MapLayout(network: network, atlas: atlas)
        self.atlas = atlas
    }

    /// The attributes of node `id` on the map: its position, its mark's size, and its name beside the mark.
    func nodeAttributes(id: String, name: String, markInches: Double, fontSize: Double) -> [(String, String)] {
        let point = layout.positions[id] ?? MapPoint(x: 0, y: 0)
        return [
            ("pos", "\(DOTStyle.number(point.x)),\(DOTStyle.number(point.y))!"), ("label", ""), ("xlabel", name),
            ("fixedsize", "true"), ("width", DOTStyle.number(markInches)), ("height", DOTStyle.number(markInches)),
            ("fontsize", DOTStyle.number(fontSize)),
        ]
    }

    /// Page attributes: edges drawn as gentle curves (straight lines would run over the marks they pass) and every
    /// name shown; the background, in pieces (`DOTEscaping.quotedInPieces`), is `backgroundAttribute`.
    var graphAttributes: [(String, String)] {
        [("splines", "curved"), ("forcelabels", "true")]
    }

    /// `_background="…" + "…"`.
    var backgroundAttribute: String { "_background=" + DOTEscaping.quotedInPieces(background) }

    /// The two invisible nodes at the frame's corners, which make the drawing as large as the map.
    var cornerStatements: [String] {
        let size = layout.frame.size
        return [("_map_south_west", 0.0, 0.0), ("_map_north_east", size.width, size.height)].map { name, x, y in
            DOTEscaping.quoted(name) + " [pos=\"\(DOTStyle.number(x)),\(DOTStyle.number(y))!\", shape=\"point\", "
                + "width=\"0\", height=\"0\", style=\"invis\", label=\"\"];"
        }
    }

    /// The sea, the land clipped to the frame, the graticule with its degrees, and a caption for the row of actors
    /// without a place, as xdot drawing operations.
    var background: String {
        let frame = layout.frame
        let (width, height) = frame.size
        var ops = XDot()
        ops.fill(Self.seaColor, stroke: Self.seaColor)
        ops.polygon([(0, 0), (width, 0), (width, height), (0, height)], filled: true)
        ops.fill(Self.landColor, stroke: Self.borderColor)
        ops.lineWidth(0.6)
        for ring in atlas.land {
            let points = ring.map { frame.point($0) }.map { ($0.x, $0.y) }
            let clipped = Self.clip(points, width: width, height: height)
            if clipped.count >= 3 { ops.polygon(clipped, filled: true) }
        }
        ops.stroke(Self.gridColor)
        ops.lineWidth(0.5)
        for latitude in frame.gridLatitudes {
            let y = (latitude - frame.south) * frame.scale
            ops.polyline([(0, y), (width, y)])
        }
        for longitude in frame.gridLongitudes {
            let x = (longitude - frame.west) * frame.scale
            ops.polyline([(x, 0), (x, height)])
        }
        ops.stroke(Self.gridTextColor)
        ops.font(size: 9, name: DOTStyle.fontName)
        for latitude in frame.gridLatitudes.dropFirst().dropLast() {
            ops.text(Self.degrees(latitude, positive: "N", negative: "S"),
                at: (4, (latitude - frame.south) * frame.scale + 3), align: .left)
        }
        for longitude in frame.gridLongitudes.dropFirst().dropLast() {
            ops.text(Self.degrees(longitude, positive: "E", negative: "W"),
                at: ((longitude - frame.west) * frame.scale + 3, 4), align: .left)
        }
        if !layout.unplaced.isEmpty {
            ops.font(size: 11, name: DOTStyle.fontName)
            ops.text("Not on the map (no capital or place known):", at: (0, -MapLayout.rowDepth + 22), align: .left)
        }
        return ops.text
    }

    /// `30°N`, `60°W`, `0°`.
    static func degrees(_ value: Double, positive: String, negative: String) -> String {
        let whole = Int(abs(value).rounded())
        return whole == 0 ? "0°" : "\(whole)°" + (value > 0 ? positive : negative)
    }

    /// `polygon` clipped to the rectangle from (0, 0) to (`width`, `height`) (Sutherland–Hodgman, one edge at a
    /// time), so land beyond a regional map's frame is not drawn under its legend.
    static func clip(_ polygon: [(Double, Double)], width: Double, height: Double) -> [(Double, Double)] {
        typealias Point = (Double, Double)
        let edges: [(inside: (Point) -> Bool, cross: (Point, Point) -> Point)] = [
            ({ $0.0 >= 0 }, { a, b in (0, a.1 + (b.1 - a.1) * (0 - a.0) / (b.0 - a.0)) }),
            ({ $0.0 <= width }, { a, b in (width, a.1 + (b.1 - a.1) * (width - a.0) / (b.0 - a.0)) }),
            ({ $0.1 >= 0 }, { a, b in (a.0 + (b.0 - a.0) * (0 - a.1) / (b.1 - a.1), 0) }),
            ({ $0.1 <= height }, { a, b in (a.0 + (b.0 - a.0) * (height - a.1) / (b.1 - a.1), height) }),
        ]
        var points = polygon
        for edge in edges where !points.isEmpty {
            let input = points
            points = []
            for (index, current) in input.enumerated() {
                let previous = input[(index + input.count - 1) % input.count]
                switch (edge.inside(previous), edge.inside(current)) {
                case (true, true): points.append(current)
                case (true, false): points.append(edge.cross(previous, current))
                case (false, true): points += [edge.cross(previous, current), current]
                case (false, false): break
                }
            }
        }
        return points
    }
}
