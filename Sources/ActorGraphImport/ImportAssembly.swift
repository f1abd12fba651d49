import ActorGraphCore

/// Gathers the nodes and edges an importer reads into a `Network`, with the rules every import shares.
///
/// - Edges are undirected: `A,B` and `B,A` are the same pair, stored with `source < target`.
/// - A pair named more than once with the same kind (both directions, or one row per day or per event
///   as in GDELT and ICEWS dyads) becomes one edge: weights, `positive` and `negative` add up, the
///   stance is the mean of the rows' stances weighted by their weights, and the sign is that stance's, by the
///   rule every edge's sign follows (`Stance.sign(of:)`, as `graph build` signs the mean of its sentences).
/// - A row with a sign but no stance counts as stance = sign (so signs alone add up: the heavier side wins, and
///   a near tie gives 0); a row with a stance counts by its stance, whatever its sign column says; a row with
///   neither counts as stance 0.
/// - A node named only by edges gets its id as label, 0 mentions and the kind
///   `ImportFields.guessedKind(of:)` gives.
struct ImportAssembly {
    /// One edge as the file states it.
    struct EdgeRow {
        var source: String
        var target: String
        var kind: EdgeKind
        var weight: Int
        var positive: Int
        var negative: Int
        var stance: Double?
        var sign: Int?
    }

    private struct PairKey: Hashable {
        var source: String
        var target: String
        var kind: EdgeKind
    }

    private struct Sums {
        var rows = 0
        var weight = 0
        var positive = 0
        var negative = 0
        var weightedStance = 0.0
        /// The stance of the only row, kept exactly rather than through a weighted mean.
        var firstStance = 0.0
    }

    private var nodes: [String: Node] = [:]
    private var sums: [PairKey: Sums] = [:]
    private var totalWeight = WeightTotal()

    /// Whether a node with this id has been added.
    func hasNode(_ id: String) -> Bool { nodes[id] != nil }

    mutating func add(_ node: Node) {
        nodes[node.id] = node
    }

    /// Adds one edge row; the caller has refused self-loops. A row that takes the total weight of the network past
    /// ``Network/weightLimit``, or the counts of one pair past what an integer holds, is refused, naming the pair
    /// (the file decides these numbers).
    mutating func add(_ row: EdgeRow) throws(ImportFields.Invalid) {
        let (source, target) = row.source < row.target ? (row.source, row.target) : (row.target, row.source)
        let stance = row.stance ?? Double(row.sign ?? 0)
        let key = PairKey(source: source, target: target, kind: row.kind)
        var total = sums[key, default: Sums()]
        func sum(_ a: Int, _ b: Int, _ what: String) throws(ImportFields.Invalid) -> Int {
            let (result, overflow) = a.addingReportingOverflow(b)
            guard !overflow else {
                throw ImportFields.Invalid(
                    "the \(what) of \(source)–\(target) adds up past \(Int.max) over its rows; use smaller numbers")
            }
            return result
        }
        guard totalWeight.add(row.weight) else {
            throw ImportFields.Invalid("\(source)–\(target): \(WeightTotal.excess(row.weight)); use smaller weights")
        }
        if total.rows == 0 { total.firstStance = stance }
        total.rows += 1
        total.weight += row.weight  // under the network's total, checked above
        total.positive = try sum(total.positive, row.positive, "positive count")
        total.negative = try sum(total.negative, row.negative, "negative count")
        total.weightedStance += Double(row.weight) * stance
        sums[key] = total
    }

    /// The network of everything added; nodes named only by edges are made up as described above.
    func network(corpus: Network.Corpus = .init(documents: 0, sentences: 0)) -> Network {
        var nodes = self.nodes
        for key in sums.keys {
            for id in [key.source, key.target] where nodes[id] == nil {
                nodes[id] = Node(id: id, label: id, kind: ImportFields.guessedKind(of: id))
            }
        }
        let edges = sums.map { key, total in
            let stance = total.rows == 1 ? total.firstStance : total.weightedStance / Double(total.weight)
            return Edge(
                source: key.source, target: key.target, kind: key.kind, weight: total.weight,
                positive: total.positive, negative: total.negative, stance: stance, sign: Stance.sign(of: stance))
        }
        return Network(corpus: corpus, nodes: Array(nodes.values), edges: edges)
    }
}
