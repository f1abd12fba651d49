/// Trains the dependency parser with the dynamic oracle (`ArcHybridOracle`): the parser makes its own moves and
/// learns, at every configuration, toward the best-scoring move that loses no gold arc. In the first epoch it follows
/// that zero-cost move; from the second on it follows its own best move where that is a mistake, with probability
/// `exploration`, so that it learns to continue well after errors (Goldberg and Nivre 2013, "error exploration").
/// The parser learns from the tags a tagger predicted (jackknifed, see `ParserTrainer`), as it will see them.
enum ParserTraining {
    static func train(
        _ sentences: [GoldSentence], dev: [GoldSentence], relations: [String], epochs: Int, seed: UInt64,
        exploration: Double, pruning: Float, tagger: Tagger, log: (String) -> Void
    ) -> (parser: DependencyParser, dev: Evaluation.Scores) {
        let labelNumber = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, $0) })
        let model = AveragedPerceptron(classCount: ArcHybrid.moveCount(labels: relations.count))
        var random = SplitMix64(seed: seed)
        var order = Array(sentences.indices)
        var best: (parser: DependencyParser, dev: Evaluation.Scores)?
        for epoch in 1...epochs {
            order.shuffle(using: &random)
            var mistakes = 0
            var moves = 0
            for index in order {
                let sentence = sentences[index]
                let oracle = ArcHybridOracle(heads: sentence.heads, labels: sentence.relations.map { labelNumber[$0]! })
                _ = DependencyParser.decode(sentence.atoms, tags: sentence.predictedTags, scorer: model) {
                    state, features, scores, guess in
                    let costs = oracle.costs(in: state)
                    let truth = bestZeroCost(state, costs, scores)
                    let wrong = costs.of(guess) > 0
                    if wrong {
                        model.update(truth: truth, guess: guess, features: features)
                        mistakes += 1
                    }
                    model.tick()
                    moves += 1
                    let explore = epoch > 1 && wrong && Double(random.next() % 1_000_000) < exploration * 1_000_000
                    return explore ? guess : truth
                }
            }
            let parser = DependencyParser(weights: model.averaged(pruningBelow: pruning), relations: relations)
            let scores = Evaluation.score(tagger: tagger, parser: parser, dev)
            log("parser epoch \(epoch): \(percent(moves - mistakes, moves)) of moves right; dev \(scores)")
            if best == nil || scores.las > best!.dev.las { best = (parser, scores) }
        }
        return best!
    }

    /// The best-scoring valid move of zero cost. One always exists while a gold arc is reachable or not: a move
    /// that loses nothing more than is already lost.
    static func bestZeroCost(_ state: ArcHybrid, _ costs: ArcHybridOracle.Costs, _ scores: UnsafeBufferPointer<Float>)
        -> ArcHybrid.Move
    {
        var best = -1
        var bestScore = -Float.infinity
        func consider(_ move: ArcHybrid.Move) {
            if best < 0 || scores[move] > bestScore {
                best = move
                bestScore = scores[move]
            }
        }
        if state.canShift && costs.shift == 0 { consider(ArcHybrid.shift) }
        if state.canLeft && costs.left == 0 {
            if let label = costs.leftLabel {
                consider(ArcHybrid.left(label))
            } else {
                for label in 0..<(scores.count - 1) / 2 { consider(ArcHybrid.left(label)) }
            }
        }
        if state.canRight && costs.right == 0 {
            if let label = costs.rightLabel {
                consider(ArcHybrid.right(label))
            } else {
                for label in 0..<(scores.count - 1) / 2 { consider(ArcHybrid.right(label)) }
            }
        }
        if best < 0 {
            // Only for trees the system cannot build (non-projective): take the cheapest valid move.
            var cheapest = Int.max
            for move in 0..<scores.count where state.isValid(move) {
                let cost = costs.of(move)
                if cost < cheapest || (cost == cheapest && scores[move] > bestScore) {
                    best = move
                    cheapest = cost
                    bestScore = scores[move]
                }
            }
        }
        return best
    }
}
