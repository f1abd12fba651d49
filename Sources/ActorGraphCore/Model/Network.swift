/// The whole signed network: what was read, who was found, and how they relate.
public struct Network: Sendable, Hashable {
    /// The format tag written into every network file: `actor-graph/2`, which stores each evidence sentence's text
    /// once, in a table the evidence refers to.
    public static let format = "actor-graph/2"

    /// The format tags the reader accepts: the one it writes, and `actor-graph/1`, whose evidence items carry their
    /// sentence's text and date themselves.
    public static let readableFormats = ["actor-graph/1", format]

    public struct Corpus: Sendable, Hashable, Codable {
        public var documents: Int
        public var sentences: Int
        /// The first and the last day (`YYYY-MM-DD`) of the dated articles read; nil when none was dated, and for an
        /// imported network. Stored so that every picture and report of the network names the span it was built
        /// from, wherever the file is later written.
        public var dates: ClosedRange<String>?

        public init(documents: Int, sentences: Int, dates: ClosedRange<String>? = nil) {
            self.documents = documents
            self.sentences = sentences
            self.dates = dates
        }
    }

    public var corpus: Corpus
    /// Sorted by `id`.
    public private(set) var nodes: [Node]
    /// Sorted by (`source`, `target`, `kind`).
    public private(set) var edges: [Edge]
    /// The people a ``PeopleFold`` counted as the node their `affiliation` names, sorted by `id`: no longer nodes,
    /// but kept so that the evidence naming them (``Evidence/people``, `source`, `target`) can say who they are.
    /// Empty for a network as built.
    public private(set) var folded: [Node]

    /// Builds a network, putting nodes, edges and folded people into their canonical order.
    public init(corpus: Corpus, nodes: [Node], edges: [Edge], folded: [Node] = []) {
        self.corpus = corpus
        self.nodes = nodes.sorted { $0.id < $1.id }
        self.edges = edges.sorted { ($0.source, $0.target, $0.kind) < ($1.source, $1.target, $1.kind) }
        self.folded = folded.sorted { $0.id < $1.id }
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

    /// The folded person with this id (``folded``), if any.
    public func foldedPerson(id: String) -> Node? {
        folded.first { $0.id == id }
    }

    /// The name to show for an actor that evidence names: a node's label, or for a folded person the label and the
    /// node they count as, "Sergey Lavrov (Russia)"; the id itself when neither knows it.
    public func actorLabel(_ id: String) -> String {
        if let node = node(id: id) { return node.label }
        guard let person = foldedPerson(id: id) else { return id }
        return person.affiliation.flatMap { node(id: $0) }.map { "\(person.label) (\($0.label))" } ?? person.label
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
