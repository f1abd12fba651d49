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

    public var delimiter: Unicode.Scalar

    public init(delimiter: Unicode.Scalar = ",") {
        self.delimiter = delimiter
    }

    /// The records of `text`, in order.
    public func rows(_ text: String) throws(SyntaxError) -> [Row] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var rows: [Row] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var rowLine = 1
        var index = 0

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
        }
        func endRecord() {
            endField()
            if fields != [""] { rows.append(Row(line: rowLine, fields: fields)) }
            fields = []
        }
        /// Steps over a line break at `index` (CRLF counts as one) and moves to the next line.
        func skipLineBreak() {
            if scalars[index] == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" { index += 1 }
            index += 1
            line += 1
        }

        while index < scalars.count {
            // The start of a field.
            if scalars[index] == "\"" {
                let quoteLine = line
                index += 1
                while true {
                    guard index < scalars.count else {
                        throw SyntaxError(
                            line: quoteLine,
                            message: "a quoted field opens here and is never closed; close it with \" or double"
                                + " the quotes inside it (\"\")")
                    }
                    let scalar = scalars[index]
                    if scalar == "\"" {
                        if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                            field.append("\"")
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if scalar == "\r" || scalar == "\n" {
                        field.append(scalar)
                        if scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" {
                            field.append("\n")
                        }
                        skipLineBreak()
                        continue
                    }
                    field.append(scalar)
                    index += 1
                }
                if index < scalars.count && !isBoundary(scalars[index]) {
                    throw SyntaxError(
                        line: line,
                        message: "text follows the closing quote of a field; a quote inside a quoted field is"
                            + " written twice (\"\")")
                }
            } else {
                while index < scalars.count && !isBoundary(scalars[index]) {
                    field.append(scalars[index])
                    index += 1
                }
            }
            // The end of the field: a delimiter, a line break, or the end of the text.
            if index == scalars.count {
                endRecord()
            } else if scalars[index] == delimiter {
                endField()
                index += 1
                if index == scalars.count { endRecord() }
            } else {
                endRecord()
                skipLineBreak()
                rowLine = line
            }
        }
        return rows
    }

    private func isBoundary(_ scalar: Unicode.Scalar) -> Bool {
        scalar == delimiter || scalar == "\n" || scalar == "\r"
    }
}
