import ActorGraphCore

/// Why a network from another tool could not be imported: every problem found, each naming the file,
/// the line where there is one, what is wrong and what to do.
///
/// An import reads the whole file and reports every bad row, up to `reportLimit` of them, so a user
/// fixes a file in one pass rather than one error per run. Problems with the file as a whole (no
/// `source` column, text that is not CSV or not XML) stop the import at once.
///
/// ```text
/// edges.csv line 7: weight "abc" is not a number; give a whole number of 1 or more, or leave it empty for 1
/// edges.csv line 9: "IND" is both source and target; self-loops are not allowed, drop the row
/// ```
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One thing wrong, where it is.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The file's name as the user gave it.
        public var file: String
        /// The line (1 is the first), or nil for a problem with the file as a whole.
        public var line: Int?
        public var message: String

        public init(file: String, line: Int?, message: String) {
            self.file = file
            self.line = line
            self.message = message
        }

        public var description: String {
            line.map { "\(file) line \($0): \(message)" } ?? "\(file): \(message)"
        }
    }

    /// The most problems listed; past it they are only counted.
    public static let reportLimit = 20

    /// The first problems found, in file order, at most `reportLimit`.
    public var problems: [Problem]
    /// How many more problems were found and not listed.
    public var unreported: Int

    public init(problems: [Problem], unreported: Int = 0) {
        self.problems = problems
        self.unreported = unreported
    }

    /// One problem with a file as a whole.
    init(file: String, line: Int? = nil, _ message: String) {
        self.init(problems: [Problem(file: file, line: line, message: message)])
    }

    /// One line per problem, and a last line counting those not listed.
    public var description: String {
        var lines = problems.map(\.description)
        if unreported > 0 {
            lines.append("… and \(unreported) more problem\(unreported == 1 ? "" : "s") not listed")
        }
        return lines.joined(separator: "\n")
    }
}

/// Collects the problems of an import, keeping the first `ImportError.reportLimit`.
struct ImportProblems {
    private(set) var problems: [ImportError.Problem] = []
    private(set) var unreported = 0

    mutating func add(_ file: String, line: Int?, _ message: String) {
        if problems.count < ImportError.reportLimit {
            problems.append(.init(file: file, line: line, message: message))
        } else {
            unreported += 1
        }
    }

    /// Throws everything collected, if anything was.
    func check() throws(ImportError) {
        if !problems.isEmpty { throw ImportError(problems: problems, unreported: unreported) }
    }
}
