import Foundation

/// A `.jsonl` file read from disk a chunk at a time, so that its size does not matter: a 10 GB file takes no more
/// memory than a small one.
///
/// The file is read twice: once to check it holds no NUL byte (a binary file is skipped whole, as
/// ``JSONLinesFormat`` skips one held in memory, before any of its lines counts), then line by line. Standard input,
/// which can be read only once, is read line by line alone: a line with a NUL byte is then skipped as no JSON.
struct JSONLinesFile {
    /// The file, or nil for standard input.
    let path: String?
    /// The name the file is read under (``InputKey/name``).
    let name: String
    /// The file's name as its lines are named (`FILE:LINE`): its last path component.
    let fileName: String
    /// The number of the file's first line: standard input can hold the lines of a file from any line on (a part of
    /// the file that a cluster gives one worker), numbered as they are in the whole file.
    let firstLine: Int
    /// Bytes read from the file at a time.
    let chunkSize: Int

    init(path: String?, name: String, firstLine: Int = 1, chunkSize: Int = 1 << 20) {
        self.path = path
        self.name = name
        fileName = (name as NSString).lastPathComponent
        self.firstLine = firstLine
        self.chunkSize = chunkSize
    }

    /// Gives `body` each non-blank line as a ``PendingInput``, in order; or the file as one skipped input when it is
    /// binary, or, after the lines read, when reading fails part way. Returns false, giving nothing, when the file
    /// cannot be opened or read at all.
    func lines(_ body: (PendingInput) throws -> Void) throws -> Bool {
        var binary = false
        if path != nil {
            // Standard input can be read once only, so it is not checked first.
            guard try chunks({ chunk in binary = binary || chunk.contains(0) }) else { return false }
        }
        func skip(_ reason: String) throws {
            try body(PendingInput(source: .skipped(SkippedInput(name: fileName, reason: reason)), key: InputKey(name: name)))
        }
        if binary {
            try skip(TextDecodingError.binary.description)
            return true
        }
        var lines = JSONLinesFormat.Lines()
        func give(_ line: UnsafeBufferPointer<UInt8>, _ counted: Int) throws {
            let number = counted + firstLine - 1
            try body(PendingInput(
                source: .line(Data(line), fileName: fileName, number: number), key: InputKey(name: name, line: number)))
        }
        guard try chunks({ try lines.feed($0, give) }) else {
            try skip("cannot be read to its end: \(String(cString: strerror(errno)))")
            return true
        }
        try lines.finish(give)
        return true
    }

    /// Gives `body` the bytes and number of each non-blank line, whatever they hold; false when the file cannot be
    /// opened or a read fails.
    func eachLine(_ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws -> Bool {
        var lines = JSONLinesFormat.Lines()
        guard try chunks({ try lines.feed($0, body) }) else { return false }
        try lines.finish(body)
        return true
    }

    /// Reads the whole file, a chunk at a time; false when it cannot be opened or a read fails.
    private func chunks(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Bool {
        let descriptor = path.map { open($0, O_RDONLY) } ?? STDIN_FILENO
        guard descriptor >= 0 else { return false }
        defer { if path != nil { close(descriptor) } }
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
