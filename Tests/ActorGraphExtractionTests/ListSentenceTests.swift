import ActorGraphCore
import Foundation
import Testing

@testable import ActorGraphExtraction

/// A sentence that names more than `RelationExtractor.listActors` actors is a list: its actors are mentioned, but it
/// ties no pair, so a vote record or a run of names without punctuation cannot fill the network with every pair of
/// countries, each storing the whole sentence.
@Suite struct ListSentenceTests {
    let gazetteer: Gazetteer
    let extractor: RelationExtractor
    /// Every country's name, in the gazetteer's order of ids.
    let countryNames: [String]

    init() throws {
        gazetteer = try Gazetteer.load()
        extractor = try RelationExtractor(gazetteer: gazetteer, lexicon: try StanceLexicon.bundled())
        countryNames = gazetteer.actors.values.filter { $0.kind == .country }.sorted { $0.id < $1.id }.map(\.label)
    }

    @Test func aVoteRecordListingEveryCountryTiesNoPair() throws {
        let sentence = "The resolution was adopted with votes in favour from "
            + countryNames.dropLast().joined(separator: ", ") + " and " + countryNames.last! + "."
        let document = Document(name: "vote.txt", title: "", date: "2023-02-23", paragraphs: [sentence])
        let extraction = extractor.extract(document)
        #expect(extraction.mentions.count > 190)
        #expect(extraction.observations.isEmpty)
        #expect(extraction.sentenceTexts.isEmpty)
        var builder = NetworkBuilder(gazetteer: gazetteer)
        builder.add(extraction)
        let network = builder.network()
        #expect(network.nodes.count == extraction.mentions.count)
        #expect(network.edges.allSatisfy { $0.kind == .membership })
    }

    @Test func aQuarterMegabyteLineOfNamesTiesNoPair() {
        var line = ""
        while line.utf8.count < 250_000 { line += countryNames.joined(separator: " ") + " " }
        let found = extractor.relations(in: line + "imposed sanctions on India.")
        #expect(found.mentions.count > 10_000)
        #expect(found.observations.isEmpty)
    }

    /// Time grows with the length of a line, not with its square (issue 13: 0.25, 0.5 and 1 MB of names without
    /// punctuation took 14, 53 and 208 s): four times the text takes well under sixteen times as long. Each length
    /// is timed three times and the fastest run kept, so a busy moment on the machine does not decide.
    @Test func timeGrowsWithTheLengthOfALineNotItsSquare() {
        func seconds(_ bytes: Int) -> Double {
            var line = ""
            while line.utf8.count < bytes { line += countryNames.joined(separator: " ") + " " }
            let document = Document(name: "names.txt", title: "", date: nil, paragraphs: [line + "imposed sanctions."])
            return (0..<3).map { _ in
                let started = ContinuousClock.now
                _ = extractor.extract(document)
                let elapsed = ContinuousClock.now - started
                return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            }.min()!
        }
        let short = seconds(250_000), long = seconds(1_000_000)
        #expect(long < 8 * short, "250 KB: \(short) s, 1 MB: \(long) s")
    }

    @Test func aSentenceTooLongToParseGivesCoMentionsWithoutAStance() throws {
        let clause = "India imposed sanctions on Pakistan while the delegates discussed the harvest"
        let short = extractor.relations(in: clause + ".")
        #expect(try #require(short.observations.first).stance < 0)
        // 12 words, then 50 times 8: 412 words.
        let filler = String(repeating: " and the delegates discussed the weather at length", count: 50)
        let long = extractor.relations(in: clause + filler + ".")
        #expect(long.observations.map { [$0.a, $0.b] } == [["IND", "PAK"]])
        #expect(long.observations.first?.stance == 0)
    }

    @Test func twelveActorsAreStillEveryPairAndThirteenAList() {
        let twelve = ["India", "Russia", "China", "Brazil", "Japan", "France", "Germany", "Italy", "Spain", "Mexico",
                      "Canada", "Egypt"]
        #expect(RelationExtractor.listActors == twelve.count)
        let met = extractor.relations(in: "Leaders of " + twelve.joined(separator: ", ") + " met in Geneva.")
        #expect(met.observations.count == 66)
        let list = extractor.relations(in: "Leaders of " + (twelve + ["Kenya"]).joined(separator: ", ") + " met in Geneva.")
        #expect(list.mentions.count == 13)
        #expect(list.observations.isEmpty)
    }
}
