/// One syntactic word of a sentence as the treebank divides it (`India's` is `India` and `'s`, `don't` is `do` and
/// `n't`), with the bytes of the sentence it covers.
public struct ParseToken: Sendable, Hashable {
    /// The word as written (`n't`, `U.S.`), or as the treebank spells a split word (`ca` of `can't`).
    public var form: String
    /// UTF-8 offsets in the sentence, `start..<end`; the pieces of one written word share its bytes in order.
    public var start: Int
    public var end: Int

    public init(form: String, start: Int, end: Int) {
        self.form = form
        self.start = start
        self.end = end
    }
}
