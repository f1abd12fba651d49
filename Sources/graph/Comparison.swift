import ActorGraphCore
import ActorGraphExtraction
import Foundation

/// A period of `--between`: a year (`2021`), a month (`2021-03`) or a span of them (`2021-01..2021-06`, both ends
/// included), read by the date rule of `graph build --since/--until` (`DateRange`).
///
/// A day is refused: the network counts a relation's sentences by month (its `timeline`), so a period must be made
/// of whole months.
struct Period {
    var name: String
    var dates: DateRange

    init(_ text: String) throws {
        let bounds = text.components(separatedBy: "..")
        guard (1...2).contains(bounds.count), bounds.allSatisfy({ [4, 7].contains($0.count) }) else {
            throw Comparison.Failure.malformedPeriod(text)
        }
        do {
            dates = try DateRange(since: bounds[0], until: bounds[bounds.count - 1])
        } catch DateRangeError.malformed {
            throw Comparison.Failure.malformedPeriod(text)
        } catch DateRangeError.empty {
            throw Comparison.Failure.emptySpan(text)
        }
        name = text
    }
}

/// The two networks a comparison sets side by side, and its errors.
enum Comparison {
    enum Failure: Error, CustomStringConvertible {
        case malformedPeriod(String)
        case emptySpan(String)
        case undated
        case emptyPeriod(Period, months: [String])

        var description: String {
            switch self {
            case .malformedPeriod(let text):
                "\"\(text)\" is not a period: write a year (2021), a month (2021-03) or a span of them "
                    + "(2021-01..2021-06); the network counts sentences by month, so not a day"
            case .emptySpan(let text):
                "the period \(text) ends before it starts"
            case .undated:
                "this network has no dated sentences (an imported network has none), so it has no periods to "
                    + "compare; compare two network files with `graph diff OLD.json NEW.json`"
            case .emptyPeriod(let period, let months):
                "no sentence of this network is dated \(period.name); its dated sentences are from "
                    + (months.count == 1 ? months[0] : "\(months.first!) to \(months.last!)")
            }
        }
    }

    /// What changed from `old`, read from the file `oldName`, to `network`, read from `name` (both read by
    /// `NetworkOptions.read(_:)`, so that `--fold people` folds both).
    static func diff(from old: Network, named oldName: String, to network: Network, named name: String,
                     measure: CentralityMeasure) -> NetworkDiff {
        NetworkDiff(old: old, oldName: oldName, new: network, newName: name, measure: measure)
    }

    /// What changed from `network` cut to the first of `periods` to `network` cut to the second
    /// (`Network.restricted(toDates:)`).
    ///
    /// - Throws: `Failure` for a period that is not one, a network without dated sentences, or a period without any.
    static func diff(of network: Network, between periods: [String], measure: CentralityMeasure) throws -> NetworkDiff {
        let (first, second) = (try Period(periods[0]), try Period(periods[1]))
        let months = Set(network.edges.flatMap { $0.timeline.map(\.month) }).sorted()
        guard !months.isEmpty else { throw Failure.undated }
        for period in [first, second] where !months.contains(where: period.dates.contains) {
            throw Failure.emptyPeriod(period, months: months)
        }
        return NetworkDiff(
            old: network.restricted(toDates: first.dates.contains), oldName: first.name,
            new: network.restricted(toDates: second.dates.contains), newName: second.name, measure: measure)
    }
}
