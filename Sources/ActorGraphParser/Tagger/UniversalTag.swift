/// The seventeen universal part-of-speech tags of Universal Dependencies (UPOS),
/// https://universaldependencies.org/u/pos/ .
public enum UniversalTag: UInt8, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x

    /// The tag as CoNLL-U writes it: `NOUN`, `PROPN`, ...
    public var description: String { Self.names[Int(rawValue)] }

    /// The tag CoNLL-U writes as `name`, or nil.
    public init?(_ name: some StringProtocol) {
        guard let index = Self.names.firstIndex(of: String(name)) else { return nil }
        self.init(rawValue: UInt8(index))
    }

    private static let names = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ",
        "SYM", "VERB", "X",
    ]
}
