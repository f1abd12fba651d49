/// The tagger's classes: each pair of a universal tag and a Penn Treebank tag that the training text uses
/// (`VERB VBD`, `VERB VBN`, `ADP IN`, `SCONJ IN`, ...). Tagging both at once costs little and gives the parser
/// the finer distinctions of the Penn tags (past tense against participle, `wh`-words, comparatives), which the
/// seventeen universal tags fold together.
struct TagSet: Sendable {
    /// `UPOS XPOS`, one per class.
    let names: [String]
    let universal: [UniversalTag]
    let penn: [String]
    private let number: [String: Int]

    init(names: [String]) throws {
        self.names = names
        var universal: [UniversalTag] = []
        var penn: [String] = []
        for name in names {
            let parts = name.split(separator: " ")
            guard parts.count == 2, let tag = UniversalTag(parts[0]) else {
                throw ModelError.corrupt("tag \"\(name)\" is not a UPOS and an XPOS")
            }
            universal.append(tag)
            penn.append(String(parts[1]))
        }
        self.universal = universal
        self.penn = penn
        number = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    var count: Int { names.count }

    /// The class of a UPOS and XPOS pair, or nil when training never saw the pair.
    func number(universal: String, penn: String) -> Int? { number["\(universal) \(penn)"] }
}
