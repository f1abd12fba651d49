import ActorGraphExtraction
import Testing

/// Scores the sign the extractor gives each annotated pair, sentence by sentence, against the hand annotation in
/// `Tests/Annotations/`: `relations.tsv` (264 sentences, 762 pairs, every pair each sentence names) and
/// `corpus-relations.tsv` (the related pairs of the five bundled articles). The floors are the accuracy reached
/// when they were set: raise them as extraction improves. `Benchmarks/peer-accuracy.py` scores the peer pipelines on
/// the same set.
@Suite struct RelationSignAccuracyTests {
    static let extractor = Result {
        RelationExtractor(gazetteer: try Gazetteer.load(adding: []), lexicon: try StanceLexicon.bundled())
    }

    @Test func annotatedNewsSentences() throws {
        let score = SignScore(try SentencePairs.readRelations(), extractor: try Self.extractor.get())
        print(score.report("relations.tsv"))
        print(score.misses.map { "  \($0)" }.joined(separator: "\n"))
        #expect(score.total == 762)
        #expect(score.right >= 399, "floor: 399 of 762 (52%)")
    }

    @Test func corpusSentences() throws {
        let score = SignScore(try SentencePairs.readCorpusRelations(), extractor: try Self.extractor.get())
        print(score.report("corpus-relations.tsv"))
        print(score.misses.map { "  \($0)" }.joined(separator: "\n"))
        #expect(score.right >= 115, "floor: 115 of 194 (59%)")
    }
}
