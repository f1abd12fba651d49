/// The span of article dates a build keeps (`graph build --since … --until …`), inclusive at both ends.
///
/// A bound may be a year, a month or a day (`2021`, `2021-04`, `2021-04-15`); it covers the whole of that period,
/// so `--until 2021` keeps 31 December 2021. An article without a date is kept only when neither bound is set, since
/// nothing places it inside the span.
public struct DateRange: Sendable, Equatable, CustomStringConvertible {
    public let since: String?
    public let until: String?

    /// Every date, and undated articles too.
    public static let all = DateRange(checkedSince: nil, until: nil)

    /// - Throws: ``DateRangeError`` when a bound is not a date or the span is empty.
    public init(since: String?, until: String?) throws {
        for (option, value) in [("--since", since), ("--until", until)] {
            if let value, !Self.isDate(value) { throw DateRangeError.malformed(option: option, value: value) }
        }
        if let since, let until, since.prefix(until.count) > until {
            throw DateRangeError.empty(since: since, until: until)
        }
        self.init(checkedSince: since, until: until)
    }

    private init(checkedSince since: String?, until: String?) {
        self.since = since
        self.until = until
    }

    public var isBounded: Bool { since != nil || until != nil }

    /// Whether an article dated `date` (`YYYY-MM-DD`, or nil) belongs to the span. A date is compared with each bound
    /// at the bound's precision, so a bound of `2021` matches every day of 2021.
    public func contains(_ date: String?) -> Bool {
        guard isBounded else { return true }
        guard let date else { return false }
        return Self.date(date, isWithin: since, until)
    }

    /// Whether `date` (`YYYY-MM-DD`) lies from `since` to `until`, both included, each bound compared at its own
    /// precision: `2021` covers every day of 2021, `2021-04` every day of April. The one rule of every span of
    /// dates: `--since`/`--until`, and the gazetteer's memberships and roles.
    public static func date(_ date: String, isWithin since: String?, _ until: String?) -> Bool {
        if let since, date.prefix(since.count) < since { return false }
        if let until, date.prefix(until.count) > until { return false }
        return true
    }

    public var description: String {
        switch (since, until) {
        case let (since?, until?): "from \(since) to \(until)"
        case let (since?, nil): "from \(since)"
        case let (nil, until?): "until \(until)"
        case (nil, nil): "any date"
        }
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, naming a real month and day.
    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count),
              zip(parts, widths).allSatisfy({ $0.count == $1 && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return false }
        let numbers = parts.compactMap { Int($0) }
        return NewsDate(year: numbers[0], month: numbers.count > 1 ? numbers[1] : 1, day: numbers.count > 2 ? numbers[2] : 1)
            != nil
    }
}

/// Why `--since` or `--until` was refused.
public enum DateRangeError: Error, CustomStringConvertible, Equatable {
    case malformed(option: String, value: String)
    case empty(since: String, until: String)

    public var description: String {
        switch self {
        case let .malformed(option, value):
            "\(option) \(value) is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"
        case let .empty(since, until):
            "--since \(since) is after --until \(until): no article could fall between them"
        }
    }
}
