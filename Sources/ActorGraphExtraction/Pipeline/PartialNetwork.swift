import ActorGraphCore
import Foundation

/// What `graph extract` writes for some of a corpus's articles, and `graph merge` adds up with the partials of the
/// rest: everything a build keeps of them (``NetworkBuilder``), exact, with what they were extracted with.
///
/// The file (format `actorgraph-partial`, version 1) is UTF-8 JSON, one object per line, each with one key that
/// says what the line holds:
///
/// - `partial`, first: the format and version, the ``ExtractionFingerprint``, the counts of documents, sentences
///   and articles left out by date, the first and last dates, and the `--since` and `--until` the articles were
///   kept for;
/// - `input`, one per input read or skipped, in ``InputKey`` order: the name it was read under, its line (0 for a
///   whole file), its line of `documents.jsonl` as a string, and for a skipped input its name and the reason;
/// - `actor`, by id: how many times the documents name it, and for a grouping the dates of those documents;
/// - `person`, by id, for people the gazetteer does not list: how many documents give each label and each
///   affiliation, and the first of them by name;
/// - `pair`, by the two ids: the sentence counts and the sum of stances in ten-thousandths, overall and by month,
///   and every sentence as `network.json` writes evidence, by document and sentence.
///
/// Counts add up and lists are sorted, so a partial made of merged partials has the same bytes whatever order and
/// grouping they were merged in, and one made of all of a corpus's articles the same as any merge of its parts.
public struct PartialNetwork {
    public static let format = "actorgraph-partial"
    public static let version = 1

    public private(set) var builder: NetworkBuilder
    public let fingerprint: ExtractionFingerprint
    /// The dates the articles were kept for (`--since`, `--until`).
    public let dates: DateRange

    /// - Parameter builder: a partial builder (``NetworkBuilder/partial(gazetteer:)``).
    public init(builder: NetworkBuilder, fingerprint: ExtractionFingerprint, dates: DateRange = .all) {
        precondition(builder.keyed != nil, "a partial network needs a partial builder")
        self.builder = builder
        self.fingerprint = fingerprint
        self.dates = dates
    }

    /// Adds `other`'s articles.
    /// - Throws: ``PartialNetworkError/mismatch(file:parts:)`` when it was extracted with another tool, gazetteer,
    ///   lexicon or parser model, or ``PartialNetworkError/otherDates(file:dates:expected:)`` for other dates.
    public mutating func merge(_ other: PartialNetwork, named name: String) throws {
        try other.check(against: fingerprint, named: name)
        guard other.dates == dates else {
            throw PartialNetworkError.otherDates(file: name, dates: other.dates, expected: dates)
        }
        builder.merge(other.builder)
    }

    /// - Throws: ``PartialNetworkError/mismatch(file:parts:)`` when this partial was extracted with another
    ///   fingerprint than `expected` (the merging program's own).
    public func check(against expected: ExtractionFingerprint, named name: String) throws {
        let differences = fingerprint.differences(from: expected)
        guard differences.isEmpty else { throw PartialNetworkError.mismatch(file: name, parts: differences) }
    }

    /// The build of every article merged.
    /// - Throws: ``PartialNetworkError/noArticles(skipped:)`` when none was read; what ``checkInputsOnce()`` throws.
    public func build() throws -> CorpusBuild {
        try checkInputsOnce()
        guard builder.documentCount > 0 else { throw PartialNetworkError.noArticles(skipped: builder.skipped.count) }
        return try CorpusBuild.finished(builder, paths: [], dates: dates)
    }

    /// - Throws: ``PartialNetworkError/repeatedInput(_:)`` when two merged partials hold the same input (the same
    ///   file, or line of a file, extracted twice), which would count its sentences twice.
    public func checkInputsOnce() throws {
        let keys = (builder.keyed ?? []).map(\.key).sorted()
        if let (repeated, _) = zip(keys, keys.dropFirst()).first(where: { $0 == $1 }) {
            throw PartialNetworkError.repeatedInput(repeated)
        }
    }

