import Foundation

/// Reads and writes `network.json`, the `actor-graph/2` format of `Docs/Formats.md` (and reads `actor-graph/1`).
///
/// The file stores each evidence sentence once, in the top-level `sentences` table; an evidence item names its
/// sentence by `document` and `sentence` and refers to its row of the table by `ref`. The JSON of a single edge or
/// evidence item (`value(of:)`, what the query commands print) keeps the sentence's text and date inline, as
/// `actor-graph/1` did.
public enum NetworkJSON {
    /// The network as the JSON value written to `network.json`, with the analysis section when one is given.
    public static func value(of network: Network, analysis: NetworkAnalysis? = nil) -> JSONValue {
        let table = SentenceTable(network)
        return .object([
            ("format", .string(Network.format)),
            ("corpus", value(of: network.corpus)),
            ("nodes", .array(network.nodes.map(value(of:)))),
            ("edges", .array(network.edges.map { storedValue(of: $0, in: table) })),
            ("sentences", .array(table.sentences.map(value(of:)))),
            ("analysis", analysis.map(AnalysisJSON.value(of:))),
            ("folded", network.folded.isEmpty ? nil : .array(network.folded.map(value(of:)))),
        ])
    }

    public static func value(of corpus: Network.Corpus) -> JSONValue {
        .object([
            ("documents", .int(corpus.documents)),
            ("sentences", .int(corpus.sentences)),
            ("dates", corpus.dates.map { .array([.string($0.lowerBound), .string($0.upperBound)]) }),
        ])
    }

    public static func value(of node: Node) -> JSONValue {
        .object([
            ("id", .string(node.id)),
            ("label", .string(node.label)),
            ("kind", .string(node.kind.rawValue)),
            ("affiliation", node.affiliation.map(JSONValue.string)),
            ("mentions", .int(node.mentions)),
            ("aliases", node.aliases.isEmpty ? nil : .array(node.aliases.map(JSONValue.string))),
        ])
    }

    /// An edge with its evidence items whole (text and date inline), as the query commands print it.
    public static func value(of edge: Edge) -> JSONValue {
        value(of: edge, evidence: value(of:))
    }

    /// An edge as `network.json` stores it: its evidence items refer to `table` for their text and date.
    static func storedValue(of edge: Edge, in table: SentenceTable) -> JSONValue {
        value(of: edge) { storedValue(of: $0, ref: table.ref(of: $0)) }
    }

    private static func value(of edge: Edge, evidence: (Evidence) -> JSONValue) -> JSONValue {
        .object([
            ("source", .string(edge.source)),
            ("target", .string(edge.target)),
            ("kind", .string(edge.kind.rawValue)),
            ("weight", .int(edge.weight)),
            ("positive", .int(edge.positive)),
            ("negative", .int(edge.negative)),
            ("stance", .double(edge.stance)),
            ("sign", .int(edge.sign)),
            ("timeline", edge.timeline.isEmpty ? nil : .array(edge.timeline.map(value(of:)))),
            ("evidence", .array(edge.evidence.map(evidence))),
        ])
    }

    public static func value(of period: StancePeriod) -> JSONValue {
        .object([
            ("month", .string(period.month)),
            ("weight", .int(period.weight)),
            ("positive", .int(period.positive)),
            ("negative", .int(period.negative)),
            ("stance", .double(period.stance)),
        ])
    }

    /// An evidence item whole, with its sentence's text and date, as the query commands print it (and as
    /// `actor-graph/1` stored it).
    public static func value(of evidence: Evidence) -> JSONValue {
        .object([
            ("document", .string(evidence.document)),
            ("sentence", .int(evidence.sentence)),
            ("date", evidence.date.map(JSONValue.string)),
            ("stance", .double(evidence.stance)),
            ("cue", evidence.writtenCue.map(JSONValue.string)),
            ("source", evidence.source.map(JSONValue.string)),
            ("target", evidence.target.map(JSONValue.string)),
            ("text", .string(evidence.text)),
            ("people", evidence.people.isEmpty ? nil : .array(evidence.people.map(JSONValue.string))),
            ("cue_range", evidence.cueRange.map { .array([.int($0.lowerBound), .int($0.upperBound)]) }),
        ])
    }

