import Foundation

/// A `.jsonl` file read from disk a chunk at a time, so that its size does not matter: a 10 GB file takes no more
/// memory than a small one.
///
/// The file is read twice: once to check it holds no NUL byte (a binary file is skipped whole, as
/// ``JSONLinesFormat`` skips one held in memory, before any of its lines counts), then line by line.
struct JSONLinesFile {
    let path: String
    /// The file's name as its lines are named (`FILE:LINE`): its last path component.
    let fileName: String
    /// Bytes read from the file at a time.
    var chunkSize = 1 << 20

    /// Gives `body` each non-blank line as a ``PendingInput``, in order; or the file as one skipped input when it is
    /// binary, or, after the lines read, when reading fails part way. Returns false, giving nothing, when the file
    /// cannot be opened or read at all.
    func lines(_ body: (PendingInput) throws -> Void) throws -> Bool {
        var binary = false
        guard try chunks({ chunk in binary = binary || chunk.contains(0) }) else { return false }
        func skip(_ reason: String) throws {
            try body(PendingInput(source: .skipped(SkippedInput(name: fileName, reason: reason))))
        }
        if binary {
            try skip(TextDecodingError.binary.description)
            return true
        }
        var lines = JSONLinesFormat.Lines()
        func give(_ line: UnsafeBufferPointer<UInt8>, _ number: Int) throws {
            try body(PendingInput(source: .line(Data(line), fileName: fileName, number: number)))
        }
        guard try chunks({ try lines.feed($0, give) }) else {
            try skip("cannot be read to its end: \(String(cString: strerror(errno)))")
            return true
        }
        try lines.finish(give)
        return true
    }

    /// Reads the whole file, a chunk at a time; false when it cannot be opened or a read fails.
    private func chunks(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        return try buffer.withUnsafeMutableBufferPointer { buffer in
            while true {
                let count = read(descriptor, buffer.baseAddress, buffer.count)
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { return false }
                if count == 0 { return true }
                try body(UnsafeBufferPointer(rebasing: buffer[..<count]))
            }
        }
    }
}