    /// The file's bytes, given a piece at a time to `write`.
    public func write(into write: (Data) throws -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func line(_ value: Line) throws {
            var data = try encoder.encode(value)
            data.append(UInt8(ascii: "\n"))
            try write(data)
        }
        let span = builder.dates.map { [$0.lowerBound, $0.upperBound] }
        try line(.partial(Header(
            format: Self.format, version: Self.version, fingerprint: fingerprint, documents: builder.documentCount,
            sentences: builder.sentenceCount, outOfRange: builder.outOfRange, dates: span, since: self.dates.since,
            until: self.dates.until)))
        for input in (builder.keyed ?? []).sorted() {
            try line(.input(Input(
                name: input.key.name, line: input.key.line, record: input.line,
                skipped: input.skipped.map { Skipped(name: $0.name, reason: $0.reason) })))
        }
        for (id, count) in builder.mentions.sorted(by: { $0.key < $1.key }) {
            try line(.actor(ActorCount(id: id, mentions: count, groupingDates: builder.groupingDates[id]?.sorted())))
        }
        for record in builder.unlisted.records {
            try line(.person(record))
        }
        for (key, tally) in builder.edges.sorted(by: { $0.key < $1.key }) {
            // The same document may be read twice (the same file in two parts): its sentences then sort by content.
            let evidence = try tally.evidence.sorted { x, y in
                guard (x.document, x.sentence) == (y.document, y.sentence) else {
                    return (x.document, x.sentence) < (y.document, y.sentence)
                }
                return try encoder.encode(x).lexicographicallyPrecedes(try encoder.encode(y))
            }
            try line(.pair(Pair(a: key.a, b: key.b, total: tally.total, months: tally.months, evidence: evidence)))
        }
    }

    /// Reads the partial network in `url`, for a build with `gazetteer`.
    /// - Throws: ``PartialNetworkError`` when the file cannot be read or is not a partial network this tool
    ///   writes, naming the file and line.
    public static func read(_ url: URL, gazetteer: Gazetteer) throws -> PartialNetwork {
        let name = url.path
        var builder = NetworkBuilder.partial(gazetteer: gazetteer)
        var fingerprint: ExtractionFingerprint?
        var kept = DateRange.all
        var people: [UnlistedPeople.Record] = []
        func apply(_ value: Line, number: Int) throws {
            if case .partial(let header) = value {
                guard number == 1, header.format == format else { throw PartialNetworkError.notPartial(file: name) }
                guard header.version == version else {
                    throw PartialNetworkError.unsupportedVersion(file: name, version: header.version)
                }
                fingerprint = header.fingerprint
                guard let dates = try? DateRange(since: header.since, until: header.until) else {
                    throw PartialNetworkError.malformed(file: name, line: 1, problem: "its since and until are no dates")
                }
                kept = dates
                builder.documentCount = header.documents
                builder.sentenceCount = header.sentences
                builder.outOfRange = header.outOfRange
                if let dates = header.dates, dates.count == 2, dates[0] <= dates[1] { builder.dates = dates[0]...dates[1] }
                return
            }
            guard fingerprint != nil else { throw PartialNetworkError.notPartial(file: name) }
            switch value {
            case .partial: break
            case .input(let input):
                builder.keyed?.append(KeyedInput(
                    key: InputKey(name: input.name, line: input.line), line: input.record,
                    skipped: input.skipped.map { SkippedInput(name: $0.name, reason: $0.reason) }))
            case .actor(let actor):
                builder.mentions[actor.id] = actor.mentions
                if let dates = actor.groupingDates { builder.groupingDates[actor.id] = Set(dates) }
            case .person(let record):
                people.append(record)
            case .pair(let pair):
                builder.edges[PairKey(a: pair.a, b: pair.b)] = Tally(
                    total: pair.total, months: pair.months, evidence: pair.evidence)
            }
        }
        // Lines are decoded a block at a time on every core (decoding is most of the time a read takes), and
        // applied in order.
        var block: [(bytes: Data, number: Int)] = []
        func applyBlock() throws {
            let lines = block
            let decoded = concurrentMap(count: lines.count, workers: ProcessInfo.processInfo.activeProcessorCount) {
                index -> Result<Line, PartialNetworkError> in
                let (bytes, number) = lines[index]
                if let line = Self.scan(bytes) { return .success(line) }
                do {
                    return .success(try JSONDecoder().decode(Line.self, from: bytes))
                } catch {
                    return .failure(number == 1
                        ? .notPartial(file: name) : .malformed(file: name, line: number, problem: Self.problem(error)))
                }
            }
            for (line, value) in zip(lines, decoded) { try apply(try value.get(), number: line.number) }
            block.removeAll(keepingCapacity: true)
        }
        let readable = try JSONLinesFile(path: url.path, name: url.lastPathComponent).eachLine { bytes, number in
            block.append((Data(bytes), number))
            if block.count == 1024 || number == 1 { try applyBlock() }
        }
        try applyBlock()
        guard readable else { throw PartialNetworkError.unreadable(file: name, reason: String(cString: strerror(errno))) }
        guard let fingerprint else { throw PartialNetworkError.notPartial(file: name) }
        builder.unlisted = UnlistedPeople(records: people)
        return PartialNetwork(builder: builder, fingerprint: fingerprint, dates: kept)
    }

