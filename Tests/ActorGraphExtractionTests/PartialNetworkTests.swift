import ActorGraphCore
import Foundation
import Testing

@testable import ActorGraphExtraction

/// A partial network's file holds everything its builder kept: read back, it writes the same bytes and makes the same
/// network; and builders of parts merge into the builder of the whole. (`MergeCommandTests` checks the commands on
/// random splits of a corpus.)
@Suite struct PartialNetworkTests {
    let gazetteer: Gazetteer
    let extractor: RelationExtractor
    let fingerprint = ExtractionFingerprint(tool: "t", gazetteer: "g", lexicon: "l", parser: "p")

    init() throws {
        gazetteer = try Gazetteer.load()
        extractor = try RelationExtractor(gazetteer: gazetteer, lexicon: try StanceLexicon.bundled())
    }

    /// The partial builder of the inputs `names`: articles of `Corpus/`, or `people.jsonl`, three dated articles in
    /// which an official the gazetteer does not list is Israeli in two and Palestinian in one.
    func builder(of names: [String]) throws -> NetworkBuilder {
        let people = [
            ("talks", "2023-01-15", "Israeli Defence Minister Avi Cohenstein met the United States envoy. Israel and "
                + "the United States agreed to deepen their cooperation."),
            ("border", "2023-02-20", "Palestinian Interior Minister Avi Cohenstein thanked Egypt for its support."),
            ("visit", "2023-02-21", "The United States praised Israel as Israeli Defence Minister Avi Cohenstein arrived."),
        ].map { id, date, text in
            String(decoding: try! JSONSerialization.data(
                withJSONObject: ["id": id, "date": date, "text": text], options: [.sortedKeys]), as: UTF8.self)
        }
        let folder = try ReadingFixtures.folder(["people.jsonl": Data(people.joined(separator: "\n").utf8)])
        let paths = names.map { name in
            ((name == "people.jsonl" ? folder : ReadingFixtures.corpus) as NSString).appendingPathComponent(name)
        }
        var builder = NetworkBuilder.partial(gazetteer: gazetteer)
        try CorpusBuild.extract({ try CorpusReader().inputs(paths, $0) }, into: &builder, extractor: extractor)
        return builder
    }

    func bytes(_ partial: PartialNetwork) throws -> Data {
        var data = Data()
        try partial.write { data.append($0) }
        return data
    }

    var names: [String] {
        get throws {
            try FileManager.default.contentsOfDirectory(atPath: ReadingFixtures.corpus).filter { $0.hasSuffix(".txt") }
                .sorted() + ["people.jsonl"]
        }
    }

    @Test func aPartialReadBackWritesTheSameBytesAndNetwork() throws {
        let partial = PartialNetwork(builder: try builder(of: try names), fingerprint: fingerprint)
        let written = try bytes(partial)
        let file = URL(fileURLWithPath: try ReadingFixtures.folder([:])).appendingPathComponent("all.partial")
        try written.write(to: file)
        let read = try PartialNetwork.read(file, gazetteer: gazetteer)
        #expect(read.fingerprint == fingerprint)
        #expect(try bytes(read) == written)
        let network = read.builder.network()
        #expect(network == partial.builder.network())
        #expect(read.builder.documentIndex == partial.builder.documentIndex)
        #expect(network.node(id: "avi-cohenstein")?.affiliation == "ISR")
        #expect(network.corpus.documents == 8)
        // Every line is read by the scanner, not by JSONDecoder (which gives the same, ten times slower).
        let lines = written.split(separator: UInt8(ascii: "\n")).map { Data($0) }
        #expect(lines.count > 50)
        #expect(lines.allSatisfy(PartialNetwork.isReadPlainly))
        #expect(!PartialNetwork.isReadPlainly(Data(#"{"pair": {"a": "IND"}}"#.utf8)))
    }

    @Test func partsMergeIntoTheWholeInAnyOrder() throws {
        let names = try names
        let whole = try bytes(PartialNetwork(builder: try builder(of: names), fingerprint: fingerprint))
        for split in [[0, 1, 0, 1, 0, 1], [2, 0, 0, 1, 2, 1], [0, 0, 0, 0, 0, 1]] {
            let parts = try (0...split.max()!).map { part in
                PartialNetwork(
                    builder: try builder(of: names.indices.filter { split[$0] == part }.map { names[$0] }),
                    fingerprint: fingerprint)
            }
            for order in [Array(parts.indices), parts.indices.reversed()] {
                var merged = PartialNetwork(builder: .partial(gazetteer: gazetteer), fingerprint: fingerprint)
                for index in order { try merged.merge(parts[index], named: "part \(index)") }
                #expect(try bytes(merged) == whole, "split \(split), order \(order)")
            }
        }
    }

    @Test func aPartialOfAnotherLexiconDoesNotMerge() throws {
        var merged = PartialNetwork(builder: .partial(gazetteer: gazetteer), fingerprint: fingerprint)
        var other = fingerprint
        other.lexicon = "changed"
        #expect(throws: PartialNetworkError.mismatch(file: "b.partial", parts: ["lexicon"])) {
            try merged.merge(PartialNetwork(builder: .partial(gazetteer: gazetteer), fingerprint: other), named: "b.partial")
        }
    }
}
