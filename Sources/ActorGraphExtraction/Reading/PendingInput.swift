import Foundation

/// One input found but not yet read: a file, one line of a `.jsonl` file, or an input already known to be skipped.
/// Finding inputs is cheap and happens in order (``CorpusReader/inputs(_:_:)``); reading and cleaning one
/// (``read()``) is the work that a build spreads over every core.
public struct PendingInput: Sendable {
    enum Source: Sendable {
        /// A file at `path`, named `name`, read whole: an article file, or a `.jsonl` file that could not be read
        /// line by line (reading it whole then says why).
        case file(path: String, name: String)
        /// Line `number` of the `.jsonl` file named `fileName`, its bytes without the line break.
        case line(Data, fileName: String, number: Int)
        case skipped(SkippedInput)
    }

    let source: Source
    /// Where it stands in the order a build reads one folder in.
    public let key: InputKey

    /// About how many bytes reading it brings into memory (a file's size as the file system gives it), so that a
    /// build can bound what it holds at once.
    public var size: Int {
        switch source {
        case .file(let path, _):
            var status = stat()
            return stat(path, &status) == 0 ? Int(status.st_size) : 0
        case .line(let bytes, _, _): return bytes.count
        case .skipped: return 0
        }
    }

    /// What decides what it gives: the bytes of its file or line, or for an input already skipped its name and
    /// reason (for a file that cannot be read, why).
    var content: Data {
        switch source {
        case .file(let path, _):
            if let kind = CorpusReader.specialFileKind(path) { return Data("special: \(kind)".utf8) }
            do {
                return try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
            } catch {
                return Data("unreadable: \(error.localizedDescription)".utf8)
            }
        case .line(let bytes, _, _): return bytes
        case .skipped(let input): return Data("skipped \(input.name): \(input.reason)".utf8)
        }
    }

    /// The articles it holds, or why it is skipped: one item, but for a `.jsonl` file read whole.
    public func read() -> [CorpusItem] {
        switch source {
        case let .file(path, name):
            return CorpusReader().readFile(atPath: path, name: name)
        case let .line(bytes, fileName, number):
            return [JSONLinesFormat.item(bytes, fileName: fileName, line: number)]
        case .skipped(let input):
            return [.skipped(input)]
        }
    }
}
