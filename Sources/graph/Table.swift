import ActorGraphCore
import Foundation

/// A plain-text table that fits an 80-column terminal, for people; `--json` is for programs.
///
/// A cell holds at most `Node.displayedLabelLength` characters (an imported label may be megabytes long). When the
/// whole table would be wider than `width`, the first left-aligned column (the names) is cut with `…`.
/// A column headed `sign` or `signs` is coloured (green `+`, red `-`) when standard output is a terminal and
/// `NO_COLOR` is not set.
struct Table {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []
    var width = 80

    func render(colours: Bool = Terminal.coloursOnStandardOutput) -> String {
        var cells = ([headers] + rows).map { $0.map(Node.displayed) }
        var widths = headers.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
        let total = widths.reduce(0, +) + 2 * (widths.count - 1)
        if total > width, let names = alignments.firstIndex(of: .left) {
            let allowed = max(headers[names].count, widths[names] - (total - width))
            for row in cells.indices where cells[row][names].count > allowed {
                cells[row][names] = String(cells[row][names].prefix(allowed - 1)) + "…"
            }
            widths[names] = allowed
        }
        let signColumns = Set(headers.indices.filter { ["sign", "signs"].contains(headers[$0]) })
        func line(_ row: [String], isHeader: Bool) -> String {
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                let shown = colours && !isHeader && signColumns.contains(column) ? Terminal.colourSigns(cell) : cell
                return alignments[column] == .left ? shown + pad : pad + shown
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(cells[0], isHeader: true), rule] + cells.dropFirst().map { line($0, isHeader: false) })
            .joined(separator: "\n")
    }
}

enum Format {
    static func sign(_ sign: Int) -> String {
        sign > 0 ? "+" : sign < 0 ? "-" : "0"
    }

    /// `value` with `digits` decimals; `—` for a measure that could not be computed.
    static func number(_ value: Double?, digits: Int = 4) -> String {
        value.map { String(format: "%.\(digits)f", $0) } ?? "—"
    }

    /// `text` broken at spaces into lines of at most `width` characters, the later ones indented.
    static func wrap(_ text: String, width: Int = 80, indent: String = "  ") -> String {
        var lines: [String] = []
        let lead = String(text.prefix { $0 == " " })
        var line = lead
        for word in text.split(separator: " ") {
            if line.count > lead.count, line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
            }
            line += (line == lead || line == indent ? "" : " ") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}

/// Colour, only for a person at a terminal: never in a pipe or a file, never under `NO_COLOR`
/// (https://no-color.org: set and not empty).
enum Terminal {
    static var coloursOnStandardOutput: Bool {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return isatty(STDOUT_FILENO) != 0 && !noColor
    }

    /// `+` green and `-` red, each character of a sign pattern such as `++-`.
    static func colourSigns(_ text: String) -> String {
        guard text.allSatisfy({ "+-0".contains($0) }) else { return text }
        return text.map { character in
            switch character {
            case "+": "\u{1B}[32m+\u{1B}[0m"
            case "-": "\u{1B}[31m-\u{1B}[0m"
            default: String(character)
            }
        }.joined()
    }
}
