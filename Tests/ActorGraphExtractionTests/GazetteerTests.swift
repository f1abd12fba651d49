import ActorGraphCore
import Foundation
import Testing

@testable import ActorGraphExtraction

/// The bundled gazetteer's contents, and what a user's `--gazetteer FILE` can change or break.
@Suite struct GazetteerTests {
    /// ISO 3166-1 alpha-3, all 249 officially assigned codes (from the iso-codes package's `iso_3166-1.json`).
    static let isoAlpha3 = """
        ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS BIH \
        BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB \
        CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO \
        GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN \
        IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA \
        MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER \
        NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU \
        RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA \
        TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT \
        WLF WSM YEM ZAF ZMB ZWE
        """.split(separator: " ").map(String.init)

    let gazetteer: Gazetteer

    init() throws {
        gazetteer = try Gazetteer.load()
    }

    @Test func everyISOCountryIsPresentWithItsAlpha3Id() {
        let countries = gazetteer.actors.values.filter { $0.kind == .country }
        #expect(Self.isoAlpha3.count == 249)
        #expect(countries.count == 250)
        let ids = Set(countries.map(\.id))
        #expect(ids.isSuperset(of: Self.isoAlpha3))
        // The one entry beyond ISO 3166-1: Kosovo, under the user-assigned code most references use.
        #expect(ids.subtracting(Self.isoAlpha3) == ["XKX"])
        for country in countries {
            #expect(country.id.count == 3 && country.id.allSatisfy { $0.isASCII && $0.isUppercase }, "\(country.id)")
            #expect(gazetteer.actors[country.id]?.id == country.id)
        }
    }

    @Test func everyActorCanBeFoundByItsLabel() {
        // A label shared by two actors (none should be) would make queries ambiguous.
        let names = gazetteer.queryNames()
        for id in ["IND", "RUS", "USA", "CHN", "PAK", "SCO", "QUAD", "BRICS", "WEST", "vladimir-putin"] {
            let label = gazetteer.actors[id]?.label.lowercased() ?? ""
            #expect(names[label] == id, "\(id) by \"\(label)\"")
        }
        #expect(names["new delhi"] == "IND")
        #expect(names["putin"] == "vladimir-putin")
    }

    /// What `graph build` stores for queries: the gazetteer's names of the actor that no other actor has, and a
    /// person's surname by the rule the extractor follows when an article names them again.
    @Test func aliasesAreTheActorsOwnNamesAndAPersonsSurname() {
        let india = gazetteer.aliases(of: Node(id: "IND", label: "India", kind: .country))
        #expect(india.contains("New Delhi") && india.contains("Indian") && !india.contains("India"))
        #expect(india == india.sorted() && Set(india.map(NameResolver.key)).count == india.count)
        let putin = gazetteer.aliases(of: Node(id: "vladimir-putin", label: "Vladimir Putin", kind: .person))
        #expect(putin.contains("Putin"))
        // A Chinese name puts the family name first: Wang Yi is Wang, as a later "Wang said" names him.
        let wang = gazetteer.aliases(of: Node(id: "wang-yi", label: "Wang Yi", kind: .person, affiliation: "CHN"))
        #expect(wang.contains("Wang") && !wang.contains("Yi"))
        // An official the gazetteer does not list has his surname only.
        let unlisted = Node(id: "avi-cohenstein", label: "Avi Cohenstein", kind: .person, affiliation: "ISR")
        #expect(gazetteer.aliases(of: unlisted) == ["Cohenstein"])
        // A name two actors share is nobody's.
        let names = gazetteer.queryNames()
        for id in ["IND", "USA", "RUS", "CHN", "GEO", "COG", "COD"] {
            for alias in gazetteer.aliases(of: Node(id: id, label: gazetteer.actors[id]?.label ?? id, kind: .country)) {
                #expect(names[NameResolver.key(alias)] == id, "\(alias) of \(id)")
            }
        }
    }

    @Test func actorKindsAndLabels() {
        #expect(gazetteer.actors["IND"] == Actor(id: "IND", label: "India", kind: .country))
        #expect(gazetteer.actors["SCO"]?.kind == .grouping)
        #expect(gazetteer.actors["QUAD"]?.kind == .grouping)
        #expect(gazetteer.actors["WEST"]?.kind == .bloc)
        let jaishankar = gazetteer.actors["s-jaishankar"]
        #expect(jaishankar?.kind == .person)
        #expect(jaishankar?.affiliation == "IND")
        #expect(gazetteer.actors["vladimir-putin"]?.affiliation == "RUS")
    }

