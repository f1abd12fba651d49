import ActorGraphExtraction
import Testing

/// Scores the actors found in `Tests/Annotations/entities.tsv` (298 sentences of international news written for the
/// purpose) per kind. The floors are the figures reached when they were set: raise them as recognition improves.
@Suite struct EntityAccuracyTests {
    static let floors: [String: (precision: Double, recall: Double)] = [
        "country": (0.94, 0.98), "grouping": (0.97, 0.97), "bloc": (1.0, 0.75), "person": (1.0, 0.96),
    ]

    @Test func entitiesOfTheAnnotatedArticles() throws {
        let extractor = try RelationExtractor(gazetteer: try Gazetteer.load(adding: []), lexicon: try StanceLexicon.bundled())
        let score = EntityScore(try EntityAnnotation.read(), extractor: extractor)
        print("entities.tsv: " + score.report())
        print(score.errors.map { "  " + $0 }.joined(separator: "\n"))
        for (kind, floor) in Self.floors {
            let counts = score.byKind[kind] ?? EntityScore.Counts()
            #expect(counts.precision >= floor.precision, "\(kind) precision")
            #expect(counts.recall >= floor.recall, "\(kind) recall")
        }
    }
}
