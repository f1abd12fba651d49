import ActorGraphCore
import Foundation

/// The whole extraction: find the inputs, read and extract them on all cores a batch at a time, and add each batch
/// up in input order, so that memory holds one batch and the network, whatever the size of the corpus.
public struct CorpusBuild: Sendable {
    public var network: Network
    /// `documents.jsonl`: a line per input read or skipped, in input order (``DocumentIndex``).
    public var documentIndex: Data
    /// The inputs that could not be read, in input order.
    public var skipped: [SkippedInput]

    /// Articles read but left out because their date is outside the build's ``DateRange``.
    public var outOfRange: Int

    /// Runs the pipeline over files and folders.
    ///
    /// - Parameters:
    ///   - dates: the articles to keep, by date; the others are read but add nothing.
    ///   - evidenceLimit: how many sentences each edge keeps as evidence (its strongest); nil keeps all.
    ///   - progress: called after each input with (done, found so far), from any thread.
    ///   - timings: where the time goes, stage by stage, when the caller wants to know.
    ///   - schedule: how the work is spread over threads and batches; the result is the same for any.
    /// - Throws: ``CorpusError`` when a path does not exist; ``BuildError`` when nothing could be read, or nothing
    ///   read falls within `dates`.
    public static func run(
        paths: [String], extractor: RelationExtractor, dates: DateRange = .all,
        evidenceLimit: Int? = NetworkBuilder.defaultEvidenceLimit, progress: (@Sendable (Int, Int) -> Void)? = nil,
        timings: StageTimes? = nil, schedule: ExtractionSchedule = .allCores
    ) throws -> CorpusBuild {
        var builder = NetworkBuilder(gazetteer: extractor.gazetteer, evidenceLimit: evidenceLimit)
        try extract(
            { try CorpusReader().inputs(paths, $0) }, into: &builder, extractor: extractor, dates: dates,
            progress: progress, timings: timings, schedule: schedule)
        return try finished(builder, paths: paths, dates: dates, timings: timings)
    }

    /// The build of everything `builder` holds (a build's, or partial networks merged).
    /// - Throws: ``BuildError`` when it holds no document (`paths` and `dates` say what was read, for the message).
    public static func finished(
        _ builder: NetworkBuilder, paths: [String], dates: DateRange = .all, timings: StageTimes? = nil
    ) throws -> CorpusBuild {
        guard builder.documentCount > 0 else {
            if builder.outOfRange > 0 { throw BuildError.noneInRange(dates, read: builder.outOfRange) }
            throw BuildError.emptyCorpus(paths: paths, skipped: builder.skipped)
        }
        return timings.measure(.network) {
            let (index, skipped) = builder.documents()
            return CorpusBuild(
                network: builder.network(), documentIndex: index, skipped: skipped, outOfRange: builder.outOfRange)
        }
    }

    /// Reads and extracts the inputs `find` gives, in batches on all cores, and adds them to `builder` in the
    /// order found.
    ///
    /// - Parameters:
    ///   - find: gives each input, in order, to the function it is called with (``CorpusReader/inputs(_:_:)``).
    ///   - dates, progress, timings, schedule: as for ``run(paths:extractor:dates:evidenceLimit:progress:timings:schedule:)``.
    /// - Throws: what `find` throws.
    public static func extract(
        _ find: ((PendingInput) throws -> Void) throws -> Void, into builder: inout NetworkBuilder,
        extractor: RelationExtractor, dates: DateRange = .all, progress: (@Sendable (Int, Int) -> Void)? = nil,
        timings: StageTimes? = nil, schedule: ExtractionSchedule = .allCores
    ) throws {
        try extract(find, extractor: extractor, dates: dates, progress: progress, timings: timings, schedule: schedule) {
            input, outcomes in
            for outcome in outcomes { builder.add(outcome, key: input.key) }
        }
    }

