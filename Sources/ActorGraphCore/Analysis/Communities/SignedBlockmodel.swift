/// A partition of a signed graph into at most k groups with, as far as possible, positive ties inside
/// the groups and negative ties between them: P. Doreian and A. Mrvar, "Partitioning signed social
/// networks", Social Networks 31(1):1–11, 2009, as R signnet's `signed_blockmodel(g, k, alpha)`.
///
/// The partition minimises Doreian and Mrvar's criterion
///
///     P(C) = α · N + (1 − α) · P
///
/// with N the negative ties inside groups and P the positive ties between groups. signnet counts
/// them per entry of the adjacency matrix, so each undirected tie counts twice (its documentation
/// says so from version 1.1.0); `criterion` does the same, so it is signnet's number, and
/// `negativeWithin` and `positiveBetween` count ties once. With k = 2 and α = 1/2 the criterion is
/// the frustration (`frustration()`), as signnet uses it. Neutral ties take no part (see `SignedGraph`).
///
/// signnet starts from a random partition (optionally simulated annealing, then a greedy search).
/// Here each connected component is solved on its own (ties never cross components):
/// - with at most `exactLimit` vertices, **exactly**, by branch and bound (a vertex may open only the
///   next unused group, so relabelled copies of a partition are not searched twice; the bound adds,
///   for every unplaced vertex, its cheapest group given the placed ones);
/// - otherwise, or past `searchBudget` branch nodes, by the best of several deterministic **local
///   searches** (from the frustration split and from greedy placements in breadth-first order from the
///   16 best-connected vertices), each moving single vertices to their cheapest group while that
///   lowers the criterion. `method` says which.
///
///     // Gahuku-Gama (signnet's `tribes`), k = 3, α = 0.5: criterion 2, as signnet's vignette prints
///     let model = try signed.signedBlockmodel(groups: 3)
///     model.groups     // [["t01", "t02", "t15", "t16"], ["t03", "t04", "t06", "t07", "t08", "t11", "t12"],
///                      //  ["t05", "t09", "t10", "t13", "t14"]]
///     model.criterion  // 2.0 (the positive ties t05–t07 and t07–t13 run between groups)
public struct SignedBlockmodel: Sendable, Hashable, Codable {
    /// The non-empty groups (at most k), each sorted, ordered by their smallest id. The groups of
    /// different components share labels, so a group may span components; vertices without signed
    /// ties join the first group.
    public let groups: [[String]]
    /// α · N + (1 − α) · P with each tie counted twice, as signnet reports it.
    public let criterion: Double
    /// Negative ties inside a group, each counted once.
    public let negativeWithin: Int
    /// Positive ties between groups, each counted once.
    public let positiveBetween: Int
    public let method: Frustration.Method
}

