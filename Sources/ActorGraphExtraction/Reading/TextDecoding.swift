import Foundation

/// Turns a file's bytes into text, or says why they are not text.
///
/// Inputs are UTF-8, or UTF-16 with a byte-order mark (as Windows' Notepad saves "Unicode" text). A UTF-8
/// byte-order mark is dropped; `\r\n` and lone `\r` line ends count as line breaks, so files saved on Windows or
/// old Macs read the same as Unix ones.
enum TextDecoding {
    /// The file's text, or the reason it cannot be read as text.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func decode(_ data: Data) -> Result<String, TextDecodingError> {
        var bytes = data[...]
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: Data(bytes), encoding: .utf16) else { return .failure(.invalidUTF16) }
            return .success(text)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.withUnsafeBytes({ $0.contains(0) }) {
            return .failure(looksLikeUTF16(bytes) ? .utf16WithoutMark : .binary)
        }
        if let text = String(data: Data(bytes), encoding: .utf8) { return .success(text) }
        return .failure(.invalidUTF8(line: firstInvalidLine(bytes)))
    }

    /// Whether NUL bytes fall on every other byte of the start, as in UTF-16 text of Latin letters.
    private static func looksLikeUTF16(_ bytes: Data.SubSequence) -> Bool {
        let start = Array(bytes.prefix(64))
        guard start.count >= 8 else { return false }
        let even = stride(from: 0, to: start.count, by: 2).filter { start[$0] == 0 }.count
        let odd = stride(from: 1, to: start.count, by: 2).filter { start[$0] == 0 }.count
        return max(even, odd) * 4 >= start.count && min(even, odd) == 0
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
    case invalidUTF16
    case utf16WithoutMark

    var description: String {
        switch self {
        case .binary:
            "not valid UTF-8 text: it contains NUL bytes (binary file?)"
        case .invalidUTF16:
            "starts as UTF-16 text (byte-order mark) but is not valid UTF-16; convert it to UTF-8, "
                + "e.g. with `iconv -f UTF-16 -t UTF-8`"
        case .utf16WithoutMark:
            "UTF-16 text without a byte-order mark; convert it to UTF-8, e.g. with `iconv -f UTF-16LE -t UTF-8` "
                + "(or UTF-16BE)"
        case .invalidUTF8(let line):
            "not valid UTF-8 text (first bad byte on line \(line)); convert it to UTF-8, "
                + "e.g. with `iconv -f WINDOWS-1252 -t UTF-8`"
        }
    }
}
