/// Entries written as cues are (words, the first of them exact, a prefix such as `olympic*` or the end of a hyphenated
/// word such as `*-led`), indexed by their first word: a sentence's word is tried only against the entries it could
/// begin, since every word of every sentence that names two actors is looked up.
struct FirstWordIndex<Entry: Sendable>: Sendable {
    /// Entries whose first word is exact, by that word, in the order given.
    private let byWord: [String: [Entry]]
    /// Entries whose first word is a prefix, by the first `keyLength` characters of that prefix, in the order given.
    private let byPrefixStart: [Substring: [Entry]]
    private let keyLength: Int
    /// Entries whose first word is the end of a hyphenated word, by that end (`-led`), in the order given.
    private let byHyphenEnd: [Substring: [Entry]]

    init(_ entries: [Entry], firstWord: (Entry) -> StanceLexicon.Word) {
        var byWord: [String: [Entry]] = [:]
        var prefixed: [(start: String, entry: Entry)] = []
        var byHyphenEnd: [Substring: [Entry]] = [:]
        for entry in entries {
            switch firstWord(entry) {
            case .exact(let word): byWord[word, default: []].append(entry)
            case .prefix(let start): prefixed.append((start, entry))
            case .suffix(let end): byHyphenEnd[Substring(end), default: []].append(entry)
            }
        }
        let keyLength = min(3, prefixed.map(\.start.count).min() ?? 3)
        var byPrefixStart: [Substring: [Entry]] = [:]
        for (start, entry) in prefixed { byPrefixStart[start.prefix(keyLength), default: []].append(entry) }
        self.byWord = byWord
        self.byPrefixStart = byPrefixStart
        self.keyLength = keyLength
        self.byHyphenEnd = byHyphenEnd
    }

    /// The entries whose first word is `token` itself.
    func exact(_ token: String) -> [Entry] { byWord[token] ?? [] }

    /// The entries whose first word is a prefix that `token` may begin with (the caller matches the whole prefix).
    func prefixed(_ token: String) -> [Entry] { byPrefixStart[token.prefix(keyLength)] ?? [] }

    /// The entries whose first word is the part of `token` from its last inner hyphen on (`-led` of `us-led`); the
    /// lexicon writes each such end with one hyphen.
    func hyphenEnded(_ token: String) -> [Entry] {
        guard !byHyphenEnd.isEmpty, let hyphen = token.utf8.lastIndex(of: UInt8(ascii: "-")),
            hyphen != token.startIndex
        else { return [] }
        return byHyphenEnd[token[hyphen...]] ?? []
    }
}