extension SignedGraph {
    /// The signed blockmodel with at most `groups` groups (signnet's `signed_blockmodel(g, k, alpha)`).
    ///
    /// - Parameters:
    ///   - groups: k, at least 1.
    ///   - alpha: Weight of a negative tie inside a group; 1 − α weighs a positive tie between groups.
    ///   - exactLimit: Largest component, in vertices, to solve exactly.
    ///   - searchBudget: Branch nodes allowed per component before settling for local search.
    /// - Throws: `CommunityError.invalidGroupCount` for k < 1, `.invalidAlpha` outside [0, 1].
    /// - Complexity: exact: O(k^s · deg) at worst for a component of s vertices, far less in practice;
    ///   local search: O(r · m · k · (n + m)) for r ≤ 17 starts.
    public func signedBlockmodel(
        groups k: Int, alpha: Double = 0.5, exactLimit: Int = 24, searchBudget: Int = 5_000_000
    ) throws(CommunityError) -> SignedBlockmodel {
        guard k >= 1 else { throw .invalidGroupCount(k) }
        guard alpha >= 0, alpha <= 1 else { throw .invalidAlpha(alpha) }
        // The two-camp split of a quick frustration search seeds the local search.
        let secondCamp = Set(k >= 2 ? frustration(exactLimit: 0).camps[1] : [])
        var label = Array(repeating: 0, count: vertexCount)
        var allExact = true
        for component in components() where component.count > 1 {
            let problem = BlockmodelProblem(graph: self, vertices: component, k: k, alpha: alpha)
            var best = problem.localSearch(start: component.map { secondCamp.contains(ids[$0]) ? 1 : 0 })
            if component.count <= exactLimit, let exact = problem.branchAndBound(upTo: best, budget: searchBudget) {
                best = exact
            } else {
                allExact = false
            }
            // Relabel so that groups are numbered in order of their smallest vertex.
            var renumber = [Int: Int]()
            for (local, vertex) in component.enumerated() {
                if renumber[best[local]] == nil { renumber[best[local]] = renumber.count }
                label[vertex] = renumber[best[local]]!
            }
        }
        var negative = 0
        var positive = 0
        for u in 0..<vertexCount {
            for (i, v) in graph.neighbors[u].enumerated() where v > u {
                if signs[u][i] < 0 && label[u] == label[v] { negative += 1 }
                if signs[u][i] > 0 && label[u] != label[v] { positive += 1 }
            }
        }
        let groups = (0..<k).map { g in ids.indices.filter { label[$0] == g }.map { ids[$0] } }
        return SignedBlockmodel(
            groups: groups.filter { !$0.isEmpty },
            criterion: 2 * (alpha * Double(negative) + (1 - alpha) * Double(positive)),
            negativeWithin: negative, positiveBetween: positive,
            method: allExact ? .exact : .localSearch)
    }
}

/// One component's blockmodel problem on local vertex numbers; costs count each tie once.
private struct BlockmodelProblem {
    /// `ties[v]` lists (neighbour, positive?) in local numbers.
    let ties: [[(Int, Bool)]]
    let k: Int
    /// Cost of a negative tie inside a group, and of a positive tie between groups.
    let negativeCost: Double
    let positiveCost: Double

    init(graph: SignedGraph, vertices: [Int], k: Int, alpha: Double) {
        let local = Dictionary(uniqueKeysWithValues: vertices.enumerated().map { ($1, $0) })
        ties = vertices.map { v in
            zip(graph.graph.neighbors[v], graph.signs[v]).map { (local[$0.0]!, $0.1 > 0) }
        }
        self.k = k
        negativeCost = alpha
        positiveCost = 1 - alpha
    }

    func cost(_ label: [Int]) -> Double {
        var total = 0.0
        for (v, list) in ties.enumerated() {
            for (w, positive) in list where w > v { total += tieCost(positive, same: label[v] == label[w]) }
        }
        return total
    }

    func tieCost(_ positive: Bool, same: Bool) -> Double {
        positive ? (same ? 0 : positiveCost) : (same ? negativeCost : 0)
    }

    /// The best of the improved `start` and of greedy starts from the 16 best-connected vertices.
    func localSearch(start: [Int]) -> [Int] {
        var best = start.map { min($0, k - 1) }
        improve(&best)
        var bestCost = cost(best)
        let roots = ties.indices.sorted { (ties[$0].count, $1) > (ties[$1].count, $0) }.prefix(16)
        for root in roots {
            var label = greedy(from: root)
            improve(&label)
            let c = cost(label)
            if c < bestCost - 1e-9 {
                bestCost = c
                best = label
            }
        }
        return best
    }

    /// Places vertices in breadth-first order from `root`, each in its cheapest group so far.
    func greedy(from root: Int) -> [Int] {
        var label = Array(repeating: -1, count: ties.count)
        var queue = [root]
        var queued = Array(repeating: false, count: ties.count)
        queued[root] = true
        var used = 0
        var next = 0
        while next < queue.count {
            let v = queue[next]
            next += 1
            let choices = 0..<min(used + 1, k)
            let costs = choices.map { c in
                ties[v].reduce(0.0) { $0 + (label[$1.0] < 0 ? 0 : tieCost($1.1, same: label[$1.0] == c)) }
            }
            label[v] = choices.min { (costs[$0], $0) < (costs[$1], $1) }!
            used = max(used, label[v] + 1)
            for (w, _) in ties[v] where !queued[w] {
                queued[w] = true
                queue.append(w)
            }
        }
        return label
    }

