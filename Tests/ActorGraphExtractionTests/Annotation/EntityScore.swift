import ActorGraphCore
import ActorGraphExtraction
import Foundation

/// Precision and recall of the actors an extractor finds in each annotated article, per kind.
///
/// An annotated person is matched by the gazetteer's names (so `Sergei Lavrov` is the gazetteer's Sergey Lavrov) or,
/// for a person the gazetteer does not know, by the slug of the name, the id the extractor gives such a person.
struct EntityScore {
    struct Counts {
        var found = 0
        var missed = 0
        var spurious = 0
        var precision: Double { Double(found) / Double(max(1, found + spurious)) }
        var recall: Double { Double(found) / Double(max(1, found + missed)) }
    }

    var byKind: [String: Counts] = [:]
    /// What went wrong, article by article: `e012 missed country:COG`.
    var errors: [String] = []

    init(_ articles: [EntityAnnotation], extractor: RelationExtractor) {
        let names = extractor.gazetteer.queryNames()
        func id(of entity: EntityAnnotation.Entity) -> String {
            guard entity.kind == "person" else { return entity.id }
            return names[NameResolver.key(entity.id)] ?? Self.slug(entity.id)
        }
        for article in articles {
            let document = Document(name: article.doc, title: "", date: article.date, paragraphs: [article.sentences.joined(separator: " ")])
            let found = extractor.extract(document).mentions.keys
            let got = Set(found.map { "\(extractor.gazetteer.actors[$0]?.kind.rawValue ?? "person"):\($0)" })
            let want = Set(article.entities.map { "\($0.kind):\(id(of: $0))" })
            for item in want.union(got) {
                let kind = String(item.prefix { $0 != ":" })
                switch (want.contains(item), got.contains(item)) {
                case (true, true): byKind[kind, default: Counts()].found += 1
                case (true, false):
                    byKind[kind, default: Counts()].missed += 1
                    errors.append("\(article.doc) missed \(item)")
                case (false, true):
                    byKind[kind, default: Counts()].spurious += 1
                    errors.append("\(article.doc) spurious \(item)")
                case (false, false): break
                }
            }
        }
    }

    /// `Nikolay Kudashev` → `nikolay-kudashev`: lower case, accents dropped, runs of other characters as one `-`.
    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.joined(separator: "-")
    }

    func report() -> String {
        EntityAnnotation.kinds.map { kind in
            let counts = byKind[kind] ?? Counts()
            return String(format: "%@ P %.2f R %.2f (%d found, %d missed, %d spurious)",
                          kind, counts.precision, counts.recall, counts.found, counts.missed, counts.spurious)
        }.joined(separator: "; ")
    }
}