    /// An evidence item as `network.json` stores it: without `text` and `date`, which are row `ref` of `sentences`.
    static func storedValue(of evidence: Evidence, ref: Int) -> JSONValue {
        .object([
            ("document", .string(evidence.document)),
            ("sentence", .int(evidence.sentence)),
            ("ref", .int(ref)),
            ("stance", .double(evidence.stance)),
            ("cue", evidence.writtenCue.map(JSONValue.string)),
            ("source", evidence.source.map(JSONValue.string)),
            ("target", evidence.target.map(JSONValue.string)),
            ("people", evidence.people.isEmpty ? nil : .array(evidence.people.map(JSONValue.string))),
            ("cue_range", evidence.cueRange.map { .array([.int($0.lowerBound), .int($0.upperBound)]) }),
        ])
    }

    /// A row of the `sentences` table.
    static func value(of sentence: Sentence) -> JSONValue {
        .object([
            ("document", .string(sentence.document)),
            ("sentence", .int(sentence.sentence)),
            ("date", sentence.date.map(JSONValue.string)),
            ("text", .string(sentence.text)),
        ])
    }

    /// The text of `network.json`: readable layout, one node or evidence item per line, a final newline.
    public static func encode(_ network: Network, analysis: NetworkAnalysis? = nil) -> String {
        String(decoding: encodedData(network, analysis: analysis), as: UTF8.self)
    }

    /// The UTF-8 bytes of ``encode(_:analysis:)``, the same text as `value(of:analysis:)` rendered, made one node
    /// and one edge at a time and never held as a `String`.
    public static func encodedData(_ network: Network, analysis: NetworkAnalysis? = nil) -> Data {
        var data = Data()
        write(network, analysis: analysis) { data.append($0) }
        return data
    }

    /// The bytes of ``encodedData(_:analysis:)`` given to `write` in pieces of about a megabyte, in order: what
    /// `graph build` writes to its file, never holding the whole text (25 MB for 115 MB of news).
    public static func write(
        _ network: Network, analysis: NetworkAnalysis? = nil, into write: (Data) throws -> Void
    ) rethrows {
        let table = SentenceTable(network)
        try JSONValue.renderReadable([
            ("format", .value(.string(Network.format))),
            ("corpus", .value(value(of: network.corpus))),
            ("nodes", .containers(count: network.nodes.count) { value(of: network.nodes[$0]) }),
            ("edges", .containers(count: network.edges.count) { storedValue(of: network.edges[$0], in: table) }),
            ("sentences", .containers(count: table.sentences.count) { value(of: table.sentences[$0]) }),
            ("analysis", .value(analysis.map(AnalysisJSON.value(of:)))),
            ("folded", network.folded.isEmpty ? .value(nil) : .containers(count: network.folded.count) {
                value(of: network.folded[$0])
            }),
        ], into: write)
        try write(Data("\n".utf8))
    }

