import Foundation
import Testing

@testable import ActorGraphCore

/// The scanner reads evidence items and counts as `JSONDecoder` reads their `Codable` forms.
@Suite struct JSONScannerTests {
    static let items = [
        Evidence(document: "a.txt", sentence: 3, date: "2021-04-15", stance: -0.45, cue: "condemn*", text: "Russia condemned \"it\"."),
        Evidence(
            document: "news.jsonl:12", sentence: 0, stance: 0.15, cue: "sanction*", negated: true, cueRange: 4..<13,
            source: "USA", target: "IRN", text: "Not sanctioned: 🇮🇷 Iran\nagain", people: ["hassan-rouhani"]),
        Evidence(document: "b", sentence: 1, stance: 0, text: ""),
    ]

    func scanned<T>(_ data: Data, _ read: (inout JSONScanner) throws(JSONScanner.Unread) -> T) -> T? {
        data.withUnsafeBytes { raw in
            var scanner = JSONScanner(raw.bindMemory(to: UInt8.self))
            guard let value = try? read(&scanner), scanner.isAtEnd() else { return nil }
            return value
        }
    }

    @Test(arguments: items)
    func evidenceReadsAsJSONDecoderReadsIt(item: Evidence) throws {
        let data = try JSONEncoder().encode(item)
        let decoded = try JSONDecoder().decode(Evidence.self, from: data)
        #expect(decoded == item)
        #expect(scanned(data) { scanner throws(JSONScanner.Unread) in try scanner.inlineEvidence() } == item)
    }

    @Test func countsReadAsJSONDecoderReadsThem() throws {
        var tally = StanceTally()
        for stance in [0.3, -0.6137, 0.05] { tally.add(stance) }
        let data = try JSONEncoder().encode(tally)
        #expect(try JSONDecoder().decode(StanceTally.self, from: data) == tally)
        #expect(scanned(data) { scanner throws(JSONScanner.Unread) in try scanner.stanceTally() } == tally)
    }

    @Test(arguments: [
        #"{"document": "a", "sentence": 1.5, "stance": 0, "text": ""}"#,  // a fraction for a count
        #"{"document": "a", "sentence": 1, "stance": 0}"#,  // no text
        #"{"document": "a", "document": "b", "sentence": 1, "stance": 0, "text": ""}"#,  // a key twice
        #"{"document": "a", "sentence": 1, "stance": 0, "text": "", "cue_range": [5, 2]}"#,  // a range backwards
    ])
    func whatTheScannerDoesNotReadIsLeftToJSONDecoder(text: String) {
        #expect(scanned(Data(text.utf8)) { scanner throws(JSONScanner.Unread) in try scanner.inlineEvidence() } == nil)
    }
}
