/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013, "Training deterministic parsers with
/// non-deterministic oracles", TACL 1): the cost of a move is the number of gold arcs it makes unreachable, given
/// the configuration, whatever was done before. Training follows the model's own moves and, at each step, learns
/// toward the best-scoring move of zero cost, so the parser learns to recover from its mistakes instead of only
/// from perfect histories.
///
/// For a projective gold tree the costs are exact (the system is arc-decomposable), and following zero-cost moves
/// from the start reaches the gold tree; for a non-projective tree they still count lost arcs, which is the best
/// the projective system can aim at.
struct ArcHybridOracle {
    /// The gold head of each word (the root is n) and its relation.
    let heads: [Int]
    let labels: [Int]

    /// The costs of the moves of one configuration: of a shift, and of a left or right move before its relation
    /// is counted; `leftLabel` (`rightLabel`) is the gold relation when the move makes a gold arc, and then any
    /// other relation costs one more.
    struct Costs {
        var shift: Int
        var left: Int
        var leftLabel: Int?
        var right: Int
        var rightLabel: Int?

        func of(_ move: ArcHybrid.Move) -> Int {
            if move == ArcHybrid.shift { return shift }
            let label = ArcHybrid.label(of: move)
            if ArcHybrid.isLeft(move) { return left + (leftLabel.map { $0 == label ? 0 : 1 } ?? 0) }
            return right + (rightLabel.map { $0 == label ? 0 : 1 } ?? 0)
        }
    }

    /// The costs of every move in `state` (a move's cost is meaningful only where it is valid).
    /// - Complexity: O(n).
    func costs(in state: ArcHybrid) -> Costs {
        let n = state.n
        let s0 = state.s(0)
        let s1 = state.s(1)
        let front = state.b(0)
        var costs = Costs(shift: 0, left: 0, leftLabel: nil, right: 0, rightLabel: nil)
        if front < n {
            // The pushed word can no longer take a head below the top, nor any stack word as a dependent.
            for (depth, item) in state.stack.reversed().enumerated() {
                if depth > 0 && heads[front] == item { costs.shift += 1 }
                if heads[item] == front { costs.shift += 1 }
            }
        }
        guard s0 >= 0 else { return costs }
        // Popping s0 loses its dependents still in the buffer (the root has none).
        var lostDependents = 0
        for word in front..<n where heads[word] == s0 { lostDependents += 1 }
        let head = heads[s0]
        costs.left = lostDependents
        costs.right = lostDependents
        if head == front {
            costs.leftLabel = labels[s0]
        } else if head == s1 || head > front {
            costs.left += 1
        }
        if head == s1 {
            costs.rightLabel = labels[s0]
        } else if head >= front {
            costs.right += 1
        }
        return costs
    }
}
