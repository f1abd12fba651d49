/// Trains the part-of-speech tagger: averaged perceptron, greedy decoding with its own previous decisions (as it
/// will run), examples in a new seeded order each epoch, and the epoch that tags the development sentences best kept
/// (the last epoch when there are none).
enum TaggerTraining {
    static func train(
        _ sentences: [TaggedWords], dev: [TaggedWords], tagSet: TagSet, epochs: Int, seed: UInt64, pruning: Float,
        log: (String) -> Void
    ) -> (tagger: Tagger, devAccuracy: Double) {
        let dictionary = TagDictionary(sentences)
        let model = AveragedPerceptron(classCount: tagSet.count)
        var random = SplitMix64(seed: seed)
        var order = Array(sentences.indices)
        var best: (tagger: Tagger, devAccuracy: Double)?
        for epoch in 1...epochs {
            order.shuffle(using: &random)
            var right = 0
            var total = 0
            for index in order {
                let sentence = sentences[index]
                _ = Tagger.decode(sentence.atoms, dictionary: dictionary, scorer: model) { i, features, guess in
                    let truth = sentence.fine[i]
                    model.update(truth: truth, guess: guess, features: features)
                    model.tick()
                    if guess == truth { right += 1 }
                    total += 1
                    return guess
                }
            }
            let tagger = Tagger(weights: model.averaged(pruningBelow: pruning), dictionary: dictionary, tagSet: tagSet)
            let accuracy = Evaluation.tagAccuracy(tagger, dev)
            log("tagger epoch \(epoch): train \(percent(right, total)) (UPOS and XPOS), dev \(percent(accuracy)) (UPOS)")
            // Without development sentences the last epoch is kept.
            if best == nil || dev.isEmpty || accuracy > best!.devAccuracy { best = (tagger, accuracy) }
        }
        return best!
    }
}

func percent(_ right: Int, _ total: Int) -> String { percent(Double(right) / Double(max(total, 1))) }
func percent(_ fraction: Double) -> String {
    let value = (fraction * 10000).rounded() / 100
    return "\(value)%"
}
