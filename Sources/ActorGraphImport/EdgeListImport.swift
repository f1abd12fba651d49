import ActorGraphCore
import Foundation

/// Reads a signed network from CSV: an edge list and, optionally, a table of nodes. It reads back what
/// `CSVWriter` writes, and the edge lists other tools and data sets give (GDELT or ICEWS dyads,
/// alliance tables, survey ties).
///
/// **Edges** (`edges.csv`): a header row is required, and columns are found by their header name, in
/// any case and any order; columns with other names are ignored.
///
/// | column | meaning |
/// | --- | --- |
/// | `source`, `target` | the two ends (required); the order does not matter |
/// | `weight` | a whole number of 1 or more; 1 when absent or empty |
/// | `sign` | `1`, `-1`, `0`, `+`, `-`, or any number whose sign is taken (a Goldstein score, a tone) |
/// | `stance` | a number in [-1, 1] |
/// | `kind` | `relation` (the default) or `membership` |
/// | `positive`, `negative` | counts of cooperative and conflictual sentences or events; 0 when absent |
///
/// A pair given more than once (`A,B` and `B,A`, or one row per event) becomes one edge, and a row
/// with only a sign or only a stance gets the other from it: see `ImportAssembly`. A row whose source
/// and target are the same is refused.
///
/// **Nodes** (`nodes.csv`, optional): `id` (required), `label`, `kind` (`country`, `grouping`, `bloc`,
/// `person`, `organization`), `affiliation`, `mentions`. A node listed here and on no edge is kept. A
/// node on an edge and not listed here gets its id as label and a guessed kind: `country` for three
/// capital letters (an ISO 3166-1 alpha-3 code), `organization` otherwise.
///
/// A file whose header holds tabs and no comma is read as tab-separated, as ICEWS files are.
/// Every bad row is reported with its line (up to `ImportError.reportLimit` of them) before anything is
/// returned; see `ImportError`.
///
/// ```swift
/// let network = try EdgeListImport.read(edges: URL(fileURLWithPath: "dyads.csv"))
/// try NetworkJSON.encode(network).write(to: output, atomically: true, encoding: .utf8)
/// ```
///
/// - Complexity: O(n + e) in the number of rows.
public enum EdgeListImport {
    /// Reads the edge list at `edges` and the node table at `nodes`, naming the files by their paths
    /// as given.
    public static func read(edges: URL, nodes: URL? = nil) throws(ImportError) -> Network {
        try network(
            edges: contents(of: edges), edgesName: edges.relativePath,
            nodes: nodes.map(contents(of:)), nodesName: nodes?.relativePath ?? CSVWriter.nodesFileName)
    }

    /// Builds a network from the bytes of an edge list and, optionally, of a node table; the names
    /// are used in error messages.
    public static func network(
        edges: Data, edgesName: String = CSVWriter.edgesFileName,
        nodes: Data? = nil, nodesName: String = CSVWriter.nodesFileName
    ) throws(ImportError) -> Network {
        var problems = ImportProblems()
        var assembly = ImportAssembly()
        if let nodes {
            try Table.read(nodes, name: nodesName, required: ["id"]) { row, table in
                readNode(row, of: table, into: &assembly, problems: &problems)
            }
        }
        try Table.read(edges, name: edgesName, required: ["source", "target"]) { row, table in
            readEdge(row, of: table, into: &assembly, problems: &problems)
        }
        try problems.check()
        return assembly.network()
    }

    private static func readNode(
        _ row: CSVReader.Row, of table: Table, into assembly: inout ImportAssembly, problems: inout ImportProblems
    ) {
        do throws(ImportFields.Invalid) {
            try table.checkWidth(row)
            let id = try ImportFields.id(table.value("id", in: row), column: "id")
            guard !assembly.hasNode(id) else {
                throw ImportFields.Invalid("node \"\(id)\" is listed twice; keep one row per node")
            }
            let label = table.value("label", in: row).flatMap { $0.isEmpty ? nil : $0 } ?? id
            assembly.add(
                Node(
                    id: id, label: label,
                    kind: try ImportFields.nodeKind(table.value("kind", in: row)) ?? ImportFields.guessedKind(of: id),
                    mentions: try ImportFields.count(table.value("mentions", in: row), name: "mentions"),
                    affiliation: ImportFields.optional(table.value("affiliation", in: row))))
        } catch {
            problems.add(table.name, line: row.line, error.message)
        }
    }

