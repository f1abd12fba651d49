import Foundation

/// A relation's monthly counts (an edge's `timeline`) folded into months, quarters or years, from the first period
/// with sentences to the last, the empty ones between kept so a reader sees the gaps.
public struct Timeline: Sendable, Equatable {
    /// How long one period is.
    public enum Resolution: String, CaseIterable, Sendable {
        case month, quarter, year
    }

    /// One period's counts: `YYYY-MM`, `YYYY-Qn` or `YYYY`.
    public struct Period: Sendable, Equatable {
        public var label: String
        public var weight: Int
        public var positive: Int
        public var negative: Int
        /// The mean stance of the period's months weighted by their sentences, rounded to four decimals as the
        /// network file rounds; `nil` for a period without sentences, which has no stance rather than a neutral one.
        public var stance: Double?

        public init(label: String, weight: Int, positive: Int, negative: Int, stance: Double?) {
            self.label = label
            self.weight = weight
            self.positive = positive
            self.negative = negative
            self.stance = stance
        }

        /// ``Stance/sign(of:)`` of the stance; `nil` without one.
        public var sign: Int? { stance.map(Stance.sign(of:)) }

        /// `months` as one period: the counts summed, the stance their mean weighted by their sentences. That is the
        /// network builder's rule (the mean stance of the sentences, and its sign) applied to months, whose stances
        /// the file keeps rounded to four decimals, so the result is within 0.00005 of the sentences' own mean.
        /// Used for the periods of a timeline and for a network cut to a period (`Network.restricted(toDates:)`).
        public init(label: String, combining months: [StancePeriod]) {
            let weight = months.map(\.weight).reduce(0, +)
            let stance = months.map { Double($0.weight) * $0.stance }.reduce(0, +)
            self.init(
                label: label, weight: weight, positive: months.map(\.positive).reduce(0, +),
                negative: months.map(\.negative).reduce(0, +),
                stance: weight > 0 ? (stance / Double(weight) * 10_000).rounded() / 10_000 : nil)
        }
    }

    /// A month that is not `YYYY-MM` (the network file's format), named so the user can find it.
    public struct MalformedMonth: Error, CustomStringConvertible {
        public var month: String
        public var description: String { "the timeline month \"\(month)\" is not YYYY-MM" }
    }

    public var resolution: Resolution
    public var periods: [Period]

    /// Folds `months` (in any order) into periods of `resolution`, each by ``Period/init(label:combining:)``.
    public init(_ months: [StancePeriod], by resolution: Resolution) throws {
        self.resolution = resolution
        var groups: [Key: [StancePeriod]] = [:]
        for month in months {
            groups[try Key(month: month.month, resolution: resolution), default: []].append(month)
        }
        periods = []
        guard let first = groups.keys.min(), let last = groups.keys.max() else { return }
        var key = first
        while key <= last {
            periods.append(Period(label: key.label, combining: groups[key] ?? []))
            key = key.next
        }
    }

    /// The block character (`▁` … `█`) whose height shows `stance` in [-1, 1], for a sparkline: `▁` hostile,
    /// `▄`/`▅` around neutral, `█` cooperative.
    public static func bar(for stance: Double) -> Character {
        let bars = Array("▁▂▃▄▅▆▇█")
        let level = Int(((min(1, max(-1, stance)) + 1) / 2 * Double(bars.count)).rounded(.down))
        return bars[min(bars.count - 1, level)]
    }

    /// A period as a year and its number within the year (month 1–12, quarter 1–4, 0 for a whole year), which
    /// orders periods and steps from one to the next.
    private struct Key: Hashable, Comparable {
        var year: Int
        var index: Int
        var resolution: Resolution

        init(month: String, resolution: Resolution) throws {
            let parts = month.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
                let year = Int(parts[0]), let number = Int(parts[1]), (1...12).contains(number)
            else { throw MalformedMonth(month: month) }
            self.year = year
            self.resolution = resolution
            switch resolution {
            case .month: index = number
            case .quarter: index = (number - 1) / 3 + 1
            case .year: index = 0
            }
        }

        private init(year: Int, index: Int, resolution: Resolution) {
            self.year = year
            self.index = index
            self.resolution = resolution
        }

        var next: Key {
            let perYear = resolution == .month ? 12 : resolution == .quarter ? 4 : 0
            return index < perYear
                ? Key(year: year, index: index + 1, resolution: resolution)
                : Key(year: year + 1, index: perYear == 0 ? 0 : 1, resolution: resolution)
        }

        var label: String {
            let year = String(format: "%04d", self.year)
            switch resolution {
            case .month: return year + "-" + String(format: "%02d", index)
            case .quarter: return "\(year)-Q\(index)"
            case .year: return year
            }
        }

        static func < (a: Key, b: Key) -> Bool { (a.year, a.index) < (b.year, b.index) }
    }
}
