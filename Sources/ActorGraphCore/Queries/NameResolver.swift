import Foundation

/// Finds the node a person means: `India`, `india`, `IND`, `New Delhi`, `USA`, `Putin`.
///
/// Tries, in order: the id, the label, then the other names the network stores for its nodes (``Node/aliases``:
/// the gazetteer's names, demonyms and capitals, a person's surname, as `graph build` knew them); all without regard
/// to case or to the form of an apostrophe. A name that matches nothing is an error that suggests the nearest names;
/// one that two nodes share (a surname) is an error that offers both. In a network with people folded into their
/// countries (``PeopleFold``), a folded person's names, found the same way, give the node they count as: `Putin` is
/// Russia.
public struct NameResolver: Sendable {
    let network: Network
    /// Each alias of a node (``key(_:)``) → the ids of the nodes that carry it, sorted.
    let aliases: [String: [String]]
    /// The same for the folded people (``Network/folded``).
    let foldedAliases: [String: [String]]

    public init(network: Network) {
        self.network = network
        aliases = Self.index(network.nodes)
        foldedAliases = Self.index(network.folded)
    }

    public func resolve(_ name: String) throws -> Node {
        let key = Self.key(name)
        if let node = exactMatch(name) { return node }
        let named = (aliases[key] ?? []).compactMap(network.node(id:))
        if named.count == 1 { return named[0] }
        if named.isEmpty, let country = foldedPerson(named: name)?.affiliation, let node = network.node(id: country) {
            return node
        }
        // A name two nodes share picks neither, but they are the names to suggest.
        let nearest = named.isEmpty ? suggestions(for: key) : named.map(\.label).sorted()
        throw UnknownNameError(name: name, suggestions: nearest)
    }

    /// The folded person `name` means when it names no node (by id, label or alias): the one ``resolve(_:)`` counts
    /// as their country; nil otherwise, and when it names two folded people.
    public func foldedPerson(named name: String) -> Node? {
        let key = Self.key(name)
        guard !network.folded.isEmpty, exactMatch(name) == nil, aliases[key] == nil else { return nil }
        if let person = network.folded.first(where: { Self.key($0.id) == key || Self.key($0.label) == key }) {
            return person
        }
        let named = foldedAliases[key] ?? []
        return named.count == 1 ? network.foldedPerson(id: named[0]) : nil
    }

    /// The node whose id, or else whose label, is `name` regardless of case: the first thing `resolve` tries.
    public func exactMatch(_ name: String) -> Node? {
        let key = Self.key(name)
        return network.nodes.first(where: { Self.key($0.id) == key })
            ?? network.nodes.first(where: { Self.key($0.label) == key })
    }

    /// A name as it is compared: trimmed, lower-cased, `’` as `'`.
    public static func key(_ name: String) -> String {
        // Most names are ASCII with no space at either end: lower-casing is all they need, without Foundation's
        // searches (a build keys the gazetteer's thousands of names, a tenth of its start-up time before).
        let utf8 = name.utf8
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        if utf8.allSatisfy({ $0 < 0x80 }), !(utf8.first.map(isSpace) ?? false), !(utf8.last.map(isSpace) ?? false) {
            return name.lowercased()
        }
        return name.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    }

    private static func index(_ nodes: [Node]) -> [String: [String]] {
        var index: [String: [String]] = [:]
        for node in nodes {
            for alias in Set(node.aliases.map(key)) { index[alias, default: []].append(node.id) }
        }
        return index.mapValues { $0.sorted() }
    }

    /// Up to three labels whose spelling is nearest to `key`.
    func suggestions(for key: String) -> [String] {
        var best: [String: Int] = [:]
        for node in network.nodes {
            let names = [node.id, node.label] + node.aliases
            let distance = names.map { EditDistance.between(Self.key($0), key) }.min() ?? .max
            best[node.label] = distance
        }
        let limit = max(2, key.count / 3)
        return best.filter { $0.value <= limit }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(3).map(\.key)
    }
}

/// A name that matches no node.
public struct UnknownNameError: Error, CustomStringConvertible, Equatable {
    public var name: String
    public var suggestions: [String]

    public var description: String {
        let hint = suggestions.isEmpty
            ? "`graph centrality` lists the nodes"
            : "did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ") + "?"
        return "no node named \"\(name)\" in the network; \(hint)"
    }
}

/// Levenshtein distance, for suggestions.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