    /// Moves single vertices to their cheapest group while that lowers the cost.
    func improve(_ label: inout [Int]) {
        var moved = true
        while moved {
            moved = false
            for v in label.indices {
                let costs = (0..<k).map { c in
                    ties[v].reduce(0.0) { $0 + tieCost($1.1, same: label[$1.0] == c) }
                }
                let cheapest = (0..<k).min { (costs[$0], $0) < (costs[$1], $1) }!
                if costs[cheapest] < costs[label[v]] - 1e-9 {
                    label[v] = cheapest
                    moved = true
                }
            }
        }
    }

    /// An optimal labelling, or nil when the search needs more than `budget` branch nodes.
    func branchAndBound(upTo incumbent: [Int], budget: Int) -> [Int]? {
        var search = BlockmodelSearch(problem: self, incumbent: incumbent, budget: budget)
        return search.run() ? search.incumbent : nil
    }
}

/// Depth-first search over group labels in a fixed vertex order, pruning with a lower bound.
private struct BlockmodelSearch {
    let problem: BlockmodelProblem
    var incumbent: [Int]
    var bestCost: Double
    var budget: Int
    let order: [Int]
    var label: [Int]
    /// For an unplaced vertex, the cost of its ties to placed neighbours in each group.
    var pending: [[Double]]

    init(problem: BlockmodelProblem, incumbent: [Int], budget: Int) {
        self.problem = problem
        self.incumbent = incumbent
        self.bestCost = problem.cost(incumbent)
        self.budget = budget
        // Place next the vertex with the most placed neighbours (then the higher degree, lower number).
        let ties = problem.ties
        var placedNeighbours = Array(repeating: 0, count: ties.count)
        var placed = Array(repeating: false, count: ties.count)
        var order = [Int]()
        for _ in ties.indices {
            let v = ties.indices.filter { !placed[$0] }.max {
                (placedNeighbours[$0], ties[$0].count, -$0) < (placedNeighbours[$1], ties[$1].count, -$1)
            }!
            placed[v] = true
            order.append(v)
            for (w, _) in ties[v] { placedNeighbours[w] += 1 }
        }
        self.order = order
        label = Array(repeating: -1, count: ties.count)
        pending = Array(repeating: Array(repeating: 0, count: problem.k), count: ties.count)
    }

    mutating func run() -> Bool {
        guard bestCost > 1e-9 else { return true }
        return descend(depth: 0, cost: 0, bound: 0, used: 0)
    }

    /// `cost`: placed ties' cost; `bound`: Σ min(pending) over unplaced vertices; `used`: groups opened.
    private mutating func descend(depth: Int, cost: Double, bound: Double, used: Int) -> Bool {
        if depth == order.count {
            if cost < bestCost - 1e-9 {
                bestCost = cost
                incumbent = label
            }
            return true
        }
        budget -= 1
        if budget < 0 { return false }
        let v = order[depth]
        let restBound = bound - pending[v].min()!
        let choices = (0..<min(used + 1, problem.k)).sorted { (pending[v][$0], $0) < (pending[v][$1], $1) }
        for c in choices {
            let newCost = cost + pending[v][c]
            guard newCost + restBound < bestCost - 1e-9 else { continue }
            label[v] = c
            var newBound = restBound
            for (w, positive) in problem.ties[v] where label[w] < 0 {
                newBound -= pending[w].min()!
                for g in 0..<problem.k { pending[w][g] += problem.tieCost(positive, same: g == c) }
                newBound += pending[w].min()!
            }
            let finished = descend(depth: depth + 1, cost: newCost, bound: newBound, used: max(used, c + 1))
            for (w, positive) in problem.ties[v] where label[w] < 0 {
                for g in 0..<problem.k { pending[w][g] -= problem.tieCost(positive, same: g == c) }
            }
            label[v] = -1
            if !finished { return false }
            if bestCost <= 1e-9 { return true }
        }
        return true
    }
}
