import Foundation

/// The diagram's title: how much was read and over which dates, e.g.
/// "ActorGraph: 5 articles, 2021-04-15 to 2023-12-28".
///
/// `graph build` knows the date of every article it read; `graph export` finds them again in the
/// `documents.jsonl` written beside the network, so both draw the same title.
public enum DiagramTitle {
    /// The title for `documents` articles whose dates (`YYYY-MM-DD`, in any order) are `dates`; without dates
    /// the title has no range.
    public static func text(documents: Int, dates: [String]) -> String {
        let sorted = dates.sorted()
        let span = sorted.first.map { first in
            first == sorted.last ? ", \(first)" : ", \(first) to \(sorted.last ?? first)"
        } ?? ""
        return "ActorGraph: \(documents) article\(documents == 1 ? "" : "s")\(span)"
    }

    /// The title for `network`, with the dates from the lines of its `documents.jsonl` (`documentIndex`); without
    /// that index, from the dates of the evidence the network keeps, which may miss articles with no kept sentence.
    public static func text(for network: Network, documentIndex: String?) -> String {
        let dates = documentIndex.map(Self.dates(inDocumentIndex:))
            ?? network.edges.flatMap { $0.evidence.compactMap(\.date) }
        return text(documents: network.corpus.documents, dates: dates)
    }

    /// The `date` of every line of a `documents.jsonl` that has one; lines that are not JSON objects are skipped.
    static func dates(inDocumentIndex text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["date"] as? String
        }
    }
}