    /// Parses `network.json` text (`actor-graph/2` or `actor-graph/1`), checking the format tag, that every edge
    /// names known nodes in order, its counts, sign and stances, that every evidence item of a version 2 file finds
    /// its sentence in the `sentences` table (which lists each sentence once), and that the weights add up to no
    /// more than ``Network/weightLimit``.
    public static func decode(_ data: Data) throws -> Network {
        let file: File
        do {
            file = try NetworkFileScanner.file(data) ?? JSONDecoder().decode(File.self, from: data)
        } catch let error as DecodingError {
            throw NetworkFileError.malformed(Self.describe(error, in: data))
        } catch {
            throw NetworkFileError.malformed(error.localizedDescription)
        }
        guard Network.readableFormats.contains(file.format) else {
            throw NetworkFileError.unsupportedFormat(file.format)
        }
        // Version 1 keeps each sentence's text in its evidence items and has no table (a `sentences` key is ignored).
        let sentences = file.format == Network.format ? try Self.sentences(file.sentences ?? []) : nil
        let ids = Set(file.nodes.map(\.id))
        guard ids.count == file.nodes.count else {
            throw NetworkFileError.malformed("two nodes share an id")
        }
        let folded = file.folded ?? []
        guard Set(folded.map(\.id)).count == folded.count, !folded.contains(where: { ids.contains($0.id) }) else {
            throw NetworkFileError.malformed("a folded person shares an id with a node or another folded person")
        }
        var edges: [Edge] = []
        edges.reserveCapacity(file.edges.count)
        var totalWeight = WeightTotal()
        for edge in file.edges {
            for end in [edge.source, edge.target] where !ids.contains(end) {
                throw NetworkFileError.malformed(
                    "edge \(edge.source)–\(edge.target) names \"\(end)\", which is not a node")
            }
            guard edge.source < edge.target else {
                throw NetworkFileError.malformed(
                    "edge \(edge.source)–\(edge.target): source must sort before target")
            }
            let evidence: [Evidence]
            do throws(FileEvidence.Unresolved) {
                evidence = try (edge.evidence ?? []).map { item throws(FileEvidence.Unresolved) in
                    try item.evidence(in: sentences)
                }
            } catch {
                throw NetworkFileError.malformed("edge \(edge.source)–\(edge.target): \(error.reason)")
            }
            if let problem = edge.problem(evidence) {
                throw NetworkFileError.malformed("edge \(edge.source)–\(edge.target): \(problem)")
            }
            guard totalWeight.add(edge.weight) else {
                throw NetworkFileError.malformed(
                    "edge \(edge.source)–\(edge.target): \(WeightTotal.excess(edge.weight))")
            }
            edges.append(Edge(
                source: edge.source, target: edge.target, kind: edge.kind, weight: edge.weight,
                positive: edge.positive ?? 0, negative: edge.negative ?? 0, stance: edge.stance ?? 0,
                sign: edge.sign ?? 0, evidence: evidence, timeline: edge.timeline ?? []))
        }
        return Network(
            corpus: file.corpus ?? .init(documents: 0, sentences: 0), nodes: file.nodes, edges: edges, folded: folded)
    }

