import Foundation

/// Messages for people on standard error.
enum Console {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }

    static var stderrIsTerminal: Bool {
        isatty(STDERR_FILENO) != 0
    }
}

/// A one-line progress counter on standard error, shown only when that is a terminal.
final class Progress: @unchecked Sendable {
    private let label: String
    private let lock = NSLock()
    private var lastShown = Date.distantPast

    private init(label: String) {
        self.label = label
    }

    static func onTerminal(label: String) -> Progress? {
        Console.stderrIsTerminal ? Progress(label: label) : nil
    }

    var report: @Sendable (Int, Int) -> Void {
        { [self] done, total in show(done, total) }
    }

    private func show(_ done: Int, _ total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastShown) > 0.1 else { return }
        lastShown = now
        FileHandle.standardError.write(Data("\r\(label) \(done)/\(total) documents".utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
