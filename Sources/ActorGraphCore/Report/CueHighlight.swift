/// An evidence sentence cut around its cue, so a renderer can mark the words that decided the stance.
///
/// A cue is one or more words as the stance lexicon writes them, where a trailing `*` stands for any ending
/// (`cooperat*` matches "cooperation", `impose* sanctions` matches "imposed sanctions"). The cue is found as a
/// run of whole words, ignoring case, so `aid` marks "aid" and never the end of "said".
public struct CueHighlight: Equatable, Sendable {
    public var before: String
    public var cue: String
    public var after: String

    /// The sentence split at the first run of words that matches its cue; nil when it has no cue or the cue's words
    /// are not next to each other in the sentence (a negated cue such as `not interfer*` may have words between).
    public init?(_ evidence: Evidence) {
        guard let cue = evidence.cue else { return nil }
        let patterns = cue.lowercased().split(separator: " ").map(String.init)
        let text = evidence.text
        let words = Self.words(in: text)
        guard !patterns.isEmpty, words.count >= patterns.count else { return nil }
        for start in 0...(words.count - patterns.count) {
            let run = words[start..<(start + patterns.count)]
            guard zip(run, patterns).allSatisfy({ Self.word(text[$0].lowercased(), matches: $1) }) else { continue }
            let range = run.first!.lowerBound..<run.last!.upperBound
            before = String(text[..<range.lowerBound])
            self.cue = String(text[range])
            after = String(text[range.upperBound...])
            return
        }
        return nil
    }

    private static func word(_ word: String, matches pattern: String) -> Bool {
        pattern.hasSuffix("*") ? word.hasPrefix(pattern.dropLast()) : word == pattern
    }

    /// The ranges of the words of `text`: runs of letters and digits, with the hyphens and apostrophes inside them
    /// (a closing quote mark `’` after a word is not part of it; the `-` of a cue such as `anti-*` is).
    private static func words(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        func close(at end: String.Index) {
            guard let first = start else { return }
            var last = end
            while last > first, "'’".contains(text[text.index(before: last)]) { last = text.index(before: last) }
            if first < last { ranges.append(first..<last) }
            start = nil
        }
        for index in text.indices {
            let character = text[index]
            let inWord = character.isLetter || character.isNumber || "-'’".contains(character)
            if inWord, start == nil { start = index }
            if !inWord { close(at: index) }
        }
        close(at: text.endIndex)
        return ranges
    }
}
