import Foundation
import Testing

@testable import ActorGraphCore

/// `actor-graph/2` stores each evidence sentence once, in the `sentences` table its evidence items refer to by
/// `ref`; the reader joins them back, refuses a reference that does not hold and a row given twice, and still reads
/// `actor-graph/1`, whose evidence items carry their text.
@Suite struct NetworkSentenceTableTests {
    /// `Tests/Fixtures/network-v1.json`: `Graphs/network.json` exactly as the last version 1 writer made it.
    static let version1 = RepositoryFiles.root.appendingPathComponent("Tests/Fixtures/network-v1.json")

    static let summit = "India, Russia and China met in Kazan and \"agreed\" to cooperate — Côte d’Ivoire too."

    /// One sentence naming three actors (three edges, each with its own stance, cue and direction), one sentence
    /// behind one edge, and two inputs of the same name whose sentence 0 differs.
    static func network() -> Network {
        let nodes = ["CHN", "IND", "RUS", "PAK"].map { Node(id: $0, label: $0, kind: .country, mentions: 2) }
        func summit(_ stance: Double, cue: String? = nil, _ range: Range<Int>? = nil, source: String? = nil,
                    target: String? = nil) -> Evidence {
            Evidence(
                document: "kazan.txt", sentence: 4, date: "2024-10-23", stance: stance, cue: cue, cueRange: range,
                source: source, target: target, text: Self.summit)
        }
        let edges = [
            Edge(source: "CHN", target: "IND", kind: .relation, weight: 1, positive: 1, stance: 0.3, sign: 1,
                 evidence: [summit(0.3, cue: "cooperat*", 53..<62)]),
            Edge(source: "CHN", target: "RUS", kind: .relation, weight: 1, evidence: [summit(0)]),
            Edge(source: "IND", target: "PAK", kind: .relation, weight: 2, negative: 2, stance: -0.5, sign: -1,
                 evidence: [
                    Evidence(document: "x.txt", sentence: 0, stance: -0.5, cue: "condemn*", negated: false,
                             cueRange: 6..<15, source: "IND", target: "PAK", text: "India condemned Pakistan."),
                    Evidence(document: "x.txt", sentence: 0, stance: 0.25, cue: "condemn*", negated: true,
                             source: "PAK", target: "IND", text: "Pakistan did not condemn India, it said."),
                 ]),
            Edge(source: "IND", target: "RUS", kind: .relation, weight: 2, positive: 1, stance: 0.4, sign: 1,
                 evidence: [
                    summit(0.5, cue: "agree*", 42..<48, source: "IND", target: "RUS"),
                    Evidence(document: "kazan.txt", sentence: 5, date: "2024-10-23", stance: 0.3,
                             text: "Moscow and New Delhi agreed."),
                 ]),
        ]
        return Network(corpus: .init(documents: 3, sentences: 9), nodes: nodes, edges: edges)
    }

    // MARK: Version 2

