/// Datelines: the place (and often the date) that wire copy puts before the first sentence.
///
///     New Delhi, Dec 28: India’s Foreign Minister ...
///     MOSCOW, Dec. 28 (Reuters) - Russia ...
///     Moscow / New Delhi                         (a line of its own)
///
/// A dateline's date has no year; ``latestYear(in:)`` supplies one from the article's text.
enum Dateline {
    /// The month and day of the dateline that opens `paragraph`, if it has one.
    ///
    /// The dateline is the text before the first `:` or spaced dash within the first 80
    /// characters, without a trailing agency in brackets; it must be a place of capitalised
    /// words, a comma, and a month and day (or a full date).
    static func monthDay(opening paragraph: String) -> (month: Int, day: Int, year: Int?)? {
        guard var head = prefixBeforeSeparator(paragraph) else { return nil }
        if head.hasSuffix(")"), let open = head.lastIndex(of: "(") {
            head = String(head[..<open]).trimmingSpaces
        }
        var comma = head.firstIndex(of: ",")
        while let index = comma {
            let place = head[..<index]
            let rest = String(head[head.index(after: index)...]).trimmingSpaces
            if isPlace(place) {
                if let (month, day) = NewsDate.monthDay(rest) { return (month, day, nil) }
                if let date = NewsDate(parsing: rest) { return (date.month, date.day, date.year) }
            }
            comma = head[head.index(after: index)...].firstIndex(of: ",")
        }
        return nil
    }

    /// `paragraph` without the dateline that opens it ("SEOUL (Reuters) - North Korea will ..." → "North Korea will
    /// ..."), or unchanged. Only an unmistakable dateline goes: a place followed by a news agency in brackets, a
    /// place in capitals before a dash ("JERUSALEM -- Israeli troops", "KABUL, Afghanistan - Afghans packed"), or a
    /// place with a date ("New Delhi, Dec 28: India's ...");
    /// "India - Pakistan talks resume" keeps its words. The place is where the reporter filed from, not an actor of
    /// the first sentence, and a parse that took "SEOUL" for the subject would go wrong from the first word.
    static func strippingOpening(_ paragraph: String) -> String {
        // Feeds credit the agency first ("Reuters - China has said ...", "Canadian Press - VANCOUVER (CP) - ...").
        if let credited = strippingCredit(paragraph) { return strippingOpening(credited) }
        guard let head = prefixBeforeSeparator(paragraph), !head.isEmpty else { return paragraph }
        var place = Substring(head)
        var agency = false
        if place.hasSuffix(")"), let open = place.lastIndex(of: "(") {
            place = place[..<open]
            agency = true
        }
        place = Substring(place.trimmingSpaces)
        let rest = paragraph.unicodeScalars.dropFirst(head.unicodeScalars.count)
        // A place in capitals counts before a dash, and before a colon when it has five letters or more ("TOKYO:
        // Japan said", "GAZA CITY: The Israeli army"): "EU: the bloc said" and "NATO: ..." name an actor. The city
        // alone may be in capitals, before its country: "NAJAF, Iraq - Explosions ...".
        let city = place.prefix { $0 != "," }
        let colon = rest.first(where: { $0 != " " }) == ":"
        let capitals = city.unicodeScalars.contains(where: \.properties.isUppercase)
            && !city.unicodeScalars.contains(where: \.properties.isLowercase)
            && (!colon || city.unicodeScalars.filter(\.properties.isAlphabetic).count >= 5)
        guard (isPlace(place) && (agency || capitals)) || monthDay(opening: paragraph) != nil else { return paragraph }
        // The separator and the dashes and spaces after it: "SEOUL (Reuters) -", "JERUSALEM --", "Dec 28:".
        return sentence(after: rest, skipping: " :-\u{2013}\u{2014}") ?? paragraph
    }

