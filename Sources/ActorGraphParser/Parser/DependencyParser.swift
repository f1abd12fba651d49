/// A greedy transition-based dependency parser: at each configuration of the arc-hybrid system it takes the valid
/// move the averaged perceptron scores highest (see `ArcHybrid`, `ParserFeatures`, `ArcHybridOracle`).
struct DependencyParser: Sendable {
    let weights: WeightTable
    /// The relations, numbered as the moves' labels.
    let relations: [String]

    /// Heads (nil for the root) and relation numbers of the words.
    func parse(_ atoms: [WordAtoms], tags: [Int]) -> (heads: [Int?], labels: [Int]) {
        let state = Self.decode(atoms, tags: tags, scorer: weights) { _, _, _, best in best }
        return (state.heads.map { $0 == state.root ? nil : $0 }, state.labels)
    }

    /// Runs the transition system to the end with `scorer`, asking `choose` at each configuration with a choice
    /// which move to make, given the configuration, its features, the scores and the best-scoring valid move.
    /// Parsing makes the best move; training updates the model toward the best zero-cost move, then decides which to
    /// follow. A configuration with an empty stack has one move, shift, which is made without scoring.
    /// - Complexity: 2n configurations, each (but the forced shifts) O(f · k) for f = `ParserFeatures.count`
    ///   look-ups with k classes each.
    static func decode<Scorer: ClassScorer>(
        _ atoms: [WordAtoms], tags: [Int], scorer: Scorer,
        choose: (
            _ state: ArcHybrid, _ features: UnsafeBufferPointer<UInt64>, _ scores: UnsafeBufferPointer<Float>,
            _ best: ArcHybrid.Move
        ) -> ArcHybrid.Move
    ) -> ArcHybrid {
        let context = ParserFeatures(atoms: atoms, tags: tags)
        var state = ArcHybrid(words: atoms.count)
        var features = [UInt64](repeating: 0, count: ParserFeatures.count)
        var scores = [Float](repeating: 0, count: scorer.classCount)
        features.withUnsafeMutableBufferPointer { features in
            scores.withUnsafeMutableBufferPointer { scores in
                while !state.isTerminal {
                    // With the stack empty, shift is the only move: not a decision, so not scored nor learned from.
                    if state.stackIsEmpty {
                        state.apply(ArcHybrid.shift)
                        continue
                    }
                    context.write(state, into: features.baseAddress!)
                    for c in scores.indices { scores[c] = 0 }
                    scorer.addScores(of: UnsafeBufferPointer(features), into: scores)
                    let best = bestValidMove(state, scores)
                    state.apply(choose(state, UnsafeBufferPointer(features), UnsafeBufferPointer(scores), best))
                }
            }
        }
        return state
    }

    /// The highest-scoring move valid in `state` (ties to the lower number, so the result is deterministic).
    static func bestValidMove(_ state: ArcHybrid, _ scores: UnsafeMutableBufferPointer<Float>) -> ArcHybrid.Move {
        var best = -1
        var bestScore = -Float.infinity
        if state.canShift { best = ArcHybrid.shift; bestScore = scores[0] }
        let left = state.canLeft
        let right = state.canRight
        var move = 1
        while move < scores.count {
            if left, scores[move] > bestScore { best = move; bestScore = scores[move] }
            if right, scores[move + 1] > bestScore { best = move + 1; bestScore = scores[move + 1] }
            move += 2
        }
        return best
    }
}