    /// The line `bytes` holds, read by a ``JSONScanner`` (the fast path), or nil for `JSONDecoder` to read or to
    /// name the fault.
    private static func scan(_ bytes: Data) -> Line? {
        bytes.withUnsafeBytes { raw in
            var scanner = JSONScanner(raw.bindMemory(to: UInt8.self))
            guard let line = try? scanner.partialLine(), scanner.isAtEnd() else { return nil }
            return line
        }
    }

    /// Whether the fast path reads `line` by itself: every line this type writes (a test holds it to that), so that
    /// `JSONDecoder` reads only lines another program wrote, or damaged ones, to name the fault.
    static func isReadPlainly(_ line: Data) -> Bool {
        scan(line) != nil
    }

    /// What a decoding error says, in a line.
    private static func problem(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "no \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "a value of the wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty: return "not JSON"
        case DecodingError.dataCorrupted(let context): return context.debugDescription
        default: return "\(error)"
        }
    }

    fileprivate struct Header: Codable, Sendable {
        var format: String
        var version: Int
        var fingerprint: ExtractionFingerprint
        var documents: Int
        var sentences: Int
        var outOfRange: Int
        var dates: [String]?
        var since: String?
        var until: String?
    }

    fileprivate struct Input: Codable, Sendable {
        var name: String
        var line: Int
        var record: String
        var skipped: Skipped?
    }

    fileprivate struct Skipped: Codable, Sendable {
        var name: String
        var reason: String
    }

    fileprivate struct ActorCount: Codable, Sendable {
        var id: String
        var mentions: Int
        var groupingDates: [String]?
    }

    fileprivate struct Pair: Codable, Sendable {
        var a: String
        var b: String
        var total: StanceTally
        var months: [String: StanceTally]
        var evidence: [Evidence]
    }

    /// A line of the file: an object with one key naming what it holds.
    fileprivate enum Line: Codable, Sendable {
        case partial(Header)
        case input(Input)
        case actor(ActorCount)
        case person(UnlistedPeople.Record)
        case pair(Pair)

        private enum Kind: String, CodingKey {
            case partial, input, actor, person, pair
        }

        init(from decoder: any Decoder) throws {
            let fields = try decoder.container(keyedBy: Kind.self)
            guard fields.allKeys.count == 1, let kind = fields.allKeys.first else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: [], debugDescription: "not one of partial, input, actor, person, pair"))
            }
            switch kind {
            case .partial: self = .partial(try fields.decode(Header.self, forKey: kind))
            case .input: self = .input(try fields.decode(Input.self, forKey: kind))
            case .actor: self = .actor(try fields.decode(ActorCount.self, forKey: kind))
            case .person: self = .person(try fields.decode(UnlistedPeople.Record.self, forKey: kind))
            case .pair: self = .pair(try fields.decode(Pair.self, forKey: kind))
            }
        }

        func encode(to encoder: any Encoder) throws {
            var fields = encoder.container(keyedBy: Kind.self)
            switch self {
            case .partial(let header): try fields.encode(header, forKey: .partial)
            case .input(let input): try fields.encode(input, forKey: .input)
            case .actor(let actor): try fields.encode(actor, forKey: .actor)
            case .person(let person): try fields.encode(person, forKey: .person)
            case .pair(let pair): try fields.encode(pair, forKey: .pair)
            }
        }
    }
}

