/// One article as read from the corpus: its name, title, date and cleaned body.
///
/// The body holds article text only: page debris ("Read Also: ...", "Leave a Reply", share
/// buttons, stray markup), repeated titles and headline links are removed by the readers (see
/// ``CorpusReader``), and each paragraph is white-space folded.
public struct Document: Sendable, Hashable {
    /// Where the article came from: a file's path relative to the folder it was found under (a
    /// file named directly is its last path component); for a `.jsonl` line its `id`, or
    /// `FILE:LINE` where it has none.
    public var name: String
    /// The headline, or "" where there is none.
    public var title: String
    /// The publication date as `YYYY-MM-DD`, where the article gives one.
    public var date: String?
    /// The article body, one white-space-folded paragraph per element, title not included.
    public var paragraphs: [String]

    public init(name: String, title: String, date: String?, paragraphs: [String]) {
        self.name = name
        self.title = title
        self.date = date
        self.paragraphs = paragraphs
    }

    /// The title (when there is one) followed by every paragraph's sentences, in order; the
    /// title is sentence 0, so evidence indices count from the headline.
    ///
    /// - Complexity: O(*n*) in the length of the text; computed on each access.
    public var sentences: [String] {
        let splitter = SentenceSplitter()
        var result: [String] = title.isEmpty ? [] : [title]
        for paragraph in paragraphs {
            result.append(contentsOf: splitter.split(paragraph))
        }
        return result
    }
}
