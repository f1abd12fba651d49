import Foundation
import Testing

@testable import ActorGraphCore

/// Where `MapLayout` puts each kind of actor, the frame it draws, and the DOT `DOTWriter` writes for a map.
@Suite struct MapLayoutTests {
    static let atlas = Atlas(
        capitals: [
            "IND": GeoCoordinate(latitude: 28.62, longitude: 77.21),
            "PAK": GeoCoordinate(latitude: 33.72, longitude: 73.04),
            "CHN": GeoCoordinate(latitude: 39.91, longitude: 116.40),
            "RUS": GeoCoordinate(latitude: 55.75, longitude: 37.62),
        ],
        places: ["WEST": GeoCoordinate(latitude: 48.81, longitude: 8.28)],
        members: ["SCO": ["CHN", "IND", "PAK", "RUS", "AU"]])

    static let network = Network(
        corpus: .init(documents: 1, sentences: 3),
        nodes: [
            Node(id: "IND", label: "India", kind: .country, mentions: 9),
            Node(id: "PAK", label: "Pakistan", kind: .country, mentions: 4),
            Node(id: "CHN", label: "China", kind: .country, mentions: 5),
            Node(id: "SCO", label: "SCO", kind: .grouping, mentions: 2),
            Node(id: "WEST", label: "the West", kind: .bloc, mentions: 2),
            Node(id: "narendra-modi", label: "Narendra Modi", kind: .person, mentions: 2, affiliation: "IND"),
            Node(id: "s-jaishankar", label: "S. Jaishankar", kind: .person, mentions: 1, affiliation: "IND"),
            Node(id: "sergey-lavrov", label: "Sergey Lavrov", kind: .person, mentions: 1, affiliation: "RUS"),
            Node(id: "ACME", label: "Acme Corp", kind: .organization, mentions: 1),
        ],
        edges: [
            Edge(source: "CHN", target: "IND", kind: .relation, weight: 2, negative: 2, stance: -0.5, sign: -1),
            Edge(source: "IND", target: "PAK", kind: .relation, weight: 1),
            Edge(source: "IND", target: "SCO", kind: .membership, weight: 1),
        ])

    let layout = MapLayout(network: Self.network, atlas: Self.atlas)

    @Test func aCountryStandsAtItsCapitalEastAndNorthAsOnTheGlobe() throws {
        let india = try #require(layout.positions["IND"])
        let pakistan = try #require(layout.positions["PAK"])
        let china = try #require(layout.positions["CHN"])
        #expect(pakistan.x < india.x && india.x < china.x)
        #expect(india.y < pakistan.y && pakistan.y < china.y)
        #expect(india == layout.frame.point(GeoCoordinate(latitude: 28.62, longitude: 77.21)))
        // Equirectangular: as many points per degree across as up.
        let scale = layout.frame.scale
        #expect(abs((china.x - india.x) - (116.40 - 77.21) * scale) < 1e-9)
        #expect(abs((china.y - india.y) - (39.91 - 28.62) * scale) < 1e-9)
    }

    @Test func aGroupingStandsAtTheMeanOfAllItsMembersCapitalsAndABlocAtItsPlace() throws {
        let sco = try #require(layout.positions["SCO"])
        // Russia counts though the network does not hold it; the African Union has no capital and does not.
        let members = [(28.62, 77.21), (33.72, 73.04), (39.91, 116.40), (55.75, 37.62)]
        let mean = GeoCoordinate(
            latitude: members.map(\.0).reduce(0, +) / 4, longitude: members.map(\.1).reduce(0, +) / 4)
        let expected = layout.frame.point(mean)
        #expect(abs(sco.x - expected.x) < 1e-9 && abs(sco.y - expected.y) < 1e-9)
        #expect(layout.positions["WEST"] == layout.frame.point(GeoCoordinate(latitude: 48.81, longitude: 8.28)))
    }

    @Test func peopleStandOnARingAroundTheirCountryEvenWhenItIsNotDrawn() throws {
        let india = try #require(layout.positions["IND"])
        let modi = try #require(layout.positions["narendra-modi"])
        let jaishankar = try #require(layout.positions["s-jaishankar"])
        for person in [modi, jaishankar] {
            #expect(abs(hypot(person.x - india.x, person.y - india.y) - MapLayout.ringRadius) < 1e-9)
        }
        #expect(modi.y > india.y && jaishankar.y < india.y, "two people: one north, one south, in order of id")
        // Russia is not in the network, but Lavrov still stands by Moscow, inside the frame.
        let moscow = layout.frame.point(GeoCoordinate(latitude: 55.75, longitude: 37.62))
        let lavrov = try #require(layout.positions["sergey-lavrov"])
        #expect(abs(hypot(lavrov.x - moscow.x, lavrov.y - moscow.y) - MapLayout.ringRadius) < 1e-9)
        #expect(lavrov.y < layout.frame.size.height)
    }

