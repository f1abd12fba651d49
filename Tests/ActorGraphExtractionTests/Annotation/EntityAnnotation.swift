import Foundation

/// One short article of `Tests/Annotations/entities.tsv`: its sentences, its date, and every entity they must yield.
struct EntityAnnotation {
    /// An annotated entity: `kind` is `country`, `grouping`, `bloc` or `person`; `id` is the actor's id, or for a
    /// person the name as annotated (`Sergey Lavrov`), and `affiliation` the country or grouping they act for.
    struct Entity: Hashable {
        var kind: String
        var id: String
        var affiliation: String?
    }

    var doc: String
    var date: String?
    var sentences: [String]
    var entities: Set<Entity>

    /// Reads the file: rows `doc date text entities traps note`; consecutive rows of one `doc` form one article.
    /// `entities` holds `kind:id` items separated by spaces, where a person's id is `Full Name@AFFILIATION` and may
    /// itself hold spaces (a new item starts at each `kind:` prefix).
    static func read() throws -> [EntityAnnotation] {
        let url = PairAnnotation.folder.appendingPathComponent("entities.tsv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        var articles: [EntityAnnotation] = []
        for (index, line) in lines.dropFirst().enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4 else { throw AnnotationError(file: "entities.tsv", row: index + 1, text: String(line)) }
            let entities = try Self.entities(fields[3], row: index + 1)
            if articles.last?.doc == fields[0] {
                articles[articles.count - 1].sentences.append(fields[2])
                articles[articles.count - 1].entities.formUnion(entities)
            } else {
                articles.append(EntityAnnotation(
                    doc: fields[0], date: fields[1].isEmpty ? nil : fields[1], sentences: [fields[2]], entities: entities))
            }
        }
        return articles
    }

    static let kinds = ["country", "grouping", "bloc", "person"]

    private static func entities(_ text: String, row: Int) throws -> Set<Entity> {
        var items: [String] = []
        for word in text.split(separator: " ") {
            if kinds.contains(where: { word.hasPrefix($0 + ":") }) || items.isEmpty {
                items.append(String(word))
            } else {
                items[items.count - 1] += " " + word
            }
        }
        return Set(try items.map { item in
            let parts = item.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, kinds.contains(parts[0]) else {
                throw AnnotationError(file: "entities.tsv", row: row, text: item)
            }
            guard parts[0] == "person" else { return Entity(kind: parts[0], id: parts[1]) }
            let person = parts[1].split(separator: "@", maxSplits: 1).map(String.init)
            return Entity(kind: "person", id: person[0], affiliation: person.count > 1 ? person[1] : nil)
        })
    }
}
