/// What earlier sentences of a document tell a later one: the officials they introduced, and the two sides they
/// last named together, whom "the two countries" or "both sides" can refer back to ("For the first time in two
/// decades, the India-Russia summit has been cancelled. ... the ties between the two countries have
/// deteriorated").
struct DocumentContext: Sendable {
    var references = OfficialReferences()
    /// The sides of the last sentence that named exactly two.
    private(set) var lastPair: [String]?

    /// Notes the sides a sentence named.
    mutating func named(sides: Set<String>) {
        if sides.count == 2 { lastPair = sides.sorted() }
    }

    /// Whether the sentence may refer back to the last pair: there is one, and the sentence counts two of something.
    /// This runs on every sentence, so it looks at bytes, not at words.
    func refersBack(_ sentence: String) -> Bool {
        guard lastPair != nil else { return false }
        var sentence = sentence
        return sentence.withUTF8 { bytes in
            bytes.indices.contains { start in
                Self.counting.contains { word in
                    bytes[start] == word[0] && start + word.count <= bytes.count
                        && word.elementsEqual(bytes[start..<start + word.count])
                }
            }
        }
    }

    private static let counting = ["two ", "both ", "Both "].map { Array($0.utf8) }

    /// The pair a sentence refers back to: the last pair named, when the sentence says "the two countries" (or
    /// "both sides" ...) before naming two sides of its own.
    func antecedents(in words: SentenceWords, sideAt: [(start: Int, side: String)]) -> [String] {
        guard let lastPair else { return [] }
        for index in words.words.indices.dropLast() where ["two", "both"].contains(words.words[index].text) {
            let next = words.words[index + 1]
            guard SentenceCoreference.pairNouns.contains(next.text) else { continue }
            let before = Set(sideAt.filter { $0.start < next.start }.map(\.side))
            return before.count < 2 ? lastPair : []
        }
        return []
    }
}