    /// The sentence that begins `rest` once the separator characters opening it are skipped; nil unless it begins as
    /// a sentence does, with a capital or an opening quote.
    private static func sentence(after rest: Substring.UnicodeScalarView, skipping separators: String) -> String? {
        var rest = rest
        while let first = rest.first, separators.unicodeScalars.contains(first) { rest.removeFirst() }
        guard let first = rest.first, first.properties.isUppercase || "\"\u{201C}".unicodeScalars.contains(first) else {
            return nil
        }
        return String(String.UnicodeScalarView(rest))
    }

    /// News agencies whose name a feed puts before an item, with a spaced dash: "AFP - Sudan's government ...".
    static let agencies: Set<String> = [
        "AP", "AFP", "Reuters", "Canadian Press", "CP", "UPI", "AAP", "PTI", "IANS", "ANI", "Xinhua", "Kyodo", "DPA",
        "dpa", "Bloomberg", "Interfax", "TASS", "Yonhap",
    ]

    /// `paragraph` without an agency's credit that opens it ("Reuters - The United States declared ..."), or nil when
    /// it has none: the credit is no actor, and a parse that took "Reuters" for the main clause would go wrong.
    private static func strippingCredit(_ paragraph: String) -> String? {
        guard let head = prefixBeforeSeparator(paragraph), agencies.contains(head) else { return nil }
        let rest = paragraph.unicodeScalars.dropFirst(head.unicodeScalars.count)
        guard rest.first == " " else { return nil }
        return sentence(after: rest, skipping: " -\u{2013}\u{2014}")
    }

    /// True for a line that is only a dateline's places, such as "Moscow / New Delhi" or
    /// "WASHINGTON": at most six capitalised words, joined by spaces, slashes, commas or dashes.
    static func isPlaceLine(_ line: String) -> Bool {
        isPlace(Substring(line))
    }

    /// The largest year from 1900 to 2099 written as four digits of their own in `texts`.
    ///
    /// - Complexity: O(*n*) in the number of UTF-8 bytes.
    static func latestYear(in texts: [String]) -> Int? {
        var latest: Int?
        func close(_ run: Int, _ value: Int) {
            if run == 4, (1900...2099).contains(value) { latest = max(latest ?? value, value) }
        }
        for text in texts {
            var run = 0
            var value = 0
            for byte in text.utf8 {
                if (0x30...0x39).contains(byte) {
                    run += 1
                    value = value &* 10 &+ Int(byte - 0x30)
                } else {
                    close(run, value)
                    run = 0
                    value = 0
                }
            }
            close(run, value)
        }
        return latest
    }

    private static func isPlace(_ text: Substring) -> Bool {
        // One to six words. Counting stops at the seventh, so that the opening paragraph of every article (which
        // is almost never a place) is not cut into words whole.
        var count = 0
        var inWord = false
        for character in text {
            if isPlaceSeparator(character) {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count > 6 { return false }
            }
        }
        guard count > 0 else { return false }
        return text.split(whereSeparator: isPlaceSeparator).allSatisfy { word in
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
            return word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "." || $0 == "'" }
        }
    }

    private static func isPlaceSeparator(_ character: Character) -> Bool {
        character == " " || character == "/" || character == "," || character == "-" || character == "\u{2013}"
    }

    /// The text before the first `:` or spaced dash (`-`, `–`, `—`) in the first 80 characters.
    private static func prefixBeforeSeparator(_ paragraph: String) -> String? {
        let scalars = Array(paragraph.unicodeScalars.prefix(80))
        for (index, scalar) in scalars.enumerated() {
            let spacedDash =
                (scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2014}")
                && index > 0 && scalars[index - 1] == " "
            if scalar == ":" || spacedDash {
                return String(String.UnicodeScalarView(scalars[..<index])).trimmingSpaces
            }
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without spaces at either end (the text is already white-space folded).
    var trimmingSpaces: String {
        var slice = Substring(self)
        while slice.first == " " { slice.removeFirst() }
        while slice.last == " " { slice.removeLast() }
        return String(slice)
    }
}
