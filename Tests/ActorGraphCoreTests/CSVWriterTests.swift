import Foundation
import Testing

@testable import ActorGraphCore

/// Reads the CSV tables back with Python's `csv` module (pandas is not installed on the build
/// machine, and `csv` is the reader pandas' own quoting rules follow) and compares every field.
@Suite("CSVWriter")
struct CSVWriterTests {
    /// Prints the rows Python's csv reader finds in each file named on the command line.
    private static let reader = """
        import csv, json, sys
        tables = []
        for path in sys.argv[1:]:
            with open(path, newline="", encoding="utf-8") as f:
                tables.append(list(csv.reader(f)))
        print(json.dumps(tables))
        """

    /// The rows of both tables as Python's csv module reads them.
    private func readBack(_ tables: CSVWriter.Tables) throws -> (nodes: [[String]], edges: [[String]]) {
        let nodes = try ExportFixtures.temporaryFile(tables.nodes, suffix: ".csv")
        let edges = try ExportFixtures.temporaryFile(tables.edges, suffix: ".csv")
        defer {
            try? FileManager.default.removeItem(at: nodes)
            try? FileManager.default.removeItem(at: edges)
        }
        let read = try #require(try Python.json(Self.reader, [nodes.path, edges.path]) as? [[[String]]])
        return (read[0], read[1])
    }

    private static let nodeHeader = ["id", "label", "kind", "mentions", "affiliation"]
    private static let edgeHeader = [
        "source", "target", "kind", "weight", "positive", "negative", "stance", "sign", "evidence",
        "evidence_document", "evidence_date", "first_date", "last_date",
    ]

    @Test(
        "labels with commas, quotes, line breaks and non-ASCII read back exactly",
        .enabled(if: Python.hasPython, "needs python3"))
    func awkwardLabelsRoundTrip() throws {
        let network = ExportFixtures.awkwardNetwork()
        let tables = CSVWriter().write(network)
        let read = try readBack(tables)

        #expect(read.nodes.first == Self.nodeHeader)
        #expect(read.nodes.dropFirst().map { $0[0] } == network.nodes.map(\.id))
        let labels = Dictionary(uniqueKeysWithValues: read.nodes.dropFirst().map { ($0[0], $0[1]) })
        #expect(labels["CIV"] == "Côte d’Ivoire")
        #expect(labels["r&d<lab>"] == ExportFixtures.awkwardLabel)
        #expect(labels["multi-line"] == ExportFixtures.multilineLabel)
        #expect(labels["padded"] == " padded ")
        #expect(read.nodes.dropFirst().first { $0[0] == "r&d<lab>" }?[4] == "CIV")
        #expect(read.nodes.dropFirst().first { $0[0] == "CIV" }?[4] == "")

        #expect(read.edges.first == Self.edgeHeader)
        #expect(read.edges.count == 1 + network.edges.count)
        let relation = try #require(read.edges.first { $0[0] == "CIV" && $0[1] == "ECOWAS" && $0[2] == "relation" })
        #expect(relation[3...7] == ["3", "2", "1", "0.4166666666666667", "1"])
        // CSV carries any text, so the evidence keeps its CR LF and the bell character.
        #expect(relation[8] == ExportFixtures.evidenceText)
        #expect(relation[9...12] == ["côte&co.txt", "2024-01-15", "2024-01-15", "2024-03-02"])
        let membership = try #require(read.edges.first { $0[0] == "CIV" && $0[2] == "membership" })
        #expect(membership[3...12] == ["1", "0", "0", "0", "0", "", "", "", "", ""])

        // RFC 4180 text: quotes doubled inside a quoted field, records ended by CRLF.
        #expect(tables.nodes.contains(#""R&D <Lab> ""Quotes"", 'apostrophes'""#))
        #expect(tables.nodes.hasPrefix("id,label,kind,mentions,affiliation\r\n"))
        #expect(tables.nodes.contains("\r\nCIV,Côte d’Ivoire,country,7,\r\n"))
    }

    @Test("the corpus network's tables have one row per node and edge", .enabled(if: Python.hasPython, "needs python3"))
    func corpusNetworkRoundTrip() throws {
        let network = try ExportFixtures.corpusNetwork()
        let read = try readBack(CSVWriter().write(network))
        #expect(read.nodes.count == 1 + network.nodes.count)
        #expect(read.edges.count == 1 + network.edges.count)
        #expect(read.nodes.allSatisfy { $0.count == Self.nodeHeader.count })
        #expect(read.edges.allSatisfy { $0.count == Self.edgeHeader.count })
        for (row, edge) in zip(read.edges.dropFirst(), network.edges) {
            #expect(row[0] == edge.source && row[1] == edge.target && row[2] == edge.kind.rawValue)
            #expect(Int(row[3]) == edge.weight && Int(row[7]) == edge.sign)
            #expect(Double(row[6]) == edge.stance)
            let strongest = edge.evidence.max { abs($0.stance) < abs($1.stance) }
            #expect(row[8] == strongest?.text ?? "")
        }
        for (row, node) in zip(read.nodes.dropFirst(), network.nodes) {
            #expect(row == [node.id, node.label, node.kind.rawValue, String(node.mentions), node.affiliation ?? ""])
        }
    }

    @Test("a field is quoted only when it must be", arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""), (" lead", "\" lead\""), ("", ""), ("Côte d’Ivoire", "Côte d’Ivoire"),
    ])
    func quoting(input: String, expected: String) {
        #expect(CSVWriter.field(input) == expected)
    }
}
