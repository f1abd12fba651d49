/// A calendar date as news pages write it, read into year, month and day.
///
/// Accepted forms (case-insensitive month and weekday names, full or abbreviated, "Sept" too):
/// `2023-12-28`, `2023-12-28T10:00:00Z` (the date as written, time and zone ignored),
/// `2023/12/28`, `28-DEC-2023`, `December 28, 2023`, `Dec. 28 2023`, `28 December 2023`,
/// `28th Dec 2023`, each optionally after a weekday (`Thursday, April 15, 2021`).
struct NewsDate: Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.days(inMonth: month, year: year)).contains(day) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads a full date (with year) that fills the whole of `text`.
    init?(parsing text: String) {
        if let iso = Self.iso(text) {
            self = iso
            return
        }
        var tokens = Self.tokens(of: text)
        if let first = tokens.first, Self.weekdays.contains(first.lowercased()) { tokens.removeFirst() }
        guard tokens.count == 3, let year = Self.year(tokens[2]) else { return nil }
        if let month = Self.month(named: tokens[0]), let day = Self.day(tokens[1]) {
            self.init(year: year, month: month, day: day)
        } else if let day = Self.day(tokens[0]), let month = Self.month(named: tokens[1]) {
            self.init(year: year, month: month, day: day)
        } else {
            return nil
        }
    }

    /// `YYYY-MM-DD`.
    var iso: String {
        func pad(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static func < (lhs: NewsDate, rhs: NewsDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// A month and day without a year, as datelines write them: `Dec 28`, `Dec. 28`,
    /// `December 28`, `28 December`.
    static func monthDay(_ text: String) -> (month: Int, day: Int)? {
        let tokens = tokens(of: text)
        guard tokens.count == 2 else { return nil }
        if let month = month(named: tokens[0]), let day = day(tokens[1]) { return (month, day) }
        if let day = day(tokens[0]), let month = month(named: tokens[1]) { return (month, day) }
        return nil
    }

    /// `YYYY-MM-DD` or `YYYY/MM/DD`, alone or followed by `T` or a space and a time.
    private static func iso(_ text: String) -> NewsDate? {
        let scalars = Array(text.unicodeScalars.prefix(11))
        guard scalars.count >= 10, scalars[4] == scalars[7], scalars[4] == "-" || scalars[4] == "/",
            scalars.count == 10 || scalars[10] == "T" || scalars[10] == " ",
            let year = Int(String(String.UnicodeScalarView(scalars[0..<4]))),
            let month = Int(String(String.UnicodeScalarView(scalars[5..<7]))),
            let day = Int(String(String.UnicodeScalarView(scalars[8..<10])))
        else { return nil }
        return NewsDate(year: year, month: month, day: day)
    }

    /// Words and numbers of `text`; spaces, commas, periods, slashes and dashes separate them.
    private static func tokens(of text: String) -> [String] {
        text.split { " ,./-\u{2013}".contains($0) || $0.isWhitespace }.map(String.init)
    }

    private static func year(_ token: String) -> Int? {
        guard token.count == 4, let year = Int(token), (1000...2999).contains(year) else { return nil }
        return year
    }

    /// A day number, with or without an ordinal suffix ("28", "28th", "1st").
    private static func day(_ token: String) -> Int? {
        var digits = Substring(token)
        for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) {
            digits = digits.dropLast(2)
        }
        guard (1...2).contains(digits.count), let day = Int(digits), (1...31).contains(day) else {
            return nil
        }
        return day
    }

    static func month(named token: String) -> Int? {
        let name = token.lowercased()
        if name == "sept" { return 9 }
        guard name.count >= 3, let index = months.firstIndex(where: { $0.hasPrefix(name) }) else {
            return nil
        }
        // An abbreviation is exactly three letters; anything longer must be the full name.
        guard name.count == 3 || name == months[index] else { return nil }
        return index + 1
    }

    private static let months = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