    @Test(arguments: [
        ("SCO", "IND", true), ("SCO", "PAK", true), ("SCO", "RUS", true), ("SCO", "CHN", true), ("SCO", "USA", false),
        ("QUAD", "IND", true), ("QUAD", "USA", true), ("QUAD", "JPN", true), ("QUAD", "AUS", true),
        ("QUAD", "RUS", false), ("QUAD", "PAK", false),
        ("BRICS", "IND", true), ("BRICS", "RUS", true), ("BRICS", "ZAF", true), ("BRICS", "PAK", false),
        ("NATO", "TUR", true), ("NATO", "USA", true), ("NATO", "IND", false),
    ])
    func memberships(grouping: String, member: String, belongs: Bool) {
        let members = gazetteer.memberships[grouping]?.map(\.member) ?? []
        #expect(members.contains(member) == belongs, "\(member) in \(grouping)")
    }

    @Test func membershipDatesDecideWhenTheyHold() throws {
        // India and Pakistan joined the SCO on 9 June 2017.
        let india = try #require(gazetteer.memberships["SCO"]?.first { $0.member == "IND" })
        #expect(india.since == "2017-06-09")
        #expect(!india.holds(on: "2017-06-08"))
        #expect(india.holds(on: "2017-06-09"))
        #expect(india.holds(on: "2021-04-15"))
        // Both ends included, a bare year for all of it: the rule of `graph build --since 2009 --until 2019`.
        let ended = Membership(member: "XYZ", since: "2009", until: "2019")
        #expect(!ended.holds(on: "2008-12-31"))
        #expect(ended.holds(on: "2009-01-01"))
        #expect(ended.holds(on: "2019-12-31"))
        #expect(!ended.holds(on: "2020-01-01"))
        let span = try DateRange(since: "2009", until: "2019")
        for date in ["2008-12-31", "2009-01-01", "2019-12-31", "2020-01-01"] {
            #expect(ended.holds(on: date) == span.contains(date), "\(date)")
        }
        // The United Kingdom was in the EU on its last day, 31 January 2020, and not the next.
        let britain = try #require(gazetteer.memberships["EU"]?.first { $0.member == "GBR" })
        #expect(britain.holds(on: "2020-01-31") && !britain.holds(on: "2020-02-01"))
    }

    @Test func everyMemberIsAKnownActor() {
        for (grouping, members) in gazetteer.memberships {
            #expect(gazetteer.actors[grouping]?.kind == .grouping, "\(grouping)")
            for membership in members {
                #expect(gazetteer.actors[membership.member] != nil, "\(grouping) names \(membership.member)")
            }
        }
    }

    // MARK: User files

