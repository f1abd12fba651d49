/// What the map knows about the world: where each actor belongs and the land to draw under them.
///
/// The facts are data (the gazetteer's `capitals.tsv`, `places.tsv` and memberships, and the land outlines; see
/// `Docs/Gazetteer.md`); `MapLayout` turns them into positions by one rule, written there.
public struct Atlas: Sendable {
    /// Each country's capital (or seat of government), by alpha-3 code.
    public var capitals: [String: GeoCoordinate]
    /// A point for actors that are neither a country nor a grouping with members: an organization's headquarters,
    /// a bloc's centre.
    public var places: [String: GeoCoordinate]
    /// The current members of each grouping, by grouping id; members without a capital (a grouping in a grouping,
    /// such as the African Union in the G20) do not count.
    public var members: [String: [String]]
    /// The land, as outlines (closed rings of points), drawn under the network.
    public var land: [[GeoCoordinate]]
    /// Actor ids by the names people write, as ``NameResolver/key(_:)`` gives them (`india`, `new delhi`,
    /// `the kremlin`), for networks whose ids are names rather than codes, such as one `graph import` read from a
    /// CSV of country names.
    public var names: [String: String]

    public init(
        capitals: [String: GeoCoordinate], places: [String: GeoCoordinate] = [:], members: [String: [String]] = [:],
        land: [[GeoCoordinate]] = [], names: [String: String] = [:]
    ) {
        self.capitals = capitals
        self.places = places
        self.members = members
        self.land = land
        self.names = names
    }

    /// Where the actor named `reference` is: by id (`IND`), else by a name people write (`India`, `New Delhi`).
    public func coordinate(named reference: String) -> GeoCoordinate? {
        coordinate(of: reference) ?? names[NameResolver.key(reference)].flatMap(coordinate(of:))
    }

    /// Where the actor `id` is: its capital, else its place, else the mean of its members' capitals; nil for an actor
    /// the atlas cannot place. The mean is taken of latitudes and of longitudes, as the map's equirectangular
    /// projection would take it of positions.
    public func coordinate(of id: String) -> GeoCoordinate? {
        if let capital = capitals[id] { return capital }
        if let place = places[id] { return place }
        let points = (members[id] ?? []).compactMap { capitals[$0] }
        guard !points.isEmpty else { return nil }
        let count = Double(points.count)
        return GeoCoordinate(
            latitude: points.map(\.latitude).reduce(0, +) / count,
            longitude: points.map(\.longitude).reduce(0, +) / count)
    }
}
