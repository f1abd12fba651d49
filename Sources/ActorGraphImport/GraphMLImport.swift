import ActorGraphCore
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a signed network from GraphML, as `GraphMLWriter`, networkx (`write_graphml`), Gephi, igraph
/// and yEd write it.
///
/// Attributes are found through their `<key>` declarations by `attr.name` (in any case), so the key ids
/// a tool chooses do not matter, and a key's `<default>` applies where an element has no `<data>`.
/// Node attributes: `label` (the id when absent), `kind`, `affiliation`, `mentions`. Edge attributes:
/// `weight`, `sign`, `stance`, `kind`, `positive`, `negative`. Graph attributes: `documents` and
/// `sentences` of the corpus. Other attributes, and data without a named key (yEd's drawing data), are
/// ignored. Values follow the rules of `EdgeListImport` (a weight of `3.0` is 3; a sign may be any
/// number), and pairs named more than once, nodes named only by edges and self-loops are handled as
/// there.
///
/// A directed graph (`edgedefault="directed"`, or `directed="true"` on an edge) is read as undirected:
/// `A→B` and `B→A` become one edge whose weights add up, since ActorGraph's relations are mutual.
/// Nested graphs and hyperedges are refused, and so is text that is not UTF-8 (or UTF-16 with a byte-order mark), as
/// every tool named above writes it, whatever encoding its XML declaration names.
///
/// ```swift
/// let network = try GraphMLImport.read(from: URL(fileURLWithPath: "alliances.graphml"))
/// ```
///
/// - Complexity: O(n) in the size of the document.
public enum GraphMLImport {
    /// Reads the GraphML file at `url`, naming it by its path as given.
    public static func read(from url: URL) throws(ImportError) -> Network {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ImportError(file: url.relativePath, "cannot be read (\(error.localizedDescription)); check the path")
        }
        return try network(from: data, name: url.relativePath)
    }

    /// Builds a network from the bytes of a GraphML document; `name` is used in error messages.
    public static func network(from data: Data, name: String = "network.graphml") throws(ImportError) -> Network {
        try checkParsable(data, name: name)
        let parser = XMLParser(data: data)
        let reader = Reader(file: name)
        parser.delegate = reader
        let parsed = parser.parse()
        if let fatal = reader.fatal { throw fatal }
        guard parsed, parser.parserError == nil else {
            // Foundation's messages for XML errors are bare codes ("NSXMLParserErrorDomain error 5"), so
            // only the line is worth passing on.
            throw ImportError(
                file: name, line: parser.lineNumber > 0 ? parser.lineNumber : nil,
                "not well-formed XML; check that every tag is closed and the file is complete")
        }
        guard reader.sawRoot else {
            throw ImportError(file: name, "has no <graphml> element; it is not GraphML")
        }
        try reader.problems.check()
        return reader.assembly.network(corpus: reader.corpus)
    }

    /// Refuses, before parsing, the documents on which Foundation's `XMLParser` on Linux stops the program rather
    /// than failing: text that is not UTF-8 (or UTF-16 with a byte-order mark), since it traps on an element or
    /// attribute name that is not UTF-8 and libxml2 passes such names on whenever it takes the text for UTF-8 (as it
    /// does for 8-bit text declared UTF-16, or after an XML declaration it cannot read); and a processing instruction
    /// with nothing after its target (`<?target?>`), for which it reads a null pointer.
    private static func checkParsable(_ data: Data, name: String) throws(ImportError) {
        let text: String
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard let utf16 = String(data: data, encoding: .utf16) else {
                throw ImportError(
                    file: name, "starts as UTF-16 text (byte-order mark) but is not valid UTF-16; save it as UTF-8")
            }
            text = utf16
        } else if let utf8 = String(data: data, encoding: .utf8) {
            text = utf8
        } else {
            var line = 1
            for chunk in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
                if String(data: Data(chunk), encoding: .utf8) == nil { break }
                line += 1
            }
            throw ImportError(
                file: name, line: line,
                "is not UTF-8 text; save it as UTF-8, with encoding=\"UTF-8\" in its <?xml ...?> declaration if it has one")
        }
        if let line = lineOfEmptyProcessingInstruction(text) {
            throw ImportError(
                file: name, line: line,
                "a processing instruction with nothing after its target (such as <?target?>) cannot be read; remove it")
        }
    }

    /// The line of the first `<?target?>`: a processing instruction whose target is followed by `?>` at once.
    private static func lineOfEmptyProcessingInstruction(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        var line = 1
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 0x0A { line += 1 }
            guard bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "?") else {
                index += 1
                continue
            }
            var end = index + 2
            while end < bytes.count, !" \t\r\n?<>".utf8.contains(bytes[end]) { end += 1 }
            if end > index + 2, end + 1 < bytes.count, bytes[end] == UInt8(ascii: "?"), bytes[end + 1] == UInt8(ascii: ">") {
                return line
            }
            index += 2
        }
        return nil
    }

    /// Where an attribute applies: the `for` of a `<key>`.
    private enum Domain: String {
        case graph, node, edge, all
    }

    /// The XMLParser delegate: tracks the element being read and hands finished nodes and edges to the
    /// assembly. Used by one parse on one thread, then dropped.
    private final class Reader: NSObject, XMLParserDelegate {
        let file: String
        var assembly = ImportAssembly()
        var problems = ImportProblems()
        var corpus = Network.Corpus(documents: 0, sentences: 0)
        /// A problem that makes the rest of the document meaningless; the parse is aborted.
        var fatal: ImportError?
        var sawRoot = false

        /// Key id → (domain, lower-cased attr.name); keys without attr.name are left out.
        private var keys: [String: (domain: Domain, name: String)] = [:]
        /// Lower-cased attr.name → default value, per domain.
        private var defaults: [String: String] = [:]
        private var graphDepth = 0

        /// The element whose `<data>` is being gathered.
        private struct Element {
            var domain: Domain
            var line: Int
            var id = ""
            var source = ""
            var target = ""
            var data: [String: String] = [:]
        }
        private var element: Element?
        private var keyForDefault: String?
        /// The attribute name of the `<data>` (or `<default>`) being read, and its text so far.
        private var dataName: String?
        private var text = ""
        /// How deep inside a `<data>` element the parser is; text of nested elements is not the value.
        private var dataDepth = 0

        init(file: String) {
            self.file = file
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if dataDepth > 0 {
                dataDepth += 1
                return
            }
            switch name {
            case "graphml":
                sawRoot = true
            case "key":
                guard let id = attributes["id"], let attrName = attributes["attr.name"] else { return }
                let domain = Domain(rawValue: attributes["for"] ?? "all") ?? .all
                keys[id] = (domain, attrName.lowercased())
                keyForDefault = id
            case "default":
                guard keyForDefault != nil else { return }
                dataDepth = 1
                text = ""
            case "graph":
                graphDepth += 1
                if graphDepth > 1 { abort(parser, "nested graphs are not supported; flatten the graph first") }
            case "node":
                element = Element(domain: .node, line: parser.lineNumber, id: attributes["id"] ?? "")
            case "edge":
                element = Element(
                    domain: .edge, line: parser.lineNumber, source: attributes["source"] ?? "",
                    target: attributes["target"] ?? "")
            case "hyperedge":
                abort(parser, "hyperedges are not supported; give each pair its own <edge>")
            case "data":
                dataDepth = 1
                text = ""
                dataName = attributes["key"].flatMap { keys[$0]?.name }
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if dataDepth == 1 { text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if dataDepth == 1 { text += String(decoding: CDATABlock, as: UTF8.self) }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if dataDepth > 1 {
                dataDepth -= 1
                return
            }
            switch name {
            case "default" where dataDepth == 1:
                dataDepth = 0
                if let id = keyForDefault, let key = keys[id] { defaults["\(key.domain.rawValue):\(key.name)"] = text }
            case "key":
                keyForDefault = nil
            case "data" where dataDepth == 1:
                dataDepth = 0
                guard let dataName else { return }
                if element != nil {
                    element?.data[dataName] = text
                } else if graphDepth == 1 {
                    readGraphData(dataName, text, line: parser.lineNumber)
                }
                self.dataName = nil
            case "graph":
                graphDepth -= 1
            case "node", "edge":
                if let element { finish(element) }
                element = nil
            default:
                break
            }
        }

        /// The value of `name` on `element`: its own data, else its key's default.
        private func value(_ name: String, of element: Element) -> String? {
            element.data[name] ?? defaults["\(element.domain.rawValue):\(name)"] ?? defaults["all:\(name)"]
        }

        private func finish(_ element: Element) {
            do throws(ImportFields.Invalid) {
                if element.domain == .node {
                    try readNode(element)
                } else {
                    try readEdge(element)
                }
            } catch {
                problems.add(file, line: element.line, error.message)
            }
        }

        private func readNode(_ element: Element) throws(ImportFields.Invalid) {
            let id = try ImportFields.id(element.id, column: "node id")
            guard !assembly.hasNode(id) else {
                throw ImportFields.Invalid("node \"\(id)\" is declared twice; keep one <node> per id")
            }
            let label = value("label", of: element).flatMap { $0.isEmpty ? nil : $0 } ?? id
            assembly.add(
                Node(
                    id: id, label: label,
                    kind: try ImportFields.nodeKind(value("kind", of: element)) ?? ImportFields.guessedKind(of: id),
                    mentions: try ImportFields.count(value("mentions", of: element), name: "mentions"),
                    affiliation: ImportFields.optional(value("affiliation", of: element))))
        }

        private func readEdge(_ element: Element) throws(ImportFields.Invalid) {
            let source = try ImportFields.id(element.source, column: "edge source")
            let target = try ImportFields.id(element.target, column: "edge target")
            guard source != target else {
                throw ImportFields.Invalid(
                    "edge from \"\(source)\" to itself; self-loops are not allowed, drop the <edge>")
            }
            try assembly.add(
                ImportAssembly.EdgeRow(
                    source: source, target: target, kind: try ImportFields.edgeKind(value("kind", of: element)),
                    weight: try ImportFields.weight(value("weight", of: element)),
                    positive: try ImportFields.count(value("positive", of: element), name: "positive"),
                    negative: try ImportFields.count(value("negative", of: element), name: "negative"),
                    stance: try ImportFields.stance(value("stance", of: element)),
                    sign: try ImportFields.sign(value("sign", of: element))))
        }

        private func readGraphData(_ name: String, _ text: String, line: Int) {
            do throws(ImportFields.Invalid) {
                switch name {
                case "documents": corpus.documents = try ImportFields.count(text, name: "documents")
                case "sentences": corpus.sentences = try ImportFields.count(text, name: "sentences")
                default: break
                }
            } catch {
                problems.add(file, line: line, error.message)
            }
        }

        private func abort(_ parser: XMLParser, _ message: String) {
            fatal = ImportError(file: file, line: parser.lineNumber, message)
            parser.abortParsing()
        }
    }
}
