import Foundation

/// Finds the node a person means: `India`, `india`, `IND`, `New Delhi`, `USA`, `Putin`.
///
/// Tries, in order: the id, the label, any other name the caller knows (from the gazetteer), and a person's
/// surname; all without regard to case. A name that matches nothing is an error that suggests the nearest names.
/// In a network with people folded into their countries (``PeopleFold``), a folded person's names, found the same
/// way, give the node they count as: `Putin` is Russia.
public struct NameResolver: Sendable {
    let network: Network
    /// Lower-cased names → node ids, from outside the network (aliases, demonyms, capitals).
    let aliases: [String: String]
    /// Lower-cased names → ids of folded people (``Network/folded``), from the same names.
    let foldedAliases: [String: String]

    public init(network: Network, aliases: [String: String] = [:]) {
        self.network = network
        var known: [String: String] = [:]
        var folded: [String: String] = [:]
        for (name, id) in aliases {
            if network.node(id: id) != nil {
                known[name.lowercased()] = id
            } else if network.foldedPerson(id: id) != nil {
                folded[name.lowercased()] = id
            }
        }
        self.aliases = known
        self.foldedAliases = folded
    }

    public func resolve(_ name: String) throws -> Node {
        let key = Self.key(name)
        if let node = exactMatch(name) ?? aliases[key].flatMap(network.node(id:)) { return node }
        let bySurname = Self.bySurname(key, among: network.nodes)
        if bySurname.count == 1 { return bySurname[0] }
        if bySurname.isEmpty, let country = foldedPerson(named: name)?.affiliation, let node = network.node(id: country) {
            return node
        }
        // A surname two people share picks neither, but they are the names to suggest.
        let nearest = bySurname.isEmpty ? suggestions(for: key) : bySurname.map(\.label).sorted()
        throw UnknownNameError(name: name, suggestions: nearest)
    }

    /// The folded person `name` means when it names no node (by id, label, another name or a surname only they
    /// bear): the one ``resolve(_:)`` counts as their country; nil otherwise.
    public func foldedPerson(named name: String) -> Node? {
        let key = Self.key(name)
        guard !network.folded.isEmpty, exactMatch(name) == nil, aliases[key] == nil,
            Self.bySurname(key, among: network.nodes).isEmpty
        else { return nil }
        if let person = network.folded.first(where: { $0.id.lowercased() == key || $0.label.lowercased() == key })
            ?? foldedAliases[key].flatMap(network.foldedPerson(id:))
        {
            return person
        }
        let bySurname = Self.bySurname(key, among: network.folded)
        return bySurname.count == 1 ? bySurname[0] : nil
    }

    /// The people among `nodes` whose label ends in the word `key`.
    private static func bySurname(_ key: String, among nodes: [Node]) -> [Node] {
        nodes.filter { $0.kind == .person && $0.label.lowercased().split(separator: " ").last.map(String.init) == key }
    }

    /// The node whose id, or else whose label, is `name` regardless of case: the first thing `resolve`
    /// tries, and all a caller needs to know to skip reading the gazetteer's names.
    public func exactMatch(_ name: String) -> Node? {
        let key = Self.key(name)
        return network.nodes.first(where: { $0.id.lowercased() == key })
            ?? network.nodes.first(where: { $0.label.lowercased() == key })
    }

    private static func key(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Up to three labels whose spelling is nearest to `key`.
    func suggestions(for key: String) -> [String] {
        var best: [String: Int] = [:]
        for node in network.nodes {
            let names = [node.id, node.label] + aliases.filter { $0.value == node.id }.map(\.key)
            let distance = names.map { EditDistance.between($0.lowercased(), key) }.min() ?? .max
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
