/// The tags the training text gave each frequent word, as a set: the word's ambiguity class. `to` is {ADP, PART},
/// `that` {DET, PRON, SCONJ}, `India` {PROPN}. The tagger reads it as a feature of each word and of the words ahead.
struct TagDictionary: Sendable {
    /// Word-form hash (`WordAtoms.word`) to a bit set of `UniversalTag` raw values.
    let table: FeatureTable

    /// Words seen at least `minimumCount` times, with every tag that made up at least `minimumShare` of them.
    init(_ sentences: [TaggedWords], minimumCount: Int = 3, minimumShare: Double = 0.01) {
        var counts: [UInt64: [Int]] = [:]
        for sentence in sentences {
            for (atoms, tag) in zip(sentence.atoms, sentence.tags) {
                counts[atoms.word, default: Array(repeating: 0, count: UniversalTag.allCases.count)][Int(tag.rawValue)] += 1
            }
        }
        var table = FeatureTable(minimumCapacity: counts.count)
        for (word, tagCounts) in counts.sorted(by: { $0.key < $1.key }) {
            let total = tagCounts.reduce(0, +)
            guard total >= minimumCount else { continue }
            var mask: Int32 = 0
            for (tag, count) in tagCounts.enumerated() where Double(count) >= minimumShare * Double(total) {
                mask |= 1 << tag
            }
            table.insert(word, row: mask)
        }
        self.table = table
    }

    init(table: FeatureTable) { self.table = table }

    /// The ambiguity-class atom of a word: its tag set, or a mark of its own for words the dictionary lacks.
    func atom(_ word: WordAtoms) -> UInt64 {
        let mask = table.row(word.word)
        return mask < 0 ? 3 : 0x1_0000 + UInt64(mask)
    }
}

/// A tokenised sentence with a tag per word, as training reads it.
struct TaggedWords: Sendable {
    var atoms: [WordAtoms]
    var tags: [UniversalTag]
    /// The tagger's classes (`TagSet`).
    var fine: [Int]
}
