import Foundation

/// The diagram's title: how much was read and over which dates, e.g.
/// "ActorGraph: 5 articles, 2021-04-15 to 2023-12-28".
///
/// `graph build`, `graph export` and `graph report` all take the dates from the network itself
/// (``Network/Corpus/dates``), so they draw the same title wherever the file has been copied or written.
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

    /// The title for `network`, over ``dates(of:)``.
    public static func text(for network: Network) -> String {
        let span = dates(of: network)
        return text(documents: network.corpus.documents, dates: span.map { [$0.lowerBound, $0.upperBound] } ?? [])
    }

    /// The span of the network's articles: the one the build stored, or for a file written before it stored one,
    /// the span of the dates of the evidence it keeps (which may miss articles with no kept sentence).
    public static func dates(of network: Network) -> ClosedRange<String>? {
        if let stored = network.corpus.dates { return stored }
        let dates = network.edges.flatMap { $0.evidence.compactMap(\.date) }
        return dates.min().map { $0...dates.max()! }
    }
}
