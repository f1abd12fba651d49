/// Splits CSV text into records, following RFC 4180 and the habits of spreadsheets and pandas.
///
/// - Fields are separated by the delimiter (a comma unless told otherwise) and records by CRLF, LF or a
///   lone CR.
/// - A field that starts with `"` is quoted: it runs to the next `"` that is not doubled, and may hold
///   delimiters, line breaks (kept as they are) and `""` (one quote). A quote inside an unquoted field
///   is kept as a character, as Python's `csv` does.
/// - A leading byte-order mark (U+FEFF, as Excel writes) is dropped.
/// - Empty lines are skipped, and a final line break does not make an empty record.
///
/// Each record carries the line it starts on (the first line is 1), counting the line breaks inside
/// quoted fields, so the number is the one an editor shows.
///
/// ```swift
/// let rows = try CSVReader().rows("source,target\r\n\"Côte d’Ivoire\",\"a \"\"b\"\"\"\r\n")
/// // [Row(line: 1, fields: ["source", "target"]), Row(line: 2, fields: ["Côte d’Ivoire", "a \"b\""])]
/// ```
///
/// - Complexity: O(n) in the length of the text.
public struct CSVReader: Sendable {
    /// One record and the line it starts on.
    public struct Row: Sendable, Hashable {
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// Text that is not CSV; past it the rest of the file cannot be split reliably.
    public struct SyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
        public var line: Int
        public var message: String

        public var description: String { "line \(line): \(message)" }
    }

    /// An ASCII character (a comma or a tab): fields are split on its byte in the UTF-8 text.
    public var delimiter: Unicode.Scalar

    public init(delimiter: Unicode.Scalar = ",") {
        precondition(delimiter.isASCII, "the delimiter is an ASCII character")
        self.delimiter = delimiter
    }

    /// The records of `text`, in order.
    public func rows(_ text: String) throws(SyntaxError) -> [Row] {
        var rows: [Row] = []
        try forEachRow(text) { rows.append($0) }
        return rows
    }

    /// Calls `body` with each record of `text`, in order, as it is split: a large file is never held as rows.
    /// The text is read as UTF-8 bytes; every byte that delimits (quote, delimiter, CR, LF) is ASCII, so no
    /// character is ever cut.
    public func forEachRow(_ text: String, _ body: (Row) -> Void) throws(SyntaxError) {
        var text = text
        var failure: SyntaxError?
        text.withUTF8 { bytes in
            do throws(SyntaxError) {
                try split(bytes, body)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    private func split(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Row) -> Void) throws(SyntaxError) {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        let separator = UInt8(delimiter.value)
        func isBoundary(_ byte: UInt8) -> Bool { byte == separator || byte == lf || byte == cr }
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var fields: [String] = []
        var quoted: [UInt8] = []
        var line = 1
        var rowLine = 1

        func endRecord() {
            if fields != [""] { body(Row(line: rowLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }
        /// Steps over a line break at `index` (CRLF counts as one) and moves to the next line.
        func skipLineBreak() {
            if bytes[index] == cr && index + 1 < bytes.count && bytes[index + 1] == lf { index += 1 }
            index += 1
            line += 1
        }

        while index < bytes.count {
            // The start of a field.
            if bytes[index] == quote {
                let quoteLine = line
                index += 1
                quoted.removeAll(keepingCapacity: true)
                while true {
                    guard index < bytes.count else {
                        throw SyntaxError(
                            line: quoteLine,
                            message: "a quoted field opens here and is never closed; close it with \" or double"
                                + " the quotes inside it (\"\")")
                    }
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < bytes.count && bytes[index + 1] == quote {
                            quoted.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if byte == cr || byte == lf {
                        quoted.append(byte)
                        if byte == cr && index + 1 < bytes.count && bytes[index + 1] == lf { quoted.append(lf) }
                        skipLineBreak()
                        continue
                    }
                    quoted.append(byte)
                    index += 1
                }
                if index < bytes.count && !isBoundary(bytes[index]) {
                    throw SyntaxError(
                        line: line,
                        message: "text follows the closing quote of a field; a quote inside a quoted field is"
                            + " written twice (\"\")")
                }
                fields.append(String(decoding: quoted, as: UTF8.self))
            } else {
                let start = index
                while index < bytes.count && !isBoundary(bytes[index]) { index += 1 }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
            }
            // The end of the field: a delimiter, a line break, or the end of the text.
            if index == bytes.count {
                endRecord()
            } else if bytes[index] == separator {
                index += 1
                if index == bytes.count {
                    fields.append("")
                    endRecord()
                }
            } else {
                endRecord()
                skipLineBreak()
                rowLine = line
            }
        }
    }
}
