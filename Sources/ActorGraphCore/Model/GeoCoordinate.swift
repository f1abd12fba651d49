/// A point on the Earth in decimal degrees: latitude north positive, longitude east positive (WGS 84, as GeoNames and
/// Natural Earth give them).
public struct GeoCoordinate: Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Whether the point is on the globe: latitude in [-90, 90], longitude in [-180, 180].
    public var isValid: Bool {
        (-90...90).contains(latitude) && (-180...180).contains(longitude)
    }
}
