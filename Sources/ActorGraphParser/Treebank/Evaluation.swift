/// The standard scores of a tagger and parser on gold-tokenised sentences, as the CoNLL 2018 shared task computes
/// them: every syntactic word counts, punctuation included; UAS is the share of words with the right head, LAS the
/// share with the right head and the right universal relation (subtypes dropped: `nsubj:pass` counts as `nsubj`).
enum Evaluation {
    struct Scores: CustomStringConvertible, Sendable {
        var words = 0
        var rightTags = 0
        var rightHeads = 0
        var rightArcs = 0
        var upos: Double { Double(rightTags) / Double(max(words, 1)) }
        var uas: Double { Double(rightHeads) / Double(max(words, 1)) }
        var las: Double { Double(rightArcs) / Double(max(words, 1)) }
        var description: String { "UPOS \(percent(upos)) UAS \(percent(uas)) LAS \(percent(las)) (\(words) words)" }
    }

    static func tagAccuracy(_ tagger: Tagger, _ sentences: [TaggedWords]) -> Double {
        var right = 0
        var total = 0
        for sentence in sentences {
            let tags = tagger.tag(sentence.atoms).map { tagger.tagSet.universal[$0] }
            right += zip(tags, sentence.tags).filter { $0 == $1 }.count
            total += tags.count
        }
        return Double(right) / Double(max(total, 1))
    }

    static func score(tagger: Tagger, parser: DependencyParser, _ sentences: [GoldSentence]) -> Scores {
        var scores = Scores()
        for sentence in sentences {
            let tags = tagger.tag(sentence.atoms)
            let state = DependencyParser.decode(sentence.atoms, tags: tags, scorer: parser.weights) { $3 }
            add(
                &scores, gold: sentence, tags: tags.map { tagger.tagSet.universal[$0] }, heads: state.heads,
                relations: state.labels.map { parser.relations[$0] })
        }
        return scores
    }

    /// Adds one sentence's counts; heads number the root as n.
    static func add(
        _ scores: inout Scores, gold: GoldSentence, tags: [UniversalTag], heads: [Int], relations: [String]
    ) {
        for i in gold.heads.indices {
            scores.words += 1
            if tags[i] == gold.tags[i] { scores.rightTags += 1 }
            if heads[i] == gold.heads[i] {
                scores.rightHeads += 1
                if ParsedSentence.universal(relations[i]) == ParsedSentence.universal(gold.relations[i]) {
                    scores.rightArcs += 1
                }
            }
        }
    }
}
