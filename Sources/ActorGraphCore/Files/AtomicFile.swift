import Foundation

/// Writes one file so that a reader sees the old content or the new, never a half-written file.
public enum AtomicFile {
    /// Replaces `url` with `data` through `OutputFolder`, which creates missing folders, never writes through a
    /// planted link, and cleans up after a writer that was killed.
    public static func write(_ data: Data, to url: URL) throws {
        try OutputFolder(url.deletingLastPathComponent()).replace(with: [url.lastPathComponent: data])
    }

    /// Writes UTF-8 text atomically.
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }
}