    private static func readEdge(
        _ row: CSVReader.Row, of table: Table, into assembly: inout ImportAssembly, problems: inout ImportProblems
    ) {
        do throws(ImportFields.Invalid) {
            try table.checkWidth(row)
            let source = try ImportFields.id(table.value("source", in: row), column: "source")
            let target = try ImportFields.id(table.value("target", in: row), column: "target")
            guard source != target else {
                throw ImportFields.Invalid(
                    "\"\(source)\" is both source and target; self-loops are not allowed, drop the row")
            }
            try assembly.add(
                ImportAssembly.EdgeRow(
                    source: source, target: target, kind: try ImportFields.edgeKind(table.value("kind", in: row)),
                    weight: try ImportFields.weight(table.value("weight", in: row)),
                    positive: try ImportFields.count(table.value("positive", in: row), name: "positive"),
                    negative: try ImportFields.count(table.value("negative", in: row), name: "negative"),
                    stance: try ImportFields.stance(table.value("stance", in: row)),
                    sign: try ImportFields.sign(table.value("sign", in: row))))
        } catch {
            problems.add(table.name, line: row.line, error.message)
        }
    }

    private static func contents(of url: URL) throws(ImportError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ImportError(file: url.relativePath, "cannot be read (\(error.localizedDescription)); check the path")
        }
    }

    /// The header of a CSV file, with its columns found by name.
    private struct Table {
        let name: String
        let width: Int
        private let columns: [String: Int]

        /// Splits `data` into rows and calls `body` with each row after the header, as it is split, so that
        /// a file of a million rows is never held as rows. A syntax error stops the read, wherever it is.
        static func read(
            _ data: Data, name: String, required: [String], _ body: (CSVReader.Row, Table) -> Void
        ) throws(ImportError) {
            guard let text = String(data: data, encoding: .utf8) else {
                throw ImportError(file: name, "is not UTF-8 text; save it as CSV in UTF-8")
            }
            let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
            let delimiter: Unicode.Scalar = firstLine.contains("\t") && !firstLine.contains(",") ? "\t" : ","
            var table: Table?
            var headerProblem: ImportError?
            do {
                try CSVReader(delimiter: delimiter).forEachRow(text) { row in
                    if let table {
                        body(row, table)
                    } else if headerProblem == nil {
                        do throws(ImportError) {
                            table = try Table(header: row, name: name, required: required)
                        } catch {
                            headerProblem = error
                        }
                    }
                }
            } catch {
                throw ImportError(file: name, line: error.line, error.message)
            }
            if let headerProblem { throw headerProblem }
            guard table != nil else {
                throw ImportError(file: name, "is empty; it needs a header row naming \(required.joined(separator: ", "))")
            }
        }

        private init(header: CSVReader.Row, name: String, required: [String]) throws(ImportError) {
            self.name = name
            var columns: [String: Int] = [:]
            for (index, field) in header.fields.enumerated() {
                let column = ImportFields.optional(field)?.lowercased() ?? ""
                if !column.isEmpty && columns[column] != nil {
                    throw ImportError(file: name, line: header.line, "column \"\(column)\" appears twice; rename one")
                }
                columns[column] = index
            }
            for column in required where columns[column] == nil {
                throw ImportError(
                    file: name, line: header.line,
                    "no \"\(column)\" column; the first row must be a header naming the columns, such as "
                        + (required == ["id"] ? "id,label,kind" : "source,target,weight,sign"))
            }
            self.width = header.fields.count
            self.columns = columns
        }

        /// The value of `column` in `row`, or nil when the file has no such column.
        func value(_ column: String, in row: CSVReader.Row) -> String? {
            columns[column].map { row.fields[$0] }
        }

        /// Refuses a row with more or fewer fields than the header, which usually means a comma in an
        /// unquoted field.
        func checkWidth(_ row: CSVReader.Row) throws(ImportFields.Invalid) {
            guard row.fields.count == width else {
                throw ImportFields.Invalid(
                    "\(row.fields.count) field\(row.fields.count == 1 ? "" : "s") where the header has \(width);"
                        + " quote a field that holds a comma (\"Korea, Republic of\")")
            }
        }
    }
}
