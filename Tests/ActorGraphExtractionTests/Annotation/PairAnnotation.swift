import Foundation

/// One row of `Tests/Annotations/corpus-pairs.tsv`: two actors the corpus relates, and the sign a careful reader
/// gives that relation over the whole corpus.
struct PairAnnotation: Hashable {
    /// The two actor ids, `a < b`: alpha-3 for countries, the grouping's id, `WEST` for the bloc.
    var a: String
    var b: String
    /// `1`, `-1` or `0`.
    var sign: Int
    /// Every sentence behind the pair names an actor only by reference ("the two countries", "this cooperation"),
    /// so an extractor that works from names cannot find it.
    var coreferenceOnly: Bool

    var pair: ActorPair { ActorPair(a, b) }

    /// The repository's `Tests/Annotations` folder.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Annotations")

    /// Reads an annotation file: `#` comment lines, a header row `a b sign why`, then one tab-separated row per pair.
    static func read(_ name: String) throws -> [PairAnnotation] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
        return try rows.enumerated().map { index, row in
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4, fields[0] < fields[1], let sign = ["+": 1, "-": -1, "0": 0][fields[2]] else {
                throw AnnotationError(file: name, row: index + 1, text: String(row))
            }
            return PairAnnotation(
                a: fields[0], b: fields[1], sign: sign, coreferenceOnly: fields[3].contains("[coref-only]"))
        }
    }
}

/// An unordered pair of actor ids, kept in order so that equal pairs compare equal.
struct ActorPair: Hashable, CustomStringConvertible {
    let a: String
    let b: String

    init(_ x: String, _ y: String) {
        (a, b) = x < y ? (x, y) : (y, x)
    }

    var description: String { "\(a)-\(b)" }
}

struct AnnotationError: Error, CustomStringConvertible {
    var file: String
    var row: Int
    var text: String

    var description: String { "\(file): data row \(row) is not 'a<TAB>b<TAB>+|-|0<TAB>why' with a < b: \(text)" }
}
