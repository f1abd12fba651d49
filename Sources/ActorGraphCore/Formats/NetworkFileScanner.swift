import Foundation

/// Reads a well-formed `network.json` straight from its bytes into ``NetworkJSON/File`` with a ``JSONScanner``, the
/// fast path of ``NetworkJSON/decode(_:)``.
///
/// `JSONDecoder` builds a map of the whole document and then decodes it through `Codable`: on a network of a million
/// edges (208 MB) that took 6 s and 890 MB for a one-node query. This reads each field as it passes, skips keys it
/// does not know (`analysis`) after checking their syntax, and holds nothing but the result. On anything it does not
/// read plainly (a missing field, an unknown kind, or what the scanner refuses) it gives nil, and the caller decodes
/// with `JSONDecoder`, whose errors name the fault.
///
/// - Complexity: O(n) in the length of the text.
enum NetworkFileScanner {
    /// The file `data` holds, or nil when it is not plainly a valid network file.
    static func file(_ data: Data) -> NetworkJSON.File? {
        data.withUnsafeBytes { raw in
            var scanner = JSONScanner(raw.bindMemory(to: UInt8.self))
            return try? scanner.networkDocument()
        }
    }
}

extension JSONScanner {
    fileprivate mutating func networkDocument() throws(Unread) -> NetworkJSON.File {
        var format: String?
        var corpus: Network.Corpus?
        var nodes: [Node]?
        var edges: [NetworkJSON.FileEdge]?
        var sentences: [NetworkJSON.Sentence]?
        var folded: [Node]?
        try object { scanner, key throws(Unread) in
            switch key {
            case "format": format = try scanner.string()
            case "corpus": corpus = try scanner.nullOr { scanner throws(Unread) in try scanner.corpus() }
            case "nodes": nodes = try scanner.array { scanner throws(Unread) in try scanner.node() }
            case "edges": edges = try scanner.array { scanner throws(Unread) in try scanner.edge() }
            case "sentences":
                sentences = try scanner.nullOrArray { scanner throws(Unread) in try scanner.sentence() }
            case "folded":
                folded = try scanner.nullOrArray { scanner throws(Unread) in try scanner.node() }
            default: try scanner.skipValue()
            }
        }
        guard isAtEnd(), let format, let nodes, let edges else { throw Unread() }
        return NetworkJSON.File(
            format: format, corpus: corpus, nodes: nodes, edges: edges, sentences: sentences, folded: folded)
    }

    private mutating func corpus() throws(Unread) -> Network.Corpus {
        var documents: Int?
        var sentences: Int?
        var dates: [String]?
        try object { scanner, key throws(Unread) in
            switch key {
            case "documents": documents = try scanner.int()
            case "sentences": sentences = try scanner.int()
            case "dates":
                dates = try scanner.nullOrArray { scanner throws(Unread) in try scanner.string() }
            default: try scanner.skipValue()
            }
        }
        // Two dates in order, as `ClosedRange`'s decoding asks; anything else goes to JSONDecoder for its message.
        guard let documents, let sentences, dates.map({ $0.count == 2 && $0[0] <= $0[1] }) ?? true else {
            throw Unread()
        }
        return Network.Corpus(documents: documents, sentences: sentences, dates: dates.map { $0[0]...$0[1] })
    }

    private mutating func node() throws(Unread) -> Node {
        var id: String?, label: String?, kind: NodeKind?, mentions: Int?, affiliation: String?, aliases: [String]?
        try object { scanner, key throws(Unread) in
            switch key {
            case "id": id = try scanner.string()
            case "label": label = try scanner.string()
            case "kind": kind = NodeKind(rawValue: try scanner.string())
            case "mentions": mentions = try scanner.int()
            case "affiliation": affiliation = try scanner.nullOr { scanner throws(Unread) in try scanner.string() }
            case "aliases":
                aliases = try scanner.nullOrArray { scanner throws(Unread) in try scanner.string() }
            default: try scanner.skipValue()
            }
        }
        guard let id, let label, let kind, let mentions else { throw Unread() }
        return Node(
            id: id, label: label, kind: kind, mentions: mentions, affiliation: affiliation, aliases: aliases ?? [])
    }

    private mutating func edge() throws(Unread) -> NetworkJSON.FileEdge {
        var source: String?, target: String?, kind: EdgeKind?, weight: Int?
        var positive: Int?, negative: Int?, stance: Double?, sign: Int?
        var evidence: [NetworkJSON.FileEvidence]?, timeline: [StancePeriod]?
        try object { scanner, key throws(Unread) in
            switch key {
            case "source": source = try scanner.string()
            case "target": target = try scanner.string()
            case "kind": kind = EdgeKind(rawValue: try scanner.string())
            case "weight": weight = try scanner.int()
            case "positive": positive = try scanner.nullOr { scanner throws(Unread) in try scanner.int() }
            case "negative": negative = try scanner.nullOr { scanner throws(Unread) in try scanner.int() }
            case "stance": stance = try scanner.nullOr { scanner throws(Unread) in try scanner.double() }
            case "sign": sign = try scanner.nullOr { scanner throws(Unread) in try scanner.int() }
            case "evidence":
                evidence = try scanner.nullOrArray { scanner throws(Unread) in try scanner.fileEvidence() }
            case "timeline":
                timeline = try scanner.nullOrArray { scanner throws(Unread) in try scanner.period() }
            default: try scanner.skipValue()
            }
        }
        guard let source, let target, let kind, let weight else { throw Unread() }
        return NetworkJSON.FileEdge(
            source: source, target: target, kind: kind, weight: weight, positive: positive, negative: negative,
            stance: stance, sign: sign, evidence: evidence, timeline: timeline)
    }

    /// A row of the `sentences` table.
    private mutating func sentence() throws(Unread) -> NetworkJSON.Sentence {
        var document: String?, sentence: Int?, date: String?, text: String?
        try object { scanner, key throws(Unread) in
            switch key {
            case "document": document = try scanner.string()
            case "sentence": sentence = try scanner.int()
            case "date": date = try scanner.nullOr { scanner throws(Unread) in try scanner.string() }
            case "text": text = try scanner.string()
            default: try scanner.skipValue()
            }
        }
        guard let document, let sentence, let text else { throw Unread() }
        return NetworkJSON.Sentence(document: document, sentence: sentence, date: date, text: text)
    }

    private mutating func period() throws(Unread) -> StancePeriod {
        var month: String?, weight: Int?, positive: Int?, negative: Int?, stance: Double?
        try object { scanner, key throws(Unread) in
            switch key {
            case "month": month = try scanner.string()
            case "weight": weight = try scanner.int()
            case "positive": positive = try scanner.int()
            case "negative": negative = try scanner.int()
            case "stance": stance = try scanner.double()
            default: try scanner.skipValue()
            }
        }
        guard let month, let weight, let positive, let negative, let stance else { throw Unread() }
        return StancePeriod(month: month, weight: weight, positive: positive, negative: negative, stance: stance)
    }
}
