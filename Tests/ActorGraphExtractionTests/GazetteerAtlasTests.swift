import ActorGraphCore
import Foundation
import Testing

@testable import ActorGraphExtraction

/// The map's data beside the gazetteer: a capital for every country, a place for everything else the gazetteer
/// names, and land to draw them on.
@Suite struct GazetteerAtlasTests {
    let gazetteer: Gazetteer
    let atlas: Atlas

    init() throws {
        gazetteer = try Gazetteer.load()
        atlas = try gazetteer.atlas()
    }

    @Test func everyCountryHasACapitalOnTheGlobeAndNothingElseDoes() {
        let countries = Set(gazetteer.actors.values.filter { $0.kind == .country }.map(\.id))
        #expect(countries.count == 250)
        #expect(Set(atlas.capitals.keys) == countries)
        for (id, capital) in atlas.capitals {
            #expect(capital.isValid, "\(id): \(capital)")
        }
    }

    @Test func everyGroupingAndBlocOfTheGazetteerCanBePlaced() {
        let others = gazetteer.actors.values.filter { [.grouping, .bloc].contains($0.kind) }
        #expect(others.count > 40)
        for actor in others {
            let coordinate = atlas.coordinate(of: actor.id)
            #expect(coordinate?.isValid == true, "\(actor.id) has no place on the map")
        }
        #expect(Set(atlas.places.keys).isSubset(of: Set(gazetteer.actors.keys)), "places.tsv names only known actors")
    }

    /// Spot checks against the atlas, to a tenth of a degree: a swapped column or sign would move them far.
    @Test(arguments: [
        ("IND", 28.61, 77.21), ("PAK", 33.72, 73.04), ("CHN", 39.91, 116.40), ("USA", 38.90, -77.04),
        ("AUS", -35.28, 149.13), ("BRA", -15.78, -47.93), ("RUS", 55.75, 37.62),
    ])
    func capitalsAreWhereTheAtlasesPutThem(id: String, latitude: Double, longitude: Double) throws {
        let capital = try #require(atlas.capitals[id])
        #expect(abs(capital.latitude - latitude) < 0.1 && abs(capital.longitude - longitude) < 0.1, "\(id): \(capital)")
    }

    @Test func aGroupingStandsAtTheMeanOfItsCurrentMembers() throws {
        let quad = try #require(atlas.coordinate(of: "QUAD"))
        let members = ["AUS", "IND", "JPN", "USA"].compactMap { atlas.capitals[$0] }
        #expect(members.count == 4)
        #expect(abs(quad.latitude - members.map(\.latitude).reduce(0, +) / 4) < 1e-9)
        #expect(abs(quad.longitude - members.map(\.longitude).reduce(0, +) / 4) < 1e-9)
        // The United Kingdom left the EU: it no longer pulls the EU west.
        #expect(atlas.members["EU"]?.contains("GBR") == false && atlas.members["EU"]?.contains("FRA") == true)
    }

    @Test func theLandIsOutlinesOnTheGlobe() {
        #expect(atlas.land.count > 100)
        let points = atlas.land.flatMap { $0 }
        #expect(points.count > 2_000)
        #expect(points.allSatisfy { $0.isValid })
    }

    @Test func aRowThatIsNotOnTheGlobeIsRefusedWithItsLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("capitals-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try "# comment\nid\tcapital\tlatitude\tlongitude\nIND\tNew Delhi\t77.2\t28.6\nPAK\tIslamabad\t133.7\t73.0\n"
            .write(to: url, atomically: true, encoding: .utf8)
        let expected = GazetteerError.malformed(url.path, "line 4: 133.7, 73.0 is not on the globe")
        #expect(throws: expected) { try Gazetteer.coordinates(in: url) }
    }
}
