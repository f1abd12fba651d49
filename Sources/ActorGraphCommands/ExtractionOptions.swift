import ActorGraphExtraction
import ArgumentParser
import Foundation

/// The options of every command that reads articles (`build`, `extract`): which gazetteer, and which dates.
public struct ExtractionOptions: ParsableArguments {
    public init() {}

    @OptionGroup public var gazetteer: GazetteerOptions

    @Option(name: .long, help: ArgumentHelp(
        "Keep only articles dated on or after this day, month or year (YYYY[-MM[-DD]]).", valueName: "date"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp(
        "Keep only articles dated on or before this day, month or year (YYYY[-MM[-DD]]).", valueName: "date"))
    var until: String?

    /// The extractor with the bundled gazetteer and the `--gazetteer` files, and the bundled lexicon and parser.
    public func extractor() throws -> RelationExtractor {
        try RelationExtractor(gazetteer: try gazetteer.load(), lexicon: try StanceLexicon.bundled())
    }

    /// The dates of `--since` and `--until`.
    public func dates() throws -> DateRange {
        try DateRange(since: since, until: until)
    }
}