    /// Reads and extracts the inputs `find` gives, in batches on all cores, and gives each input with what it
    /// added to `each`, in the order found, on the calling thread.
    /// - Throws: what `find` or `each` throws.
    public static func extract(
        _ find: ((PendingInput) throws -> Void) throws -> Void, extractor: RelationExtractor,
        dates: DateRange = .all, progress: (@Sendable (Int, Int) -> Void)? = nil, timings: StageTimes? = nil,
        schedule: ExtractionSchedule = .allCores, each: (PendingInput, [InputOutcome]) throws -> Void
    ) throws {
        // `find` calls back into the batch that calls `each`; neither outlives this call.
        try withoutActuallyEscaping(each) { each in
            try extractBatches(
                find, extractor: extractor, dates: dates, progress: progress, timings: timings, schedule: schedule,
                each: each)
        }
    }

    private static func extractBatches(
        _ find: ((PendingInput) throws -> Void) throws -> Void, extractor: RelationExtractor, dates: DateRange,
        progress: (@Sendable (Int, Int) -> Void)?, timings: StageTimes?, schedule: ExtractionSchedule,
        each: @escaping (PendingInput, [InputOutcome]) throws -> Void
    ) throws {
        let timedExtractor = {
            var timed = extractor
            timed.timings = timings
            return timed
        }()
        var found = 0
        let done = Counter()
        var batch: [PendingInput] = []
        var batchBytes = 0
        func addBatch() throws {
            let outcomes = concurrentMap(count: batch.count, workers: schedule.workers) { [batch, found] index in
                let outcomes = InputOutcome.of(batch[index], extractor: timedExtractor, dates: dates)
                progress?(done.increment(), found)
                return outcomes
            }
            try timings.measure(.network) {
                for (input, outcomes) in zip(batch, outcomes) { try each(input, outcomes) }
            }
            batch.removeAll(keepingCapacity: true)
            batchBytes = 0
        }
        try find { input in
            batch.append(input)
            batchBytes += input.size
            found += 1
            if batch.count >= schedule.batchInputs || batchBytes >= schedule.batchBytes { try addBatch() }
        }
        try addBatch()
    }
}

/// How a build spreads its work over threads, and how much of the corpus it holds at once. The output is the same
/// for any schedule (a test holds it to that).
public struct ExtractionSchedule: Sendable {
    /// Threads reading and extracting at once.
    public var workers: Int
    /// A batch ends when it has this many inputs, or at least `batchBytes` bytes of them.
    public var batchInputs: Int
    public var batchBytes: Int

    public init(workers: Int, batchInputs: Int, batchBytes: Int) {
        precondition(workers > 0 && batchInputs > 0 && batchBytes > 0)
        self.workers = workers
        self.batchInputs = batchInputs
        self.batchBytes = batchBytes
    }

    /// Every core, and batches of up to 1,024 inputs or 16 MB: enough that the cores rarely wait for each other at
    /// the end of a batch, little beside the network itself.
    public static var allCores: ExtractionSchedule {
        ExtractionSchedule(workers: ProcessInfo.processInfo.activeProcessorCount, batchInputs: 1024, batchBytes: 16 << 20)
    }
}

/// What one input adds to a build: an article's extraction, an article left out by its date, or why the input
/// was skipped (a `.jsonl` file read whole gives one for each of its lines).
public enum InputOutcome: Sendable {
    case extracted(DocumentExtraction)
    case outOfRange
    case skipped(SkippedInput)

    /// Reads the input and extracts what it holds within `dates`.
    static func of(_ input: PendingInput, extractor: RelationExtractor, dates: DateRange) -> [InputOutcome] {
        extractor.timings.measure(.reading) { input.read() }.map { item in
            switch item {
            case .document(let document):
                return dates.contains(document.date) ? .extracted(extractor.extract(document)) : .outOfRange
            case .skipped(let input):
                return .skipped(input)
            }
        }
    }
}

/// How many inputs are done, counted from every thread.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
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
