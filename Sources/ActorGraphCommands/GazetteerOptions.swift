import ActorGraphExtraction
import ArgumentParser
import Foundation

/// `--gazetteer`: the files every command that reads articles or merges their partials adds to the bundled gazetteer.
public struct GazetteerOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, help: ArgumentHelp(
        "A gazetteer file in the bundled format, adding or overriding actors (repeatable).", valueName: "file"))
    var gazetteer: [String] = []

    /// The `--gazetteer` files.
    public var files: [URL] { gazetteer.map { URL(fileURLWithPath: $0) } }

    /// The bundled gazetteer with the `--gazetteer` files.
    public func load() throws -> Gazetteer {
        try Gazetteer.load(adding: files)
    }

    /// What this program extracts with, the `--gazetteer` files included (``ExtractionFingerprint``).
    public func fingerprint() throws -> ExtractionFingerprint {
        try ExtractionFingerprint.current(addedGazetteers: files)
    }
}
