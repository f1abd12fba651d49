/// Assigns universal part-of-speech tags, left to right, one greedy decision per word (see `TaggerFeatures`).
struct Tagger: Sendable {
    let weights: WeightTable
    let dictionary: TagDictionary
    let tagSet: TagSet

    /// The class in `tagSet` of each word; a word in `allowed` gets the best class whose universal tag is among
    /// its allowed ones.
    func tag(_ atoms: [WordAtoms], allowing allowed: [Int: Set<UniversalTag>] = [:]) -> [Int] {
        guard !allowed.isEmpty else {
            return Self.decode(atoms, dictionary: dictionary, scorer: weights) { _, _, guess in guess }
        }
        return Self.decode(
            atoms, dictionary: dictionary, scorer: weights,
            allows: { index, tag in allowed[index].map { $0.contains(tagSet.universal[tag]) } ?? true }
        ) { _, _, guess in guess }
    }

    /// Tags `atoms` with `scorer`, asking `choose` at each word which class to go on with, given the word's index,
    /// its features and the best-scoring class (among those `allows` lets the word take: all, by default). Tagging
    /// goes on with the guess; training updates the model first.
    /// - Complexity: O(n · (f + t)) for n words, f = `TaggerFeatures.count` look-ups and t classes.
    static func decode<Scorer: ClassScorer>(
        _ atoms: [WordAtoms], dictionary: TagDictionary, scorer: Scorer,
        allows: ((_ index: Int, _ tag: Int) -> Bool)? = nil,
        choose: (_ index: Int, _ features: UnsafeBufferPointer<UInt64>, _ guess: Int) -> Int
    ) -> [Int] {
        let ambiguity = atoms.map(dictionary.atom)
        var tags: [Int] = []
        tags.reserveCapacity(atoms.count)
        let tagCount = scorer.classCount
        var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var scores = [Float](repeating: 0, count: tagCount)
        features.withUnsafeMutableBufferPointer { features in
            scores.withUnsafeMutableBufferPointer { scores in
                for i in atoms.indices {
                    let p1 = i > 0 ? UInt64(tags[i - 1]) : TaggerFeatures.noTag
                    let p2 = i > 1 ? UInt64(tags[i - 2]) : TaggerFeatures.noTag
                    TaggerFeatures.write(i, atoms, ambiguity: ambiguity, previous: (p1, p2), into: features.baseAddress!)
                    for t in 0..<tagCount { scores[t] = 0 }
                    scorer.addScores(of: UnsafeBufferPointer(features), into: scores)
                    var best = 0
                    if let allows {
                        var found: Int?
                        for t in 0..<tagCount where allows(i, t) && (found.map { scores[t] > scores[$0] } ?? true) {
                            found = t
                        }
                        best = found ?? 0
                    } else {
                        for t in 1..<tagCount where scores[t] > scores[best] { best = t }
                    }
                    tags.append(choose(i, UnsafeBufferPointer(features), best))
                }
            }
        }
        return tags
    }
}
