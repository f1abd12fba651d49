import ActorGraphCore
import Foundation

/// An incremental build (`graph build --cache DIR`): the corpus cut into parts, each part's partial network kept in
/// the cache folder under a hash of what it was made from, so that a rebuild extracts only the parts that are new
/// or changed and merges the rest from the cache. The files are those of a clean build, byte for byte.
///
/// A part is a file, or a run of ``linesPerPart`` lines of a `.jsonl` file (lines 1–256, 257–512, ...): articles
/// added at the end of a feed file, or as new files, leave every earlier part as it was. A part's name in the cache
/// is the ``ContentHash`` of the program's own bytes, the ``ExtractionFingerprint`` (version, gazetteer, lexicon and
/// model), the dates the build keeps, and each of its inputs' name, line and bytes: any change to one of these makes
/// a new part. Entries no build uses any more stay in the folder until it is deleted.
public final class BuildCache {
    /// Lines of a `.jsonl` file in one part: a part re-extracted for one appended line costs at most this many.
    public static let linesPerPart = 256

    /// What the last ``run`` did: parts merged from the cache, and parts extracted (and added to it).
    public private(set) var reused = 0
    public private(set) var extracted = 0

    let folder: URL
    let fingerprint: ExtractionFingerprint
    /// ``ExtractionFingerprint/programHash()``.
    let program: String
    let extractor: RelationExtractor
    let dates: DateRange

    public init(
        folder: URL, fingerprint: ExtractionFingerprint, program: String, extractor: RelationExtractor, dates: DateRange
    ) {
        self.folder = folder
        self.fingerprint = fingerprint
        self.program = program
        self.extractor = extractor
        self.dates = dates
    }

    /// A part on its way into the build, in input order: merged from the cache, or being extracted.
    private final class Part {
        let file: URL
        var builder: NetworkBuilder
        /// Inputs still to be extracted (0 for a part read from the cache).
        var remaining: Int

        init(file: URL, builder: NetworkBuilder, remaining: Int) {
            self.file = file
            self.builder = builder
            self.remaining = remaining
        }
    }

    /// Builds the corpus under `paths`, as ``CorpusBuild/run(paths:extractor:dates:evidenceLimit:progress:timings:schedule:)``
    /// does with every sentence kept, taking each part from the cache where it is there.
    /// - Throws: what a build throws; ``BuildCacheError`` when the cache folder cannot be made, a `FileWriteError`
    ///   when a part cannot be written into it.
    public func run(
        paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil, timings: StageTimes? = nil,
        schedule: ExtractionSchedule = .allCores
    ) throws -> CorpusBuild {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder)
            throw BuildCacheError(
                folder: folder.path,
                reason: exists && !isFolder.boolValue ? "a file has that name" : error.localizedDescription)
        }
        reused = 0
        extracted = 0
        var builder = NetworkBuilder(gazetteer: extractor.gazetteer, evidenceLimit: nil)
        var parts: [Part] = []
        /// The part the next extracted input belongs to.
        var extracting = 0
        func mergeFinishedParts() {
            var merged = 0
            while merged < parts.count, parts[merged].remaining == 0 {
                builder.merge(parts[merged].builder)
                merged += 1
            }
            parts.removeFirst(merged)
            extracting = max(0, extracting - merged)
        }
        try CorpusBuild.extract(
            { body in
                var inputs: [PendingInput] = []
                func closePart() throws {
                    guard !inputs.isEmpty else { return }
                    defer { inputs.removeAll() }
                    let file = folder.appendingPathComponent(partName(inputs) + ".partial")
                    if let cached = timings.measure(.reading, { cachedPart(file) }) {
                        parts.append(Part(file: file, builder: cached, remaining: 0))
                        reused += 1
                        mergeFinishedParts()
                        return
                    }
                    parts.append(Part(file: file, builder: .partial(gazetteer: extractor.gazetteer), remaining: inputs.count))
                    for input in inputs { try body(input) }
                }
                try CorpusReader().inputs(paths) { input in
                    if let last = inputs.last, !Self.samePart(last.key, input.key) { try closePart() }
                    inputs.append(input)
                }
                try closePart()
            },
            extractor: extractor, dates: dates, progress: progress, timings: timings, schedule: schedule
        ) { input, outcomes in
            while parts[extracting].remaining == 0 { extracting += 1 }
            let part = parts[extracting]
            for outcome in outcomes { part.builder.add(outcome, key: input.key) }
            part.remaining -= 1
            if part.remaining == 0 {
                var data = Data()
                try PartialNetwork(builder: part.builder, fingerprint: fingerprint, dates: dates).write { data.append($0) }
                try AtomicFile.write(data, to: part.file)
                extracted += 1
                mergeFinishedParts()
            }
        }
        mergeFinishedParts()
        return try CorpusBuild.finished(builder, paths: paths, dates: dates, timings: timings)
    }

    /// Whether two inputs, one after the other, fall in one part: lines of one `.jsonl` file within one run of
    /// ``linesPerPart``.
    static func samePart(_ x: InputKey, _ y: InputKey) -> Bool {
        x.name == y.name && x.line > 0 && y.line > 0 && (x.line - 1) / linesPerPart == (y.line - 1) / linesPerPart
    }

    /// The cache's name for the part made of `inputs`.
    private func partName(_ inputs: [PendingInput]) -> String {
        var hash = ContentHash()
        for field in [
            "\(PartialNetwork.format)/\(PartialNetwork.version)", program, fingerprint.tool, fingerprint.gazetteer,
            fingerprint.lexicon, fingerprint.parser, dates.description,
        ] {
            hash.add(field)
        }
        for input in inputs {
            hash.add("\(input.key.name)\n\(input.key.line)")
            hash.add(input.content)
        }
        return hash.hex
    }

    /// The part in `file`, or nil when the cache does not hold it whole (never written, or damaged: it is then
    /// extracted and written again).
    private func cachedPart(_ file: URL) -> NetworkBuilder? {
        guard FileManager.default.fileExists(atPath: file.path),
            let partial = try? PartialNetwork.read(file, gazetteer: extractor.gazetteer),
            partial.fingerprint == fingerprint, partial.dates == dates
        else { return nil }
        return partial.builder
    }
}

/// Why the cache folder cannot be used.
public struct BuildCacheError: Error, CustomStringConvertible {
    public var folder: String
    public var reason: String

    public var description: String {
        "cannot keep the cache in \(folder): \(reason); give --cache a folder that can be written"
    }
}
