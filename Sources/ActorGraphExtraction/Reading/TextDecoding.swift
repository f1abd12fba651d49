import Foundation

/// Turns a file's bytes into text, or says why they are not text.
///
/// Inputs must be UTF-8. A byte-order mark is dropped; `\r\n` and lone `\r` line ends count as
/// line breaks, so files saved on Windows or old Macs read the same as Unix ones.
enum TextDecoding {
    /// The file's text, or the reason it cannot be read as text.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func decode(_ data: Data) -> Result<String, TextDecodingError> {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.withUnsafeBytes({ $0.contains(0) }) { return .failure(.binary) }
        if let text = String(data: Data(bytes), encoding: .utf8) { return .success(text) }
        return .failure(.invalidUTF8(line: firstInvalidLine(bytes)))
    }

    /// The 1-based number of the first line that is not valid UTF-8 (only called once decoding
    /// failed, so the second pass costs nothing on good input).
    private static func firstInvalidLine(_ bytes: Data.SubSequence) -> Int {
        var line = 1
        for chunk in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if String(data: Data(chunk), encoding: .utf8) == nil { return line }
            line += 1
        }
        return line
    }

    /// The lines of `text`, split at `\n`, `\r\n` and `\r`, without their line ends.
    ///
    /// - Complexity: O(*n*) in the number of UTF-8 bytes.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = utf8.index(after: index)
                continue
            }
            lines.append(text[start..<index])
            index = utf8.index(after: index)
            if byte == 0x0D, index != utf8.endIndex, utf8[index] == 0x0A {
                index = utf8.index(after: index)
            }
            start = index
        }
        if start != utf8.endIndex { lines.append(text[start..<utf8.endIndex]) }
        return lines
    }
}

/// Why a file's bytes are not text; the descriptions are the reasons users see.
enum TextDecodingError: Error, Equatable, CustomStringConvertible {
    case binary
    case invalidUTF8(line: Int)

    var description: String {
        switch self {
        case .binary:
            "not valid UTF-8 text: it contains NUL bytes (binary file?)"
        case .invalidUTF8(let line):
            "not valid UTF-8 text (first bad byte on line \(line)); convert it to UTF-8, "
                + "e.g. with `iconv -f WINDOWS-1252 -t UTF-8`"
        }
    }
}