    /// The `sentences` table of a version 2 file, refused when a row repeats another: the table lists each sentence
    /// once.
    private static func sentences(_ rows: [Sentence]) throws -> [Sentence] {
        var first: [Sentence: Int] = [:]
        first.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            if let earlier = first.updateValue(index, forKey: row) {
                throw NetworkFileError.malformed(
                    "sentences[\(index)] repeats sentences[\(earlier)] (sentence \(row.sentence) of "
                        + "\"\(row.document)\"): the table lists each sentence once")
            }
        }
        return rows
    }

    /// Reads a network file, with errors that name the file and say what to do.
    public static func read(from url: URL) throws -> Network {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw NetworkFileError.missing(url.path)
        }
        do {
            return try decode(data)
        } catch let error as NetworkFileError {
            throw error.naming(url.path)
        }
    }

    struct File: Decodable, Equatable {
        var format: String
        var corpus: Network.Corpus?
        var nodes: [Node]
        var edges: [FileEdge]
        /// The table of sentences of a version 2 file; nil when the file has none.
        var sentences: [Sentence]?
        var folded: [Node]?
    }

    /// A sentence as the `sentences` table of `actor-graph/2` stores it, once however many evidence items quote it.
    /// Two rows may share `document` and `sentence` (two inputs of the same name), never all four fields.
    struct Sentence: Hashable, Decodable {
        var document: String
        var sentence: Int
        var date: String?
        var text: String

        init(document: String, sentence: Int, date: String?, text: String) {
            self.document = document
            self.sentence = sentence
            self.date = date
            self.text = text
        }

        init(_ evidence: Evidence) {
            self.init(document: evidence.document, sentence: evidence.sentence, date: evidence.date, text: evidence.text)
        }

        /// The table's order: by document, then sentence number, then text and date (for two inputs of one name).
        static func precedes(_ x: Sentence, _ y: Sentence) -> Bool {
            if x.document != y.document { return x.document < y.document }
            if x.sentence != y.sentence { return x.sentence < y.sentence }
            if x.text != y.text { return x.text < y.text }
            return (x.date == nil ? 0 : 1, x.date ?? "") < (y.date == nil ? 0 : 1, y.date ?? "")
        }
    }

    /// The `sentences` table a network is written with: every sentence its evidence quotes, once, in
    /// ``Sentence/precedes(_:_:)`` order, and the row of each.
    struct SentenceTable {
        let sentences: [Sentence]
        private let rows: [Sentence: Int]

        init(_ network: Network) {
            var unique = Set<Sentence>()
            for edge in network.edges {
                for item in edge.evidence { unique.insert(Sentence(item)) }
            }
            sentences = unique.sorted(by: Sentence.precedes)
            rows = Dictionary(uniqueKeysWithValues: sentences.enumerated().map { ($1, $0) })
        }

        /// The row of `evidence`'s sentence; `evidence` is one of the network's the table was made from.
        func ref(of evidence: Evidence) -> Int {
            rows[Sentence(evidence)]!
        }
    }

    /// An evidence item as stored: in version 2 with `ref` (its row of `sentences`) and without `text` and `date`,
    /// in version 1 the other way round. Fields of the other version are ignored.
    struct FileEvidence: Decodable, Equatable {
        var document: String
        var sentence: Int
        var ref: Int?
        var date: String?
        var stance: Double
        var cue: String?
        var negated: Bool
        var cueRange: Range<Int>?
        var source: String?
        var target: String?
        var text: String?
        var people: [String]

        /// Why an item is not a whole evidence item.
        struct Unresolved: Error {
            var reason: String
        }

        init(
            document: String, sentence: Int, ref: Int?, date: String?, stance: Double, writtenCue: String?,
            cueRange: Range<Int>?, source: String?, target: String?, text: String?, people: [String]
        ) {
            self.document = document
            self.sentence = sentence
            self.ref = ref
            self.date = date
            self.stance = stance
            (cue, negated) = Evidence.cue(written: writtenCue)
            self.cueRange = cueRange
            self.source = source
            self.target = target
            self.text = text
            self.people = people
        }

        private enum CodingKeys: String, CodingKey {
            case document, sentence, ref, date, stance, cue, source, target, text, people
            case cueRange = "cue_range"
        }

        init(from decoder: any Decoder) throws {
            let fields = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                document: try fields.decode(String.self, forKey: .document),
                sentence: try fields.decode(Int.self, forKey: .sentence),
                ref: try fields.decodeIfPresent(Int.self, forKey: .ref),
                date: try fields.decodeIfPresent(String.self, forKey: .date),
                stance: try fields.decode(Double.self, forKey: .stance),
                writtenCue: try fields.decodeIfPresent(String.self, forKey: .cue),
                cueRange: try fields.decodeIfPresent(Range<Int>.self, forKey: .cueRange),
                source: try fields.decodeIfPresent(String.self, forKey: .source),
                target: try fields.decodeIfPresent(String.self, forKey: .target),
                text: try fields.decodeIfPresent(String.self, forKey: .text),
                people: try fields.decodeIfPresent([String].self, forKey: .people) ?? [])
        }

        /// The evidence item, its text and date taken from row `ref` of `sentences` (version 2), or from the item
        /// itself when `sentences` is nil (version 1).
        func evidence(in sentences: [Sentence]?) throws(Unresolved) -> Evidence {
            let name = "sentence \(sentence) of \"\(document)\""
            let text: String, date: String?
            if let sentences {
                guard let ref else {
                    throw Unresolved(reason: "the evidence of \(name) has no \"ref\" to its row of sentences")
                }
                guard sentences.indices.contains(ref) else {
                    throw Unresolved(
                        reason: "the evidence of \(name) refers to sentences[\(ref)], which is missing "
                            + "(the table has \(sentences.count) rows)")
                }
                let row = sentences[ref]
                guard row.document == document, row.sentence == sentence else {
                    throw Unresolved(
                        reason: "the evidence of \(name) refers to sentences[\(ref)], which is sentence "
                            + "\(row.sentence) of \"\(row.document)\"")
                }
                (text, date) = (row.text, row.date)
            } else {
                guard let own = self.text else {
                    throw Unresolved(reason: "the evidence of \(name) has no \"text\"")
                }
                (text, date) = (own, self.date)
            }
            return Evidence(
                document: document, sentence: sentence, date: date, stance: stance, cue: cue, negated: negated,
                cueRange: cueRange, source: source, target: target, text: text, people: people)
        }
    }

    /// An edge as stored; counts other than `weight` may be missing in files made by other tools.
    struct FileEdge: Decodable, Equatable {
        var source: String
        var target: String
        var kind: EdgeKind
        var weight: Int
        var positive: Int?
        var negative: Int?
        var stance: Double?
        var sign: Int?
        var evidence: [FileEvidence]?
        var timeline: [StancePeriod]?

        /// What makes the edge, with its `evidence` resolved, impossible, if anything: the analysis relies on signs
        /// in {-1, 0, 1}, counts that are not negative and stances in [-1, 1], and would stop on anything else.
        func problem(_ evidence: [Evidence]) -> String? {
            if let sign, ![-1, 0, 1].contains(sign) { return "sign \(sign) is not -1, 0 or 1" }
            if weight < 0 { return "weight \(weight) is negative" }
            if let positive, positive < 0 { return "positive \(positive) is negative" }
            if let negative, negative < 0 { return "negative \(negative) is negative" }
            if let stance, !(-1...1).contains(stance) { return "stance \(stance) is outside [-1, 1]" }
            if let bad = evidence.first(where: { !(-1...1).contains($0.stance) }) {
                return "evidence stance \(bad.stance) is outside [-1, 1]"
            }
            if let bad = evidence.first(where: { $0.cueRange != nil && $0.cueBounds == nil }),
                let range = bad.cueRange
            {
                return "evidence cue_range [\(range.lowerBound), \(range.upperBound)] does not fall between characters "
                    + "of its text (\(bad.text.utf8.count) bytes)"
            }
            return nil
        }
    }

    private static func describe(_ error: DecodingError, in data: Data) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "" : " at \(keys.hasPrefix(".") ? String(keys.dropFirst()) : keys)"
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            // Foundation on Linux reports a fraction where a whole number belongs as corrupt data, with no path.
            return fractionalCount(in: data) ?? ("not valid JSON" + syntaxProblem(in: data))
        case .dataCorrupted(let context):
            return "invalid value\(path(context)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "missing field \"\(key.stringValue)\"\(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "unexpected value\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    /// The first count (a field that holds a whole number) given with a fraction, as "edges[3].weight is 2.5, not
    /// a whole number", or nil when the text is not JSON or has none.
    private static func fractionalCount(in data: Data) -> String? {
        guard let file = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        func check(_ object: Any?, at path: String, _ fields: [String]) -> String? {
            guard let object = object as? [String: Any] else { return nil }
            for field in fields {
                if let number = object[field] as? Double, number != number.rounded() {
                    return "\(path)\(field) is \(number), not a whole number"
                }
            }
            return nil
        }
        func list(_ key: String, _ fields: [String]) -> String? {
            let items = file[key] as? [Any] ?? []
            return items.indices.lazy.compactMap { check(items[$0], at: "\(key)[\($0)].", fields) }.first
        }
        return check(file["corpus"], at: "corpus.", ["documents", "sentences"])
            ?? list("nodes", ["mentions"])
            ?? list("edges", ["weight", "positive", "negative", "sign"])
            ?? list("sentences", ["sentence"])
    }

    /// What is wrong with text that is not JSON, and where. `JSONDecoder` on Linux says only that the data is not
    /// valid JSON; `JSONSerialization` names the fault and its byte offset ("around character 38", "Invalid UTF-8").
    private static func syntaxProblem(in data: Data) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)
        } catch {
            if let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String { return ": " + detail }
        }
        return ""
    }
}

/// Why a network file could not be used.
public enum NetworkFileError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case malformed(String)
    case unsupportedFormat(String)
    case inFile(String, String)

    public var description: String {
        switch self {
        case .missing(let path):
            "no network file at \(path): run `graph build` first, or name one with --graph FILE"
        case .malformed(let why):
            "not a network file: \(why)"
        case .unsupportedFormat(let format):
            "unsupported network format \"\(format)\" (expected \"\(Network.format)\", or \"actor-graph/1\" as earlier "
                + "versions wrote it)"
        case .inFile(let path, let why):
            "\(path) is \(why); rebuild it with `graph build`"
        }
    }

    func naming(_ path: String) -> NetworkFileError {
        switch self {
        case .missing, .inFile: self
        case .malformed: .inFile(path, description)
        case .unsupportedFormat: .inFile(path, "in an \(description)")
        }
    }
}
