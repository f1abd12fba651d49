import Foundation

/// Where each actor of a network goes on the map, by one rule:
///
/// - a country at its capital (found by its id, or, for a network whose ids are names, by its id or label as a name:
///   `Atlas.coordinate(named:)`);
/// - a grouping at the mean of its current members' capitals (all its members in the gazetteer, not only those in the
///   network, so a grouping stays in one place whatever the articles or a filter keep), and an organization or bloc
///   with a place of its own (headquarters, a bloc's centre) there: `Atlas.coordinate(of:)`;
/// - a person or organization without a place of its own beside the country it acts for, on a small ring around it
///   (people of one country spread evenly around it, in order of id, starting north), so that each stays readable
///   and its ties start where its country is;
/// - anything else (an actor the atlas does not know, a person with no country) in a row under the map, where its
///   ties are still drawn: named, not hidden.
///
/// - Complexity: O(n log n) in the number of nodes.
public struct MapLayout: Sendable {
    /// The distance of a person from their country's mark, in points.
    static let ringRadius = 26.0
    /// The space between actors in the row of those without a place, in points.
    static let rowSpacing = 110.0
    /// How far under the map the row runs, in points.
    static let rowDepth = 42.0

    public let frame: MapFrame
    /// Every node's position, by id.
    public let positions: [String: MapPoint]
    /// The nodes in the row under the map, in the row's order.
    public let unplaced: [String]

    public init(network: Network, atlas: Atlas) {
        var coordinates: [String: GeoCoordinate] = [:]
        var satellites: [String: [String]] = [:]
        var unplaced: [String] = []
        for node in network.nodes {
            if let coordinate = atlas.coordinate(named: node.id) ?? atlas.coordinate(named: node.label) {
                coordinates[node.id] = coordinate
            } else if [.person, .organization].contains(node.kind), let affiliation = node.affiliation,
                let home = atlas.coordinate(named: affiliation)
            {
                coordinates[affiliation] = home
                satellites[affiliation, default: []].append(node.id)
            } else {
                unplaced.append(node.id)
            }
        }
        let frame = MapFrame(covering: coordinates.keys.sorted().compactMap { coordinates[$0] })
        var positions: [String: MapPoint] = [:]
        for node in network.nodes {
            if let coordinate = coordinates[node.id] { positions[node.id] = frame.point(coordinate) }
        }
        for (home, people) in satellites {
            guard let centre = coordinates[home].map(frame.point) else { continue }
            for (index, id) in people.sorted().enumerated() {
                let angle = Double.pi / 2 - 2 * Double.pi * Double(index) / Double(people.count)
                positions[id] = MapPoint(
                    x: centre.x + Self.ringRadius * cos(angle), y: centre.y + Self.ringRadius * sin(angle))
            }
        }
        let rowStart = (frame.size.width - Self.rowSpacing * Double(max(unplaced.count - 1, 0))) / 2
        for (index, id) in unplaced.enumerated() {
            positions[id] = MapPoint(x: max(0, rowStart) + Self.rowSpacing * Double(index), y: -Self.rowDepth)
        }
        self.frame = frame
        self.positions = positions
        self.unplaced = unplaced
    }
}
