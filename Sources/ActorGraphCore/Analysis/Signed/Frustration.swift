/// The frustration of a signed graph: the fewest ties whose sign must flip so that the vertices split
/// into two camps with only positive ties inside each camp and only negative ties across.
///
/// Also called the line index of balance (F. Harary, "On the measurement of structural balance",
/// Behavioral Science 4(4):316–323, 1959); it is 0 exactly when the graph is balanced. Finding it is
/// NP-hard (it contains max-cut), so signnet's `balance_score(g, "frustration")` returns an upper
/// bound by simulated annealing (its `signed_blockmodel(g, k = 2, alpha = 0.5)`), and its
/// `frustration_exact` solves the integer program of S. Aref, A. J. Mason and M. C. Wilson,
/// "A modeling and computational study of the frustration index in signed networks", Networks
/// 75(1):95–110, 2020. Here:
/// - each connected component with at most `exactLimit` vertices is solved **exactly** by branch and
///   bound (vertices in an order that keeps each next one tied to many placed ones; the bound adds,
///   for every unplaced vertex, the fewer frustrated ties it must have to the placed ones, whichever
///   camp it joins; these tie sets are disjoint, so the bound is valid);
/// - a larger component, or one whose search exceeds `searchBudget` branch nodes, gets the best of
///   several **local searches**: start from the split a breadth-first tree forces, then move single
///   vertices to the other camp while that lowers the count. The result is an upper bound, and
///   1-optimal: no single move improves it, so every vertex has at most half of its ties
///   frustrated and the count is at most m/2 for m ties. `method` says which was used.
///
/// Neutral ties take no part (see `SignedGraph`).
///
///     // Gahuku-Gama (Read 1954): 58 ties, frustration 7
///     let f = signed.frustration()
///     f.count    // 7
///     f.camps    // [["t01", "t02", "t15", "t16"], [the other twelve]] (tribes numbered as in UCINET)
///     f.method   // .exact
public struct Frustration: Sendable, Hashable, Codable {
    /// How the count was found.
    public enum Method: String, Sendable, Hashable, Codable {
        /// Proven minimal.
        case exact
        /// The best 1-optimal split found: an upper bound on the true frustration.
        case localSearch = "local-search"
    }

    /// The number of frustrated ties (negative inside a camp, positive across).
    public let count: Int
    /// The two camps, each sorted. Each component is oriented so its first vertex (in `ids` order) is
    /// in the first camp; vertices without signed ties are in the first camp. The second may be empty.
    public let camps: [[String]]
    /// The frustrated ties as sorted pairs `[a, b]`, in order.
    public let frustratedTies: [[String]]
    public let method: Method
}

extension SignedGraph {
    /// The frustration of the graph and a split that attains it.
    ///
    /// - Parameters:
    ///   - exactLimit: Largest component, in vertices, to solve exactly.
    ///   - searchBudget: Branch nodes allowed per component before settling for local search.
    /// - Complexity: exact: O(2^k · deg) at worst for a component of k vertices, far less in practice;
    ///   local search: O(r · m · (n + m)) for r = min(k, 16) starts.
    public func frustration(exactLimit: Int = 32, searchBudget: Int = 5_000_000) -> Frustration {
        var side = Array(repeating: 0, count: vertexCount)
        var allExact = true
        for component in components() {
            let problem = FrustrationProblem(graph: self, vertices: component)
            var best = problem.localSearch()
            if component.count <= exactLimit, let exact = problem.branchAndBound(upTo: best, budget: searchBudget) {
                best = exact
            } else if component.count > 1 {
                allExact = false
            }
            // Orient the component so its first (smallest) vertex is in the first camp.
            let flip = best[0]
            for (local, vertex) in component.enumerated() { side[vertex] = best[local] ^ flip }
        }
        var frustrated = [[String]]()
        for u in 0..<vertexCount {
            for (k, v) in graph.neighbors[u].enumerated() where v > u && (signs[u][k] > 0) != (side[u] == side[v]) {
                frustrated.append([ids[u], ids[v]])
            }
        }
        return Frustration(
            count: frustrated.count,
            camps: [0, 1].map { camp in ids.indices.filter { side[$0] == camp }.map { ids[$0] } },
            frustratedTies: frustrated,
            method: allExact ? .exact : .localSearch)
    }

    /// The connected components, each as its vertices in increasing order, ordered by first vertex.
    func components() -> [[Int]] {
        var seen = Array(repeating: false, count: vertexCount)
        var result = [[Int]]()
        for start in 0..<vertexCount where !seen[start] {
            var component = [start]
            seen[start] = true
            var next = 0
            while next < component.count {
                for w in graph.neighbors[component[next]] where !seen[w] {
                    seen[w] = true
                    component.append(w)
                }
                next += 1
            }
            result.append(component.sorted())
        }
        return result
    }
}

/// One component's frustration problem, on local vertex numbers 0..<k (0 is the smallest vertex).
private struct FrustrationProblem {
    /// `ties[v]` lists (neighbour, positive?) in local numbers.
    let ties: [[(Int, Bool)]]

