import Foundation

/// `.jsonl` corpora: one article per line, `{"id": ..., "title": ..., "text": ..., "date": ...}`.
///
/// `text` is required; `id` (string or number), `title` and `date` are optional, and `null`
/// counts as absent. Blank lines are skipped. A line that is not valid UTF-8, not JSON, not an
/// object, has no text or no article text left after cleaning becomes a ``SkippedInput`` (named by
/// its `id` where it has one, else `FILE:LINE`; the reason starts with `line N:`), and the lines
/// after it are still read. A `date` that cannot be read as a date is ignored rather than losing the article.
/// The text's lines are its paragraphs and go through ``ArticleCleaner`` like any other body;
/// the title is never guessed from the text. A file with a NUL byte anywhere is binary, and skipped whole.
enum JSONLinesFormat {
    /// The items of a `.jsonl` file held in memory, one per non-blank line, in order.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    static func items(_ data: Data, fileName: String) -> [CorpusItem] {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if bytes.contains(0) {
                return [.skipped(SkippedInput(name: fileName, reason: TextDecodingError.binary.description))]
            }
            var items: [CorpusItem] = []
            var lines = Lines()
            let collect = { (line: UnsafeBufferPointer<UInt8>, number: Int) in
                items.append(item(Data(line), fileName: fileName, line: number))
            }
            lines.feed(bytes, collect)
            lines.finish(collect)
            return items
        }
    }

    /// The article (or the reason it is skipped) of line `number` of the file `fileName`.
    static func item(_ line: Data, fileName: String, line number: Int) -> CorpusItem {
        let name = "\(fileName):\(number)"
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

    /// Cuts a file's bytes into its non-blank lines as they arrive, in chunks of any size, so that a file of any
    /// length is read with one chunk and one unfinished line in memory.
    ///
    /// Lines end at `\n`; a `\r` before it is dropped, and so is a UTF-8 byte-order mark at the start of the file.
    /// Lines are numbered from 1, blank ones (spaces and tabs only) counted but not given.
    struct Lines {
        /// The number of the last line begun.
        private var number = 0
        /// The start of a line that the last chunk did not finish.
        private var unfinished: [UInt8] = []

        /// Gives `body` every line that `chunk` finishes, with its number; keeps the rest for the next chunk.
        mutating func feed(
            _ chunk: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void
        ) rethrows {
            var start = 0
            while let newline = chunk[start...].firstIndex(of: 0x0A) {
                if unfinished.isEmpty {
                    try give(UnsafeBufferPointer(rebasing: chunk[start..<newline]), body)
                } else {
                    unfinished += chunk[start..<newline]
                    try unfinished.withUnsafeBufferPointer { try give($0, body) }
                    unfinished.removeAll(keepingCapacity: true)
                }
                start = newline + 1
            }
            unfinished += chunk[start...]
        }

        /// Gives `body` the last line, when the file does not end with a line break.
        mutating func finish(_ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) rethrows {
            guard !unfinished.isEmpty else { return }
            try unfinished.withUnsafeBufferPointer { try give($0, body) }
            unfinished = []
        }

        private mutating func give(
            _ line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void
        ) rethrows {
            number += 1
            var line = line[...]
            if number == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            if line.last == 0x0D { line = line.dropLast() }
            guard line.contains(where: { !($0 == 0x20 || $0 == 0x09) }) else { return }
            try body(UnsafeBufferPointer(rebasing: line), number)
        }
    }
}
