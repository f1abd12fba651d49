/// The steps every reader shares once a file is cut into lines: drop debris, find the title and
/// the date, and keep the article body.
///
/// Each reader turns its format into "logical lines" (a plain-text line, a Markdown paragraph,
/// an HTML block, a line of a `.jsonl` text) and hands them here with whatever metadata it found.
enum ArticleCleaner {
    /// Cleans `lines` into an article body.
    ///
    /// - Parameters:
    ///   - lines: the body's logical lines, in order; not yet white-space folded.
    ///   - title: the title from metadata, if the format has any.
    ///   - inferTitle: whether the first line may be taken as the title when `title` is empty.
    ///   - date: a date from metadata, already `YYYY-MM-DD`.
    /// - Returns: the title (metadata, else the first line when it looks like one, else ""), the
    ///   date (metadata, else a line that is only a date, else the opening dateline with the
    ///   article's latest year), and the remaining paragraphs, white-space folded.
    ///
    /// Steps, in order: fold white space; drop lines without a letter or digit, debris
    /// (``Boilerplate``) and lines that are only a date (the first is kept as a date); take the
    /// title; drop lines that repeat the title and cut it from a line it is glued to (a CMS
    /// repeat such as "... Sergei LavrovIt is natural that ..."); drop Title Case headlines
    /// (``Headline/isTitleCase(_:)``); drop an opening line that is only places
    /// ("Moscow / New Delhi"), and the dateline that opens the first paragraph ("SEOUL (Reuters) - ") once its date
    /// is read.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    static func clean(
        _ lines: [String], title: String?, inferTitle: Bool, date: String?
    ) -> (title: String, date: String?, paragraphs: [String]) {
        var body: [String] = []
        var dateLine: NewsDate?
        for raw in lines {
            let line = raw.foldingWhiteSpace
            guard line.unicodeScalars.contains(where: \.isWordScalar) else { continue }
            if Boilerplate.isDebris(line) { continue }
            if line.utf8.count <= 40, let date = NewsDate(parsing: line) {
                dateLine = dateLine ?? date
                continue
            }
            body.append(line)
        }

        var title = (title ?? "").foldingWhiteSpace
        if title.isEmpty, inferTitle, let first = body.first, Headline.looksLikeTitle(first) {
            title = first
            body.removeFirst()
        }
        if !title.isEmpty {
            body = body.compactMap { removingTitle(title, from: $0) }
        }
        // Links to other stories go; but lines that are all the article has are its text ("The game is out on 9 March
        // in the US and 11 March in the UK" as a feed item's whole text), not links.
        let linksRemoved = body.filter { !Headline.isTitleCase($0) }
        if !linksRemoved.isEmpty { body = linksRemoved }
        if let first = body.first, Dateline.isPlaceLine(first) { body.removeFirst() }

        let found = date ?? dateLine?.iso ?? openingDateline(body, title: title)?.iso
        if let first = body.first { body[0] = Dateline.strippingOpening(first) }
        return (title, found, body)
    }

    /// `line` without a repeat of `title`: nil when it is the title (ignoring case), the rest
    /// when the title is glued to the start of the next sentence with no space between.
    private static func removingTitle(_ title: String, from line: String) -> String? {
        if line.utf8.count == title.utf8.count, line.lowercased() == title.lowercased() { return nil }
        guard line.utf8.count > title.utf8.count, line.hasPrefix(title) else { return line }
        let rest = line.unicodeScalars.dropFirst(title.unicodeScalars.count)
        guard let next = rest.first,
            next.properties.isUppercase || ("0"..."9").contains(next) || "\u{201C}\"".unicodeScalars.contains(next)
        else { return line }
        return String(String.UnicodeScalarView(rest))
    }

    /// The date of a dateline opening the first paragraph, with the year it names or else the
    /// latest year the article mentions.
    private static func openingDateline(_ body: [String], title: String) -> NewsDate? {
        guard let first = body.first, let found = Dateline.monthDay(opening: first),
            let year = found.year ?? Dateline.latestYear(in: [title] + body)
        else { return nil }
        return NewsDate(year: year, month: found.month, day: found.day)
    }
}

extension Unicode.Scalar {
    /// A letter or a digit.
    var isWordScalar: Bool {
        properties.isAlphabetic || properties.numericType != nil
    }
}