    init(graph: SignedGraph, vertices: [Int]) {
        let local = Dictionary(uniqueKeysWithValues: vertices.enumerated().map { ($1, $0) })
        ties = vertices.map { v in
            zip(graph.graph.neighbors[v], graph.signs[v]).map { (local[$0.0]!, $0.1 > 0) }
        }
    }

    /// Frustrated ties of a full split.
    func cost(_ side: [Int]) -> Int {
        var total = 0
        for (v, list) in ties.enumerated() {
            for (w, positive) in list where w > v && positive != (side[v] == side[w]) { total += 1 }
        }
        return total
    }

    /// The best of up to 16 local searches, started from the highest-degree vertices.
    func localSearch() -> [Int] {
        let k = ties.count
        let roots = (0..<k).sorted { (ties[$0].count, $1) > (ties[$1].count, $0) }.prefix(16)
        var best = Array(repeating: 0, count: k)
        var bestCost = Int.max
        for root in roots {
            var side = Array(repeating: -1, count: k)
            side[root] = 0
            var queue = [root]
            var next = 0
            while next < queue.count {
                let v = queue[next]
                next += 1
                for (w, positive) in ties[v] where side[w] < 0 {
                    side[w] = positive ? side[v] : 1 - side[v]
                    queue.append(w)
                }
            }
            improve(&side)
            let c = cost(side)
            if c < bestCost {
                bestCost = c
                best = side
            }
        }
        return best
    }

    /// Moves single vertices to the other camp while that lowers the count (each move lowers it by
    /// at least 1, so this ends after at most m moves).
    func improve(_ side: inout [Int]) {
        var moved = true
        while moved {
            moved = false
            for v in side.indices {
                var gain = 0
                for (w, positive) in ties[v] { gain += positive != (side[v] == side[w]) ? 1 : -1 }
                if gain > 0 {
                    side[v] = 1 - side[v]
                    moved = true
                }
            }
        }
    }

    /// An optimal split, or nil when the search needs more than `budget` branch nodes.
    func branchAndBound(upTo incumbent: [Int], budget: Int) -> [Int]? {
        var search = BranchAndBound(ties: ties, incumbent: incumbent, bestCost: cost(incumbent), budget: budget)
        return search.run() ? search.incumbent : nil
    }
}

/// Depth-first search over camp assignments in a fixed vertex order, pruning with a lower bound.
private struct BranchAndBound {
    let ties: [[(Int, Bool)]]
    var incumbent: [Int]
    var bestCost: Int
    var budget: Int
    let order: [Int]
    var side: [Int]
    /// For an unplaced vertex, the frustrated ties to placed neighbours if it joins camp 0 / camp 1.
    var pending: [[Int]]

    init(ties: [[(Int, Bool)]], incumbent: [Int], bestCost: Int, budget: Int) {
        self.ties = ties
        self.incumbent = incumbent
        self.bestCost = bestCost
        self.budget = budget
        // Place next the vertex with the most placed neighbours (then the higher degree, lower number).
        let k = ties.count
        var placedNeighbours = Array(repeating: 0, count: k)
        var placed = Array(repeating: false, count: k)
        var order = [Int]()
        for _ in 0..<k {
            let v = (0..<k).filter { !placed[$0] }.max {
                (placedNeighbours[$0], ties[$0].count, -$0) < (placedNeighbours[$1], ties[$1].count, -$1)
            }!
            placed[v] = true
            order.append(v)
            for (w, _) in ties[v] { placedNeighbours[w] += 1 }
        }
        self.order = order
        self.side = Array(repeating: -1, count: k)
        self.pending = Array(repeating: [0, 0], count: k)
    }

    /// Searches; false when the budget ran out before the search was complete.
    mutating func run() -> Bool {
        guard bestCost > 0 else { return true }
        return descend(depth: 0, cost: 0, bound: 0)
    }

    /// `cost`: frustrated ties among placed vertices; `bound`: Σ min(pending) over unplaced ones.
    private mutating func descend(depth: Int, cost: Int, bound: Int) -> Bool {
        if depth == order.count {
            if cost < bestCost {
                bestCost = cost
                incumbent = side
            }
            return true
        }
        budget -= 1
        if budget < 0 { return false }
        let v = order[depth]
        let restBound = bound - pending[v].min()!
        // The first vertex only takes camp 0: the mirror image of a split costs the same.
        let camps = depth == 0 ? [0] : (pending[v][0] <= pending[v][1] ? [0, 1] : [1, 0])
        for camp in camps {
            let newCost = cost + pending[v][camp]
            guard newCost + restBound < bestCost else { continue }
            side[v] = camp
            var newBound = restBound
            for (w, positive) in ties[v] where side[w] < 0 {
                newBound -= pending[w].min()!
                pending[w][positive ? 1 - camp : camp] += 1
                newBound += pending[w].min()!
            }
            let finished = descend(depth: depth + 1, cost: newCost, bound: newBound)
            for (w, positive) in ties[v] where side[w] < 0 { pending[w][positive ? 1 - camp : camp] -= 1 }
            side[v] = -1
            if !finished { return false }
            if bestCost == 0 { return true }
        }
        return true
    }
}
