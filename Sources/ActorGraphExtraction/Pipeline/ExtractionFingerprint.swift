import ActorGraphParser
import Foundation

/// What a partial network was extracted with: the tool's version (``toolVersion``), and as a ``ContentHash`` of
/// their bytes the gazetteer (the bundled actors, titles and geography, and any `--gazetteer` files), the stance
/// lexicon and the parser's model. Partial networks merge only when all four agree: the same articles read with
/// another lexicon or another version of the tool can give other relations, and a merge of the two would be the
/// network of no single run.
///
/// The tool is named by its version, not by a hash of the program, so that `graph` and the `graph-extract` worker
/// (the same extraction without Graphviz, for cluster executors) make partials that merge. The build cache, which
/// one program writes and reads, also keys its parts by the program's own bytes (``programHash()``), so that no
/// change to the code can reuse a part made before it.
public struct ExtractionFingerprint: Codable, Hashable, Sendable {
    /// The version of the tool's extraction: raise it with every change to what the extraction finds (its code or
    /// the partial network format), so that partials of two versions are not merged.
    public static let toolVersion = "actorgraph 0.9.42"

    public var tool: String
    public var gazetteer: String
    public var lexicon: String
    public var parser: String

    /// The fingerprint of this process, with `addedGazetteers` read beside the bundled gazetteer.
    /// - Throws: when a file cannot be read (the program, a resource, an added gazetteer).
    public static func current(addedGazetteers: [URL] = []) throws -> ExtractionFingerprint {
        guard let resources = Bundle.module.url(forResource: "Resources", withExtension: nil),
            let model = EnglishParser.bundledModel
        else { throw GazetteerError.missingResources }
        let bundled = try files(under: resources)
        let lexicon = bundled.filter { $0.relative.hasPrefix("Lexicon/") }
        let gazetteer = bundled.filter { !$0.relative.hasPrefix("Lexicon/") }
            + addedGazetteers.map { (relative: "added:" + $0.lastPathComponent, url: $0) }
        return ExtractionFingerprint(
            tool: toolVersion, gazetteer: try hash(gazetteer), lexicon: try hash(lexicon),
            parser: try hash([(relative: "model", url: model)]))
    }

    /// A hash of the running program's file.
    public static func programHash() throws -> String {
        try hash([(relative: "program", url: executable)])
    }

    /// The parts in which `other` differs, by name (empty when they agree).
    public func differences(from other: ExtractionFingerprint) -> [String] {
        [("version of the tool", tool, other.tool), ("gazetteer", gazetteer, other.gazetteer), ("lexicon", lexicon, other.lexicon),
         ("parser model", parser, other.parser)]
            .filter { $0.1 != $0.2 }.map(\.0)
    }

    /// The running program's file.
    private static var executable: URL {
        let linux = URL(fileURLWithPath: "/proc/self/exe")
        if FileManager.default.fileExists(atPath: linux.path) { return linux }
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    }

    /// The files under `folder`, by their path relative to it, in that order.
    private static func files(under folder: URL) throws -> [(relative: String, url: URL)] {
        let paths = FileManager.default.subpaths(atPath: folder.path) ?? []
        return paths.sorted().compactMap { relative in
            let url = folder.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue
            else { return nil }
            return (relative, url)
        }
    }

    private static func hash(_ files: [(relative: String, url: URL)]) throws -> String {
        var hash = ContentHash()
        for file in files {
            hash.add(file.relative)
            hash.add(try Data(contentsOf: file.url, options: .alwaysMapped))
        }
        return hash.hex
    }
}
