/// What reading one input produced: an article, or the reason it was left out.
public enum CorpusItem: Sendable, Hashable {
    case document(Document)
    case skipped(SkippedInput)
}

/// An input that was not read, and why. Skipping never stops the rest of a build.
public struct SkippedInput: Sendable, Hashable, Error, CustomStringConvertible {
    /// The input's name, formed as ``Document/name`` is (`FILE:LINE` for a `.jsonl` line).
    public var name: String
    /// A sentence for the user: what is wrong and, where possible, what to do about it.
    public var reason: String

    public init(name: String, reason: String) {
        self.name = name
        self.reason = reason
    }

    public var description: String { "\(name): \(reason)" }
}

/// A path given to ``CorpusReader/read(_:)`` that does not exist or cannot be listed.
public struct CorpusError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path as the caller gave it.
    public var path: String
    /// What went wrong, naming the path.
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { message }
}
