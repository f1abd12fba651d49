import ActorGraphExtraction
import ArgumentParser
import Foundation

/// The options of every command that reads articles (`build`, `extract`): which gazetteer, and which dates.
public struct ExtractionOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, help: ArgumentHelp(
        "A gazetteer file in the bundled format, adding or overriding actors (repeatable).", valueName: "file"))
    var gazetteer: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Keep only articles dated on or after this day, month or year (YYYY[-MM[-DD]]).", valueName: "date"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp(
        "Keep only articles dated on or before this day, month or year (YYYY[-MM[-DD]]).", valueName: "date"))
    var until: String?

    /// The `--gazetteer` files.
    public var gazetteerFiles: [URL] { gazetteer.map { URL(fileURLWithPath: $0) } }

    /// The extractor with the bundled gazetteer and the `--gazetteer` files, and the bundled lexicon and parser.
    public func extractor() throws -> RelationExtractor {
        try RelationExtractor(gazetteer: try Gazetteer.load(adding: gazetteerFiles), lexicon: try StanceLexicon.bundled())
    }

    /// The dates of `--since` and `--until`.
    public func dates() throws -> DateRange {
        try DateRange(since: since, until: until)
    }
}