    @Test func aNetworkWhoseIdsAreNamesIsPlacedByThem() throws {
        var atlas = Self.atlas
        atlas.names = ["india": "IND", "new delhi": "IND", "pakistan": "PAK"]
        let imported = Network(
            corpus: .init(documents: 0, sentences: 0),
            nodes: [
                Node(id: "India", label: "India", kind: .organization),
                Node(id: "pakistan", label: "Pakistan", kind: .organization),
                Node(id: "Acme", label: "Acme", kind: .organization),
            ],
            edges: [Edge(source: "India", target: "pakistan", kind: .relation, weight: 1)])
        let layout = MapLayout(network: imported, atlas: atlas)
        let india = try #require(layout.positions["India"])
        #expect(india == layout.frame.point(GeoCoordinate(latitude: 28.62, longitude: 77.21)))
        #expect(layout.positions["pakistan"] == layout.frame.point(GeoCoordinate(latitude: 33.72, longitude: 73.04)))
        #expect(layout.unplaced == ["Acme"])
    }

    @Test func anActorWithoutAPlaceGoesInTheRowUnderTheMap() throws {
        #expect(layout.unplaced == ["ACME"])
        let acme = try #require(layout.positions["ACME"])
        #expect(acme.y < 0)
        #expect(layout.positions.count == Self.network.nodes.count)
    }

    @Test func theFrameCoversThePlacesOnWholeGraticuleCells() {
        let frame = layout.frame
        #expect(frame.west == -30 && frame.east == 150, "8.28°E to 116.40°E, 10° of margin, whole 30° cells")
        #expect(frame.south == 0 && frame.north == 90)
        #expect(abs(frame.size.width - MapFrame.width) < 1e-9, "as wide as a page, no taller than one")
        let india = MapFrame(covering: [GeoCoordinate(latitude: 28.62, longitude: 77.21)])
        #expect(india.east - india.west >= 60 && india.north - india.south >= 60, "never less than two cells")
        let world = MapFrame(covering: [])
        #expect(world.west == -180 && world.east == 180 && world.south == -90 && world.north == 90)
    }

    @Test func theWholeWorldsBackgroundIsWrittenInPiecesGraphvizProgramsRead() throws {
        let world = Atlas(
            capitals: Self.atlas.capitals,
            land: (0..<400).map { ring in
                (0..<20).map { GeoCoordinate(latitude: Double(ring % 160) - 80, longitude: Double($0 * 18 - 180)) }
            })
        let dot = DOTWriter(atlas: world).write(Self.network)
        // Every quoted string, escapes skipped, is shorter than `dot -Tsvg` accepts; together they hold the map.
        var lengths: [Int] = []
        var current: Int?
        var escaped = false
        for byte in dot.utf8 {
            if let length = current {
                if escaped { escaped = false; current = length + 1 }
                else if byte == UInt8(ascii: "\\") { escaped = true; current = length + 1 }
                else if byte == UInt8(ascii: "\"") { lengths.append(length); current = nil }
                else { current = length + 1 }
            } else if byte == UInt8(ascii: "\"") {
                current = 0
            }
        }
        #expect(lengths.allSatisfy { $0 < DOTEscaping.longestString })
        let background = DOTMap(network: Self.network, atlas: world).background
        #expect(background.utf8.count > DOTEscaping.longestString, "one string would be too long")
        #expect(dot.contains("\" + \""))
    }

    @Test func landBeyondTheFrameIsClippedToIt() {
        let square = [(-10.0, -10.0), (50.0, -10.0), (50.0, 50.0), (-10.0, 50.0)]
        let clipped = DOTMap.clip(square, width: 20, height: 30)
        #expect(clipped.allSatisfy { (0...20).contains($0.0) && (0...30).contains($0.1) })
        #expect(Set(clipped.map { "\($0.0),\($0.1)" }) == ["0.0,0.0", "20.0,0.0", "20.0,30.0", "0.0,30.0"])
        #expect(DOTMap.clip([(30, 40), (40, 40), (40, 50)], width: 20, height: 30).isEmpty)
    }

    @Test func theMapDOTPinsEveryNodeAndNamesItBesideItsMark() throws {
        let dot = DOTWriter(title: "Map", atlas: Self.atlas).write(Self.network)
        for node in Self.network.nodes {
            let statement = try #require(dot.split(separator: "\n").first { $0.hasPrefix("  \"\(node.id)\" [") })
            let point = try #require(layout.positions[node.id])
            #expect(statement.contains("pos=\"\(DOTStyle.number(point.x)),\(DOTStyle.number(point.y))!\""))
            #expect(statement.contains("xlabel=\"\(node.label)\"") && statement.contains("label=\"\""))
            #expect(statement.contains("id=\"map-node-\(node.id)\""))
        }
        #expect(dot.contains("id=\"map-edge-CHN-IND\"") && dot.contains("id=\"map-member-IND-SCO\""))
        #expect(dot.contains("_background=\"C 7 -#EEF3F8 "))
        #expect(!dot.contains("overlap="), "a map is not moved to remove overlaps")
        #expect(dot.contains("Not on the map"))
    }
}
