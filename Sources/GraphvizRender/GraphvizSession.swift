import CGraphviz
import Foundation

/// The process-wide lock around every Graphviz call.
///
/// cgraph and gvc keep global state (the DOT lexer, the error level, the plugin tables), and their
/// manual says they are not thread-safe: two renders at once crash. Every entry into the C library
/// goes through `GraphvizSession.run`, which holds this lock for the whole job.
private let graphvizLock = NSLock()

/// The messages Graphviz reported during the current job.
///
/// Read and written only while `graphvizLock` is held (the error callback runs inside a Graphviz
/// call, on the thread that holds it), which is what makes the unchecked access safe.
nonisolated(unsafe) private var jobMessages = ""

/// The one Graphviz context of the process, made on first use and kept until exit.
///
/// Graphviz 2.43 (Debian 12, Ubuntu 22.04/24.04) mishandles a context per job, as valgrind shows:
/// `gvContext` leaks about 3.6 kB of plugin configuration each time, and the pango text-layout
/// plugin keeps a pointer to the previous context's font name and reads it after `gvFreeContext`
/// freed it. One long-lived context avoids both and skips re-reading the plugin configuration.
/// Guarded by `graphvizLock`, like everything else here.
nonisolated(unsafe) private var sharedContext: OpaquePointer?

/// Receives each message Graphviz reports (already formatted, e.g. `Error: syntax error in line 3`).
private let collectMessage: agusererrf = { text in
    if let text { jobMessages += String(cString: text) }
    return 0
}

/// One locked stretch of Graphviz work, with the messages Graphviz reports collected on the side.
enum GraphvizSession {
    /// Runs `body` holding the process-wide lock, with the shared context and with Graphviz's
    /// messages routed to this job.
    ///
    /// Messages go to a callback (`agseterrf`) rather than through `aglasterr()`: the callback sees
    /// every message of the job, never a stale one from an earlier job, and owns no memory, whereas
    /// the string `aglasterr()` returns is a library buffer in Graphviz 2.x but a heap copy the
    /// caller must free in recent releases. The error level is process-wide and sticky, so it is
    /// set, and the error count reset, before each job.
    static func run<T>(_ body: (_ context: OpaquePointer) throws -> T) throws -> T {
        graphvizLock.lock()
        defer { graphvizLock.unlock() }
        jobMessages = ""
        let previousHandler = agseterrf(collectMessage)
        let previousLevel = agseterr(AGWARN)
        _ = agreseterrors()
        defer {
            _ = agseterr(previousLevel)
            _ = agseterrf(previousHandler)
            jobMessages = ""
        }
        if sharedContext == nil {
            sharedContext = gvContext()
        }
        guard let context = sharedContext else {
            let reported = reportedMessage()
            throw GraphvizError(
                stage: .context,
                message: reported.isEmpty ? "could not create a Graphviz context" : reported)
        }
        return try body(context)
    }

    /// What Graphviz said during the current job: its error lines if any, else everything, trimmed
    /// and without the `Error: ` prefix (e.g. `syntax error in line 3 near ';'`).
    ///
    /// Call only inside `run`.
    static func reportedMessage() -> String {
        let lines = jobMessages.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        let errorPrefix = "Error: "
        let errors = lines.filter { $0.hasPrefix(errorPrefix) }.map { String($0.dropFirst(errorPrefix.count)) }
        return (errors.isEmpty ? lines : errors).joined(separator: "\n")
    }
}