/// Why partial networks cannot be read or merged.
public enum PartialNetworkError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case notPartial(file: String)
    case unsupportedVersion(file: String, version: Int)
    case malformed(file: String, line: Int, problem: String)
    case mismatch(file: String, parts: [String])
    case otherDates(file: String, dates: DateRange, expected: DateRange)
    case noArticles(skipped: Int)
    case repeatedInput(InputKey)

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot be read (\(reason))"
        case let .notPartial(file):
            return "\(file) is not a partial network: give files that `graph extract` wrote"
        case let .unsupportedVersion(file, version):
            return "\(file) is a partial network of version \(version); this graph reads version "
                + "\(PartialNetwork.version): extract its articles again with this graph"
        case let .malformed(file, line, problem):
            return "\(file): line \(line) is damaged (\(problem)); extract its articles again"
        case let .otherDates(file, dates, expected):
            return "\(file) keeps the articles dated \(dates), the partials before it those dated \(expected): extract "
                + "every part with the same --since and --until"
        case let .noArticles(skipped):
            return "the partial networks hold no article read (\(skipped) inputs skipped): nothing to build"
        case let .repeatedInput(key):
            let input = key.line > 0 ? "line \(key.line) of \(key.name)" : key.name
            return "\(input) is in two of the partial networks: each part of the corpus must be extracted once"
        case let .mismatch(file, parts):
            return "\(file) was extracted with another \(parts.joined(separator: ", ")) than the first partial or "
                + "this graph: extract every part with the same graph and options"
        }
    }
}

/// The lines of a partial network, read field by field (``PartialNetwork/read(_:gazetteer:)``'s fast path); the
/// fields and their meaning are those of the `Codable` forms above.
extension JSONScanner {
    fileprivate mutating func partialLine() throws(Unread) -> PartialNetwork.Line {
        var line: PartialNetwork.Line?
        try object { scanner, key throws(Unread) in
            guard line == nil else { throw Unread() }
            switch key {
            case "partial": line = .partial(try scanner.partialHeader())
            case "input": line = .input(try scanner.partialInput())
            case "actor": line = .actor(try scanner.partialActor())
            case "person": line = .person(try scanner.partialPerson())
            case "pair": line = .pair(try scanner.partialPair())
            default: throw Unread()
            }
        }
        guard let line else { throw Unread() }
        return line
    }

    private mutating func partialHeader() throws(Unread) -> PartialNetwork.Header {
        var format: String?, version: Int?, fingerprint: ExtractionFingerprint?, documents: Int?, sentences: Int?
        var outOfRange: Int?, dates: [String]?, since: String?, until: String?
        try object { scanner, key throws(Unread) in
            switch key {
            case "format": format = try scanner.string()
            case "version": version = try scanner.int()
            case "fingerprint": fingerprint = try scanner.fingerprint()
            case "documents": documents = try scanner.int()
            case "sentences": sentences = try scanner.int()
            case "outOfRange": outOfRange = try scanner.int()
            case "dates": dates = try scanner.nullOrArray { scanner throws(Unread) in try scanner.string() }
            case "since": since = try scanner.nullOr { scanner throws(Unread) in try scanner.string() }
            case "until": until = try scanner.nullOr { scanner throws(Unread) in try scanner.string() }
            default: try scanner.skipValue()
            }
        }
        guard let format, let version, let fingerprint, let documents, let sentences, let outOfRange else {
            throw Unread()
        }
        return PartialNetwork.Header(
            format: format, version: version, fingerprint: fingerprint, documents: documents, sentences: sentences,
            outOfRange: outOfRange, dates: dates, since: since, until: until)
    }

