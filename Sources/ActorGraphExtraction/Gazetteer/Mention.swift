/// One place where a sentence names an actor.
public struct Mention: Sendable, Hashable {
    /// The actor's id.
    public var actor: String
    /// The words as written (`New Delhi`, `Indo-`, `Russian`).
    public var text: String
    /// UTF-8 offsets of those words in the sentence.
    public var start: Int
    public var end: Int
    /// For a person: the country (or grouping) they act for on the document's date, where known.
    public var affiliation: String? = nil
    /// For a person the gazetteer knows: the title of the role they held on the document's date.
    public var role: String? = nil
}

extension Gazetteer {
    /// The actors a sentence names, in order; exclusions (`Indian Ocean`) name none and are left out.
    public func mentions(in sentence: String) -> [Mention] {
        var text = sentence
        return text.withUTF8 { bytes in
            matcher.matches(in: bytes).compactMap { match in
                guard let actor = forms[match.form].actor else { return nil }
                let words = String(decoding: UnsafeBufferPointer(rebasing: bytes[match.start..<match.end]), as: UTF8.self)
                return Mention(actor: actor, text: words, start: match.start, end: match.end)
            }
        }
    }
}
