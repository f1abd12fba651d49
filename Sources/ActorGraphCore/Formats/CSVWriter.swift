/// Writes a `Network` as two CSV tables, `nodes.csv` and `edges.csv`, for spreadsheets and pandas.
///
/// Both follow RFC 4180: a header row, fields separated by commas, records ended by CRLF, and a field
/// quoted (with `"` doubled inside) when it holds a comma, a quote, a line break, or space at either
/// end. Line breaks inside a quoted field are kept as they are. There is no byte-order mark, so pandas
/// and Python's `csv` read the first header as `id` (Excel users import the file as UTF-8 to see
/// "Côte d’Ivoire" right).
///
/// `nodes.csv`: `id,label,kind,mentions,affiliation`. `edges.csv`: `source,target,kind,weight,positive,
/// negative,stance,sign,evidence,evidence_document,evidence_date,first_date,last_date`, one row per edge
/// (a pair with a relation and a membership has two rows). An absent value is an empty field, which
/// pandas reads as NaN. Columns are meant to be picked by header name, not position, so later
/// columns can be added.
///
/// ```swift
/// let tables = CSVWriter().write(network)
/// try tables.nodes.write(to: directory.appendingPathComponent(CSVWriter.nodesFileName), ...)
/// ```
///
/// The output depends only on the network: the same network gives the same bytes.
///
/// - Complexity: O(n + e) in the number of nodes and edges.
public struct CSVWriter: Sendable {
    /// The two tables' text.
    public struct Tables: Sendable, Hashable {
        /// The content of `nodes.csv`.
        public var nodes: String
        /// The content of `edges.csv`.
        public var edges: String
    }

    public static let nodesFileName = "nodes.csv"
    public static let edgesFileName = "edges.csv"

    public init() {}

    /// Both tables of `network`, rows in the network's order.
    public func write(_ network: Network) -> Tables {
        Tables(nodes: nodes(network), edges: edges(network))
    }

    /// The text of `nodes.csv`.
    public func nodes(_ network: Network) -> String {
        let attributes = ExportAttributes.node
        let header = ["id"] + attributes.map(\.name)
        let rows = network.nodes.map { node in [node.id] + attributes.map { $0.value(node) ?? "" } }
        return Self.table(header: header, rows: rows)
    }

    /// The text of `edges.csv`.
    public func edges(_ network: Network) -> String {
        let attributes = ExportAttributes.edge
        let header = ["source", "target"] + attributes.map(\.name)
        let rows = network.edges.map { edge in [edge.source, edge.target] + attributes.map { $0.value(edge) ?? "" } }
        return Self.table(header: header, rows: rows)
    }

    private static func table(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// `text` as one CSV field: as it is when that is unambiguous, otherwise quoted with quotes doubled.
    static func field(_ text: String) -> String {
        let needsQuotes =
            text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