    private mutating func fingerprint() throws(Unread) -> ExtractionFingerprint {
        var fields: [String: String] = [:]
        try object { scanner, key throws(Unread) in fields[key] = try scanner.string() }
        guard let tool = fields["tool"], let gazetteer = fields["gazetteer"], let lexicon = fields["lexicon"],
            let parser = fields["parser"]
        else { throw Unread() }
        return ExtractionFingerprint(tool: tool, gazetteer: gazetteer, lexicon: lexicon, parser: parser)
    }

    private mutating func partialInput() throws(Unread) -> PartialNetwork.Input {
        var name: String?, line: Int?, record: String?, skipped: PartialNetwork.Skipped?
        try object { scanner, key throws(Unread) in
            switch key {
            case "name": name = try scanner.string()
            case "line": line = try scanner.int()
            case "record": record = try scanner.string()
            case "skipped":
                skipped = try scanner.nullOr { scanner throws(Unread) in
                    var name: String?, reason: String?
                    try scanner.object { scanner, key throws(Unread) in
                        switch key {
                        case "name": name = try scanner.string()
                        case "reason": reason = try scanner.string()
                        default: try scanner.skipValue()
                        }
                    }
                    guard let name, let reason else { throw Unread() }
                    return PartialNetwork.Skipped(name: name, reason: reason)
                }
            default: try scanner.skipValue()
            }
        }
        guard let name, let line, let record else { throw Unread() }
        return PartialNetwork.Input(name: name, line: line, record: record, skipped: skipped)
    }

    private mutating func partialActor() throws(Unread) -> PartialNetwork.ActorCount {
        var id: String?, mentions: Int?, groupingDates: [String]?
        try object { scanner, key throws(Unread) in
            switch key {
            case "id": id = try scanner.string()
            case "mentions": mentions = try scanner.int()
            case "groupingDates": groupingDates = try scanner.nullOrArray { scanner throws(Unread) in try scanner.string() }
            default: try scanner.skipValue()
            }
        }
        guard let id, let mentions else { throw Unread() }
        return PartialNetwork.ActorCount(id: id, mentions: mentions, groupingDates: groupingDates)
    }

    private mutating func partialPerson() throws(Unread) -> UnlistedPeople.Record {
        var id: String?, labels: [UnlistedPeople.Vote]?, affiliations: [UnlistedPeople.Vote]?
        try object { scanner, key throws(Unread) in
            switch key {
            case "id": id = try scanner.string()
            case "labels": labels = try scanner.array { scanner throws(Unread) in try scanner.vote() }
            case "affiliations": affiliations = try scanner.array { scanner throws(Unread) in try scanner.vote() }
            default: try scanner.skipValue()
            }
        }
        guard let id, let labels, let affiliations else { throw Unread() }
        return UnlistedPeople.Record(id: id, labels: labels, affiliations: affiliations)
    }

    private mutating func vote() throws(Unread) -> UnlistedPeople.Vote {
        var value: String?, documents: Int?, first: String?
        try object { scanner, key throws(Unread) in
            switch key {
            case "value": value = try scanner.string()
            case "documents": documents = try scanner.int()
            case "first": first = try scanner.string()
            default: try scanner.skipValue()
            }
        }
        guard let value, let documents, let first else { throw Unread() }
        return UnlistedPeople.Vote(value: value, documents: documents, first: first)
    }

    private mutating func partialPair() throws(Unread) -> PartialNetwork.Pair {
        var a: String?, b: String?, total: StanceTally?, months: [String: StanceTally]?, evidence: [Evidence]?
        try object { scanner, key throws(Unread) in
            switch key {
            case "a": a = try scanner.string()
            case "b": b = try scanner.string()
            case "total": total = try scanner.stanceTally()
            case "months":
                var byMonth: [String: StanceTally] = [:]
                try scanner.object { scanner, month throws(Unread) in byMonth[month] = try scanner.stanceTally() }
                months = byMonth
            case "evidence": evidence = try scanner.array { scanner throws(Unread) in try scanner.inlineEvidence() }
            default: try scanner.skipValue()
            }
        }
        guard let a, let b, let total, let months, let evidence else { throw Unread() }
        return PartialNetwork.Pair(a: a, b: b, total: total, months: months, evidence: evidence)
    }
}
