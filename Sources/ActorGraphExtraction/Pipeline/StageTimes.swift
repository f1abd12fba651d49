import Foundation

/// Where a build's time goes, stage by stage: what `graph build --timings` prints on standard error.
///
/// Inputs are read and extracted on every core at once, so those stages (reading, sentences and mentions, cues,
/// parse, attribution) add up the time of all threads and can sum to more than the wall time; the other stages run
/// on one thread, and their time is wall time. The parser's model is loaded on the first parse, so the parse stage holds
/// its loading too.
public final class StageTimes: @unchecked Sendable {
    public enum Stage: String, CaseIterable, Sendable {
        case loading = "loading the gazetteer and lexicon"
        case reading = "reading and cleaning the inputs"
        case sentences = "sentences and mentions"
        case cues = "cues"
        case parse = "parse (tagging and parsing)"
        case attribution = "attribution"
        case network = "network"
        case analysis = "analysis"
        case drawing = "drawing"
        case files = "files"

        /// Whether the stage runs on every core at once.
        var isParallel: Bool { [.reading, .sentences, .cues, .parse, .attribution].contains(self) }
    }

    private var totals: [Stage: Duration] = [:]
    private let lock = NSLock()
    private let started = ContinuousClock.now

    public init() {}

    /// Runs `body`, adding its time to `stage`.
    public func measure<T>(_ stage: Stage, _ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        defer {
            let elapsed = ContinuousClock.now - start
            lock.lock()
            totals[stage, default: .zero] += elapsed
            lock.unlock()
        }
        return try body()
    }

    /// A table of the stages, in the order a build runs them, and the wall time since this was made.
    public var report: String {
        lock.lock()
        defer { lock.unlock() }
        func seconds(_ duration: Duration) -> String {
            let (whole, attoseconds) = duration.components
            return String(format: "%8.3f s", Double(whole) + Double(attoseconds) / 1e18)
        }
        let width = Stage.allCases.map(\.rawValue.count).max() ?? 0
        var lines = ["time by stage (stages marked * add up the time of every core):"]
        for stage in Stage.allCases {
            let label = stage.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            lines.append("  \(label) \(seconds(totals[stage] ?? .zero))\(stage.isParallel ? " *" : "")")
        }
        let total = "total (wall)".padding(toLength: width, withPad: " ", startingAt: 0)
        lines.append("  \(total) \(seconds(ContinuousClock.now - started))")
        return lines.joined(separator: "\n")
    }
}

extension Optional where Wrapped == StageTimes {
    /// Runs `body`, timed as `stage` when there are timings to keep.
    public func measure<T>(_ stage: StageTimes.Stage, _ body: () throws -> T) rethrows -> T {
        guard let times = self else { return try body() }
        return try times.measure(stage, body)
    }
}
