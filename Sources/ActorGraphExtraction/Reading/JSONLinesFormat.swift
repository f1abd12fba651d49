import Foundation

/// `.jsonl` corpora: one article per line, `{"id": ..., "title": ..., "text": ..., "date": ...}`.
///
/// `text` is required; `id` (string or number), `title` and `date` are optional, and `null`
/// counts as absent. Blank lines are skipped. A line that is not valid UTF-8, not JSON, not an
/// object, has no text or no article text left after cleaning becomes a ``SkippedInput`` (named by
/// its `id` where it has one, else `FILE:LINE`; the reason starts with `line N:`), and the lines
/// after it are still read. A `date` that cannot be read as a date is ignored rather than losing the article.
/// The text's lines are its paragraphs and go through ``ArticleCleaner`` like any other body;
/// the title is never guessed from the text.
enum JSONLinesFormat {
    /// The items of a `.jsonl` file, one per non-blank line, in order.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    static func items(_ data: Data, fileName: String) -> [CorpusItem] {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return bytes.withUnsafeBufferPointer { bytes in
            if bytes.contains(0) {
                return [.skipped(SkippedInput(name: fileName, reason: TextDecodingError.binary.description))]
            }
            var items: [CorpusItem] = []
            var lineNumber = 0
            var start = 0
            while start < bytes.count {
                lineNumber += 1
                let newline = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                var end = newline
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = newline + 1
                guard line.contains(where: { !($0 == 0x20 || $0 == 0x09) }) else { continue }
                items.append(item(Data(line), name: "\(fileName):\(lineNumber)", line: lineNumber))
            }
            return items
        }
    }

    private static func item(_ line: Data, name: String, line number: Int) -> CorpusItem {
        func skipped(_ reason: String) -> CorpusItem {
            .skipped(SkippedInput(name: name, reason: "line \(number): \(reason)"))
        }
        guard String(data: line, encoding: .utf8) != nil else {
            return skipped(
                "not valid UTF-8 text; convert the file to UTF-8, e.g. with `iconv -f WINDOWS-1252 -t UTF-8`")
        }
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: line)
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            return skipped("invalid JSON: \(detail ?? "not a JSON value")")
        }
        guard let object = json as? [String: Any] else { return skipped("invalid JSON: not an object") }
        let id = (object["id"] as? String) ?? (object["id"] as? NSNumber).map { "\($0)" }
        let documentName = id.flatMap { $0.isEmpty ? nil : $0 } ?? name
        guard let text = object["text"] as? String else {
            return .skipped(
                SkippedInput(name: documentName, reason: "line \(number): no \"text\" string in the object"))
        }
        let title = object["title"] as? String
        let date = (object["date"] as? String).flatMap { NewsDate(parsing: $0.foldingWhiteSpace)?.iso }
        let lines = TextDecoding.lines(of: text).map(String.init)
        let article = ArticleCleaner.clean(lines, title: title, inferTitle: false, date: date)
        guard !article.title.isEmpty || !article.paragraphs.isEmpty else {
            return .skipped(SkippedInput(name: documentName, reason: "line \(number): empty: no article text"))
        }
        return .document(
            Document(name: documentName, title: article.title, date: article.date, paragraphs: article.paragraphs))
    }
}
