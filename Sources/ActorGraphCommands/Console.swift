import ActorGraphCore
import Foundation

/// Messages for people on standard error.
public enum Console {
    public static func warn(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }

    /// One warning per measure that could not be computed: the rest of the output stands, with this measure
    /// left empty (`—` in tables, `null` in JSON).
    public static func warn(_ failures: [MeasureFailure]) {
        for failure in failures {
            warn("\(failure.measure) could not be computed (shown as — or null): \(failure.reason)")
        }
    }

    /// A line of information for people, on standard error so that standard output stays clean for scripts.
    public static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    public static var stderrIsTerminal: Bool {
        isatty(STDERR_FILENO) != 0
    }
}

/// A one-line progress counter on standard error, shown only when that is a terminal: "extracting
/// 120/400 documents", or a percentage when the things counted mean nothing to the reader.
public final class Progress: @unchecked Sendable {
    private let label: String
    private let unit: String?
    private let lock = NSLock()
    private var lastShown = Date.distantPast

    private init(label: String, unit: String?) {
        self.label = label
        self.unit = unit
    }

    /// - Parameter unit: What is counted ("documents"); nil to show a percentage.
    public static func onTerminal(label: String, unit: String? = nil) -> Progress? {
        Console.stderrIsTerminal ? Progress(label: label, unit: unit) : nil
    }

    public var report: @Sendable (Int, Int) -> Void {
        { [self] done, total in show(done, total) }
    }

    private func show(_ done: Int, _ total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastShown) > 0.1 else { return }
        lastShown = now
        let count = unit.map { "\(done)/\(total) \($0)" } ?? "\(total == 0 ? 100 : done * 100 / total)%"
        FileHandle.standardError.write(Data("\r\(label) \(count)".utf8))
    }

    public func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
