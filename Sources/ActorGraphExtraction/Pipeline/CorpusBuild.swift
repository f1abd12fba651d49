import ActorGraphCore
import Foundation

/// The whole extraction: read every input, extract each document on all cores, add them up in input order.
public struct CorpusBuild: Sendable {
    public var network: Network
    public var records: [DocumentRecord]
    /// The inputs that could not be read, in input order.
    public var skipped: [SkippedInput]

    /// Articles read but left out because their date is outside the build's ``DateRange``.
    public var outOfRange: Int

    /// Runs the pipeline over files and folders.
    ///
    /// - Parameters:
    ///   - dates: the articles to keep, by date; the others are read but add nothing.
    ///   - evidenceLimit: how many sentences each edge keeps as evidence (its strongest); nil keeps all.
    ///   - progress: called after each document with (done, total), from any thread.
    ///   - timings: where the time goes, stage by stage, when the caller wants to know.
    /// - Throws: ``CorpusError`` when a path does not exist; ``BuildError`` when nothing could be read, or nothing
    ///   read falls within `dates`.
    public static func run(
        paths: [String], extractor: RelationExtractor, dates: DateRange = .all,
        evidenceLimit: Int? = NetworkBuilder.defaultEvidenceLimit, progress: (@Sendable (Int, Int) -> Void)? = nil,
        timings: StageTimes? = nil
    ) throws -> CorpusBuild {
        let read = try timings.measure(.reading) { try CorpusReader().read(paths) }
        let items = read.filter { item in
            if case .document(let document) = item { return dates.contains(document.date) }
            return true
        }
        let documents = items.compactMap { item -> Document? in
            if case .document(let document) = item { return document }
            return nil
        }
        guard !documents.isEmpty else {
            let readable = read.count - items.count
            if readable > 0 { throw BuildError.noneInRange(dates, read: readable) }
            throw BuildError.emptyCorpus(paths: paths, skipped: items.compactMap { item in
                if case .skipped(let input) = item { return input }
                return nil
            })
        }
        var timedExtractor = extractor
        timedExtractor.timings = timings
        let extractions = extractAll(documents, with: timedExtractor, progress: progress)
        return timings.measure(.network) {
            var builder = NetworkBuilder(gazetteer: extractor.gazetteer, evidenceLimit: evidenceLimit)
            var skipped: [SkippedInput] = []
            var next = 0
            for item in items {
                switch item {
                case .document:
                    builder.add(extractions[next])
                    next += 1
                case .skipped(let input):
                    builder.addSkipped(name: input.name, reason: input.reason)
                    skipped.append(input)
                }
            }
            return CorpusBuild(
                network: builder.network(), records: builder.documentRecords, skipped: skipped,
                outOfRange: read.count - items.count)
        }
    }

    private static func extractAll(
        _ documents: [Document], with extractor: RelationExtractor, progress: (@Sendable (Int, Int) -> Void)?
    ) -> [DocumentExtraction] {
        let results = Results(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            let done = results.store(extractor.extract(documents[index]), at: index)
            progress?(done, documents.count)
        }
        return results.values
    }
}

/// Per-document results written from many threads, each to its own slot.
private final class Results: @unchecked Sendable {
    private var slots: [DocumentExtraction?]
    private var done = 0
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ value: DocumentExtraction, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = value
        done += 1
        return done
    }

    var values: [DocumentExtraction] {
        slots.map { $0! }
    }
}

/// Why a build could not make a network.
public enum BuildError: Error, CustomStringConvertible, Equatable {
    /// Nothing could be read; `skipped` says why for each input.
    case emptyCorpus(paths: [String], skipped: [SkippedInput])
    case noneInRange(DateRange, read: Int)

    public var description: String {
        switch self {
        case let .emptyCorpus(paths, skipped):
            let inputs = paths.joined(separator: ", ")
            if skipped.isEmpty {
                return "no articles found under \(inputs): give files or folders of .txt, .md, .html or .jsonl articles"
            }
            // One line, whatever the number of inputs: the first reasons, then how many more.
            let shown = skipped.prefix(3).map { "\($0.name): \($0.reason)" }.joined(separator: "; ")
            let more = skipped.count > 3 ? "; and \(skipped.count - 3) more" : ""
            return "none of the \(skipped.count) inputs under \(inputs) could be read: \(shown)\(more)"
        case let .noneInRange(dates, read):
            return "none of the \(read) articles read is dated \(dates) (undated articles count only without --since "
                + "and --until)"
        }
    }
}