    @Test func aUserFileOverridesAnEntryAndItsNames() throws {
        let file = try Self.write(#"{"countries": [{"id": "IND", "name": "Bharat Ganarajya", "aliases": ["Hindustan"]}]}"#)
        defer { try? FileManager.default.removeItem(at: file) }
        let gazetteer = try Gazetteer.load(adding: [file])
        #expect(gazetteer.actors["IND"]?.label == "Bharat Ganarajya")
        #expect(gazetteer.mentions(in: "Hindustan and Pakistan met.").map(\.actor) == ["IND", "PAK"])
        // The redefinition replaces the entry whole, names included, so the bundled names are gone.
        #expect(gazetteer.mentions(in: "India and Pakistan met.").map(\.actor) == ["PAK"])
        // Every other entry stays.
        #expect(gazetteer.actors.values.filter { $0.kind == .country }.count == 250)
    }

    @Test func aUserFileAddsPeopleAndGroupings() throws {
        let file = try Self.write("""
            {"people": [{"id": "asha-rao", "name": "Asha Rao", "affiliation": "IND", "aliases": ["Rao"]}],
             "groupings": [{"id": "RIC", "name": "RIC", "official": "Russia-India-China", "members":
               [{"id": "RUS", "since": "2002"}, {"id": "IND", "since": "2002"}, {"id": "CHN", "since": "2002"}]}]}
            """)
        defer { try? FileManager.default.removeItem(at: file) }
        let gazetteer = try Gazetteer.load(adding: [file])
        #expect(gazetteer.actors["asha-rao"] == Actor(id: "asha-rao", label: "Asha Rao", kind: .person, affiliation: "IND"))
        let mentions = gazetteer.mentions(in: "Envoy Asha Rao said the RIC format would meet; Rao left for Moscow.")
        #expect(mentions.map(\.actor) == ["asha-rao", "RIC", "asha-rao", "RUS"])
        #expect(gazetteer.memberships["RIC"]?.map(\.member) == ["RUS", "IND", "CHN"])
        // The bundled entries are untouched.
        #expect(gazetteer.actors["IND"]?.label == "India")
        #expect(gazetteer.mentions(in: "India").map(\.actor) == ["IND"])
    }

    @Test func laterUserFilesWinOverEarlierOnes() throws {
        let first = try Self.write(#"{"blocs": [{"id": "GLOBAL_NORTH", "name": "the Global North"}]}"#)
        let second = try Self.write(#"{"blocs": [{"id": "GLOBAL_NORTH", "name": "the rich world"}]}"#)
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let gazetteer = try Gazetteer.load(adding: [first, second])
        #expect(gazetteer.actors["GLOBAL_NORTH"]?.label == "the rich world")
        #expect(gazetteer.mentions(in: "the Global North").isEmpty)
        #expect(gazetteer.mentions(in: "aid from the rich world").map(\.actor) == ["GLOBAL_NORTH"])
    }

    @Test func aFileThatIsNotJSONIsAnErrorNamingTheFile() throws {
        let file = try Self.write(#"{"countries": [{"id": "IND", "name": "India",]}"#)
        defer { try? FileManager.default.removeItem(at: file) }
        let error = try #require(throws: GazetteerError.self) { try Gazetteer.load(adding: [file]) }
        guard case .malformed(let path, _) = error else {
            Issue.record("expected a malformed-file error, got \(error)")
            return
        }
        #expect(path == file.path)
        #expect(error.description.contains(file.path))
        #expect(error.description.contains("not in the gazetteer format"))
    }

    @Test func anEntryMissingAFieldIsAnErrorNamingTheField() throws {
        let file = try Self.write(#"{"countries": [{"id": "IND"}]}"#)
        defer { try? FileManager.default.removeItem(at: file) }
        let error = try #require(throws: GazetteerError.self) { try Gazetteer.load(adding: [file]) }
        #expect(error.description.contains(file.path))
        #expect(error.description.contains("name"), "the missing key: \(error.description)")
    }

    @Test func aFieldOfTheWrongTypeIsAnError() throws {
        let file = try Self.write(#"{"people": [{"id": "x", "name": "X", "aliases": "X"}]}"#)
        defer { try? FileManager.default.removeItem(at: file) }
        let error = try #require(throws: GazetteerError.self) { try Gazetteer.load(adding: [file]) }
        #expect(error.description.contains(file.path))
        #expect(error.description.contains("aliases"), "the bad key: \(error.description)")
    }

    @Test func aMemberNoFileDefinesIsAnErrorNamingIt() throws {
        let file = try Self.write(#"{"groupings": [{"id": "G3", "name": "G3", "members": [{"id": "IND"}, {"id": "ZZZ"}]}]}"#)
        defer { try? FileManager.default.removeItem(at: file) }
        let error = try #require(throws: GazetteerError.self) { try Gazetteer.load(adding: [file]) }
        #expect(error == .unknownReference(file: file.path, entry: "G3", reference: "ZZZ"))
        #expect(error.description.contains(file.path))
        #expect(error.description.contains("\"ZZZ\""))
    }

    @Test func aMissingFileIsAnErrorNamingIt() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-gazetteer-\(UUID()).json")
        let error = try #require(throws: GazetteerError.self) { try Gazetteer.load(adding: [file]) }
        #expect(error == .unreadable(file.path))
        #expect(error.description.contains(file.path))
    }

    /// Writes `text` to a new temporary `.json` file.
    private static func write(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gazetteer-test-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: url)
        return url
    }
}