    @Test func aSentenceBehindSeveralEdgesIsStoredOnceAndReadBackIntoEach() throws {
        let network = Self.network()
        let text = NetworkJSON.encode(network)
        let escaped = #"India, Russia and China met in Kazan and \"agreed\" to cooperate — Côte d’Ivoire too."#
        #expect(text.components(separatedBy: escaped).count == 2, "the summit sentence is written once")
        #expect(text.components(separatedBy: "2024-10-23").count == 3, "a date per sentence row, none per item")

        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["format"] as? String == "actor-graph/2")
        let rows = try #require(json["sentences"] as? [[String: Any]])
        #expect(rows.map { "\($0["document"]!)#\($0["sentence"]!)" }
                == ["kazan.txt#4", "kazan.txt#5", "x.txt#0", "x.txt#0"])
        #expect(rows[2]["text"] as? String == "India condemned Pakistan.")
        #expect(rows[3]["text"] as? String == "Pakistan did not condemn India, it said.")
        let items = try #require(json["edges"] as? [[String: Any]]).flatMap { $0["evidence"] as? [[String: Any]] ?? [] }
        #expect(items.count == 6)
        #expect(items.allSatisfy { $0["text"] == nil && $0["date"] == nil && $0["ref"] is Int })
        #expect(items.filter { $0["ref"] as? Int == 0 }.count == 3, "three edges refer to the summit's row")

        let decoded = try NetworkJSON.decode(Data(text.utf8))
        #expect(decoded == network)
        #expect(decoded.edges.map { $0.evidence.map(\.text) }.flatMap { $0 }.filter { $0 == Self.summit }.count == 3)
        #expect(decoded.edges(between: "IND", and: "RUS").first?.evidence[0].cueWords == "agreed")
        #expect(NetworkJSON.encode(decoded) == text)
    }

    @Test func theTableHoldsOnlyTheSentencesKeptEvidenceQuotes() throws {
        let network = Self.network().keepingEvidence(1)
        let json = try #require(
            try JSONSerialization.jsonObject(with: NetworkJSON.encodedData(network)) as? [String: Any])
        let rows = try #require(json["sentences"] as? [[String: Any]])
        #expect(rows.map { $0["text"] as? String } == [Self.summit, "India condemned Pakistan."])
        #expect(try NetworkJSON.decode(NetworkJSON.encodedData(network)) == network)
    }

    @Test func theCommittedNetworkStoresEachSentenceOnce() throws {
        let data = try Data(contentsOf: RepositoryFiles.network)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["format"] as? String == Network.format)
        let rows = try #require(json["sentences"] as? [[String: Any]])
        let keys = rows.map { "\($0["document"]!)#\($0["sentence"]!)#\($0["text"]!)#\($0["date"] ?? "")" }
        #expect(Set(keys).count == rows.count)
        let places = rows.map { ($0["document"] as? String ?? "", $0["sentence"] as? Int ?? -1) }
        #expect(zip(places, places.dropFirst()).allSatisfy { $0 <= $1 }, "rows by document, then sentence")
        let items = try #require(json["edges"] as? [[String: Any]]).flatMap { $0["evidence"] as? [[String: Any]] ?? [] }
        #expect(items.allSatisfy { $0["text"] == nil && $0["date"] == nil })
        // The corpus names several pairs in many sentences: fewer rows than items, every row used.
        #expect(rows.count < items.count)
        #expect(Set(items.compactMap { $0["ref"] as? Int }) == Set(rows.indices))
        let network = try NetworkJSON.decode(data)
        #expect(network.edges.flatMap(\.evidence).count == items.count)
    }

    // MARK: Version 1

    @Test func aVersion1FileIsStillReadWithItsText() throws {
        let data = try Data(contentsOf: Self.version1)
        #expect(String(decoding: data.prefix(40), as: UTF8.self).contains(#""format": "actor-graph/1""#))
        let network = try NetworkJSON.decode(data)
        #expect(network.nodes.count == 31 && network.edges.count == 141)
        let evidence = network.edges.flatMap(\.evidence)
        #expect(evidence.count == 352)
        #expect(evidence.allSatisfy { !$0.text.isEmpty })
        #expect(evidence.filter { $0.date != nil }.count == 108, "the sentences of the two dated articles")
        let first = try #require(network.edges(between: "IND", and: "RUS").first { $0.kind == .relation }?.evidence.first)
        #expect(first.text.hasPrefix("India has long been a major beneficiary of Russian military supplies"))
        #expect(first.date == "2023-12-28" && first.cue == "strategic partner*")
        #expect(first.cueWords == "strategic partnership")
        #expect(try NetworkJSON.read(from: Self.version1) == network)

        // Written again, it is version 2, a quarter smaller, and reads back the same network.
        let rewritten = NetworkJSON.encodedData(network)
        #expect(String(decoding: rewritten.prefix(40), as: UTF8.self).contains(#""format": "actor-graph/2""#))
        #expect(rewritten.count * 4 < data.count * 3, "\(rewritten.count) bytes against \(data.count)")
        #expect(try NetworkJSON.decode(rewritten) == network)
    }

    @Test func aVersion1ItemWithoutTextIsRefusedByEdge() throws {
        let message = try networkDecodeError(Self.version1File(evidence: #"{"document": "d", "sentence": 2, "stance": 0}"#))
        #expect(message == #"not a network file: edge A–B: the evidence of sentence 2 of "d" has no "text""#)
    }

    /// Version 1 has no table: `ref` and `sentences` are fields it does not know, and are ignored.
    @Test func aVersion1FileIgnoresTheFieldsOfVersion2() throws {
        let data = Self.version1File(
            evidence: #"{"document": "d", "sentence": 2, "ref": 7, "stance": 0, "text": "A met B."}"#,
            sentences: #"[{"document": "d", "sentence": 2, "text": "Something else."}]"#)
        #expect(try NetworkJSON.decode(data).edges.first?.evidence.first?.text == "A met B.")
    }

    // MARK: Refused version 2 files

    @Test func aReferenceToAMissingRowIsRefusedByEdge() throws {
        let message = try networkDecodeError(Self.version2File(ref: "1"))
        #expect(message == #"not a network file: edge A–B: the evidence of sentence 2 of "d" refers to sentences[1], which is missing (the table has 1 rows)"#)
        #expect(try networkDecodeError(Self.version2File(ref: "0", rows: [])).contains("sentences[0], which is missing"))
        #expect(try networkDecodeError(Self.version2File(ref: "-1")).contains("sentences[-1], which is missing"))
    }

    @Test func aReferenceToAnotherSentenceIsRefused() throws {
        let other = #"{"document": "d", "sentence": 3, "text": "A met B."}"#
        let message = try networkDecodeError(Self.version2File(ref: "0", rows: [other]))
        #expect(message == #"not a network file: edge A–B: the evidence of sentence 2 of "d" refers to sentences[0], which is sentence 3 of "d""#)
    }

    @Test func anItemWithoutReferenceIsRefused() throws {
        let message = try networkDecodeError(Self.version2File(ref: nil))
        #expect(message == #"not a network file: edge A–B: the evidence of sentence 2 of "d" has no "ref" to its row of sentences"#)
    }

    @Test func aRowGivenTwiceIsRefused() throws {
        let row = #"{"document": "d", "sentence": 2, "date": "2024-01-02", "text": "A met B."}"#
        let message = try networkDecodeError(Self.version2File(ref: "0", rows: [row, Self.row, row]))
        #expect(message == #"not a network file: sentences[2] repeats sentences[0] (sentence 2 of "d"): the table lists each sentence once"#)
        // The same document and sentence with another text (two inputs of the same name) is not a repetition.
        let twin = #"{"document": "d", "sentence": 2, "text": "A and B met."}"#
        #expect(try NetworkJSON.decode(Self.version2File(ref: "0", rows: [Self.row, twin])).edges.count == 1)
    }

    /// The cue's range is checked against the text the table gives.
    @Test func aCueRangeIsCheckedAgainstTheJoinedText() throws {
        let data = Self.version2File(ref: "0", extra: #", "cue": "met", "cue_range": [2, 40]"#)
        #expect(try networkDecodeError(data).contains("edge A–B: evidence cue_range [2, 40] does not fall between characters of its text (8 bytes)"))
        let good = try NetworkJSON.decode(Self.version2File(ref: "0", extra: #", "cue": "met", "cue_range": [2, 5]"#))
        #expect(good.edges.first?.evidence.first?.cueWords == "met")
    }

    /// Every case above is decided the same way whether the fast scanner or `JSONDecoder` reads the file.
    @Test func theScannerAndJSONDecoderReadTheTableAlike() throws {
        for data in [Self.version2File(ref: "0"), Self.version2File(ref: nil), NetworkJSON.encodedData(Self.network())] {
            let scanned = try #require(NetworkFileScanner.file(data))
            #expect(scanned == (try JSONDecoder().decode(NetworkJSON.File.self, from: data)))
        }
    }

    // MARK: Helpers

    static let row = #"{"document": "d", "sentence": 2, "text": "A met B."}"#

    static func version2File(ref: String?, rows: [String] = [row], extra: String = "") -> Data {
        Data("""
            {"format": "actor-graph/2", "nodes": [{"id": "A", "label": "A", "kind": "country", "mentions": 1},
             {"id": "B", "label": "B", "kind": "country", "mentions": 1}],
             "edges": [{"source": "A", "target": "B", "kind": "relation", "weight": 1, "evidence": [{"document": "d",
              "sentence": 2\(ref.map { #", "ref": \#($0)"# } ?? ""), "stance": 0\(extra)}]}],
             "sentences": [\(rows.joined(separator: ",\n  "))]}
            """.utf8)
    }

    static func version1File(evidence: String, sentences: String? = nil) -> Data {
        Data("""
            {"format": "actor-graph/1", "nodes": [{"id": "A", "label": "A", "kind": "country", "mentions": 1},
             {"id": "B", "label": "B", "kind": "country", "mentions": 1}],
             "edges": [{"source": "A", "target": "B", "kind": "relation", "weight": 1, "evidence": [\(evidence)]}]\
            \(sentences.map { ", \"sentences\": \($0)" } ?? "")}
            """.utf8)
    }
}
