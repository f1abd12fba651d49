/// The whole signed network: what was read, who was found, and how they relate.
public struct Network: Sendable, Hashable {
    /// The format tag written into every network file.
    public static let format = "actor-graph/1"

    public struct Corpus: Sendable, Hashable, Codable {
        public var documents: Int
        public var sentences: Int

        public init(documents: Int, sentences: Int) {
            self.documents = documents
            self.sentences = sentences
        }
    }

    public var corpus: Corpus
    /// Sorted by `id`.
    public private(set) var nodes: [Node]
    /// Sorted by (`source`, `target`, `kind`).
    public private(set) var edges: [Edge]

    /// Builds a network, putting nodes and edges into their canonical order.
    public init(corpus: Corpus, nodes: [Node], edges: [Edge]) {
        self.corpus = corpus
        self.nodes = nodes.sorted { $0.id < $1.id }
        self.edges = edges.sorted { ($0.source, $0.target, $0.kind) < ($1.source, $1.target, $1.kind) }
    }

    /// The node with this id, if any.
    ///
    /// - Complexity: O(log n), by binary search over the sorted nodes.
    public func node(id: String) -> Node? {
        var low = 0
        var high = nodes.count
        while low < high {
            let mid = (low + high) / 2
            if nodes[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low < nodes.count && nodes[low].id == id ? nodes[low] : nil
    }

    /// The edges with `id` at one end.
    ///
    /// - Complexity: O(e).
    public func edges(touching id: String) -> [Edge] {
        edges.filter { $0.source == id || $0.target == id }
    }

    /// The edges between two nodes, in either order, of every kind.
    public func edges(between a: String, and b: String) -> [Edge] {
        let (s, t) = a < b ? (a, b) : (b, a)
        return edges.filter { $0.source == s && $0.target == t }
    }
}
