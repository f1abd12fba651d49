import Foundation

/// The part of the world a map shows and how it is projected onto the page: equirectangular (plate carrée), so that a
/// degree of longitude is as long as a degree of latitude everywhere and the graticule is a square grid.
///
/// The frame covers the places drawn with `margin` degrees around them, widened to whole `gridStep`-degree cells
/// (so the map always starts and ends on a graticule line) and to at least two cells each way, and is scaled to be
/// about `width` points wide, unless that would make it taller than `maxHeight`. Points are Graphviz's: y grows up,
/// the frame's south-west corner is (0, 0).
///
/// ```swift
/// let frame = MapFrame(covering: [delhi, beijing, islamabad])   // 30°N–60°N, 60°E–150°E … widened by the margin
/// frame.point(delhi)                                           // (x, y) in points
/// ```
public struct MapFrame: Sendable, Equatable {
    /// Degrees between graticule lines.
    public static let gridStep = 30.0
    static let margin = 10.0
    static let width = 1200.0
    static let maxHeight = 720.0

    public var south: Double
    public var north: Double
    public var west: Double
    public var east: Double
    /// Points per degree.
    public var scale: Double

    /// The frame around `coordinates`: the whole world when there are none.
    public init(covering coordinates: [GeoCoordinate]) {
        let step = Self.gridStep
        func snapped(_ low: Double, _ high: Double, limit: Double) -> (Double, Double) {
            var low = max(-limit, ((low - Self.margin) / step).rounded(.down) * step)
            var high = min(limit, ((high + Self.margin) / step).rounded(.up) * step)
            while high - low < 2 * step {
                if low > -limit { low -= step }
                if high - low < 2 * step, high < limit { high += step }
            }
            return (low, high)
        }
        let latitudes = coordinates.map(\.latitude)
        let longitudes = coordinates.map(\.longitude)
        (south, north) = snapped(latitudes.min() ?? -90, latitudes.max() ?? 90, limit: 90)
        (west, east) = snapped(longitudes.min() ?? -180, longitudes.max() ?? 180, limit: 180)
        scale = min(Self.width / (east - west), Self.maxHeight / (north - south))
    }

    /// The page size of the frame, in points.
    public var size: (width: Double, height: Double) {
        ((east - west) * scale, (north - south) * scale)
    }

    /// Where `coordinate` falls on the page.
    public func point(_ coordinate: GeoCoordinate) -> MapPoint {
        MapPoint(x: (coordinate.longitude - west) * scale, y: (coordinate.latitude - south) * scale)
    }

    /// The graticule's latitudes and longitudes inside the frame, edges included.
    public var gridLatitudes: [Double] { Array(stride(from: south, through: north, by: Self.gridStep)) }
    public var gridLongitudes: [Double] { Array(stride(from: west, through: east, by: Self.gridStep)) }
}

/// A position on the page, in points (Graphviz's: y grows up).
public struct MapPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
