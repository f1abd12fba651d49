import Foundation

/// Finds the node a person means: `India`, `india`, `IND`, `New Delhi`, `USA`, `Putin`.
///
/// Tries, in order: the id, the label, any other name the caller knows (from the gazetteer), and a person's
/// surname; all without regard to case. A name that matches nothing is an error that suggests the nearest names.
public struct NameResolver: Sendable {
    let network: Network
    /// Lower-cased names → node ids, from outside the network (aliases, demonyms, capitals).
    let aliases: [String: String]

    public init(network: Network, aliases: [String: String] = [:]) {
        self.network = network
        var known: [String: String] = [:]
        for (name, id) in aliases where network.node(id: id) != nil { known[name.lowercased()] = id }
        self.aliases = known
    }

    public func resolve(_ name: String) throws -> Node {
        if let node = exactMatch(name) { return node }
        let key = Self.key(name)
        if let id = aliases[key], let node = network.node(id: id) {
            return node
        }
        let bySurname = network.nodes.filter { $0.kind == .person && $0.label.lowercased().split(separator: " ").last.map(String.init) == key }
        if bySurname.count == 1 { return bySurname[0] }
        // A surname two people share picks neither, but they are the names to suggest.
        let nearest = bySurname.isEmpty ? suggestions(for: key) : bySurname.map(\.label).sorted()
        throw UnknownNameError(name: name, suggestions: nearest)
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
