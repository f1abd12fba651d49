/// A treebank sentence as training and evaluation read it: word atoms, gold tags, gold heads (the root as n) and
/// gold relation numbers, and the tags a tagger predicted for it (for the parser to learn from).
struct GoldSentence: Sendable {
    var forms: [String]
    var atoms: [WordAtoms]
    var tags: [UniversalTag]
    /// The XPOS column.
    var penn: [String]
    /// The tagger's class of each word (`TagSet`), -1 where the pair of tags is not in the tag set.
    var fineTags: [Int] = []
    var heads: [Int]
    var relations: [String]
    /// Tagger classes predicted for the words.
    var predictedTags: [Int] = []

    init(_ sentence: TreebankSentence) throws {
        let words = sentence.words
        forms = words.map { $0[1] }
        atoms = forms.map(WordAtoms.init)
        tags = try words.map { columns in
            guard let tag = UniversalTag(columns[3]) else { throw TrainingError.data("unknown UPOS \(columns[3])") }
            return tag
        }
        let n = words.count
        heads = try words.map { columns in
            guard let head = Int(columns[6]), (0...n).contains(head) else {
                throw TrainingError.data("bad HEAD \(columns[6])")
            }
            return head == 0 ? n : head - 1
        }
        relations = words.map { $0[7] }
        penn = words.map { $0[4] }
    }

    /// Gives the words their classes in `tagSet`.
    mutating func classify(_ tagSet: TagSet) {
        fineTags = zip(tags, penn).map { tagSet.number(universal: $0.description, penn: $1) ?? -1 }
        predictedTags = fineTags
    }

    var tagged: TaggedWords { TaggedWords(atoms: atoms, tags: tags, fine: fineTags) }

    /// Whether the tree has no crossing arcs (the root's arc included), so that the arc-hybrid system can build it.
    var isProjective: Bool {
        let n = heads.count
        for d in 0..<n {
            let (a, b) = (min(d, heads[d]), max(d, heads[d]))
            for e in 0..<n where e != d {
                let (c, f) = (min(e, heads[e]), max(e, heads[e]))
                if a < c && c < b && b < f { return false }
            }
        }
        return true
    }
}

enum TrainingError: Error, CustomStringConvertible {
    case data(String)
    case file(String, String)

    var description: String {
        switch self {
        case .data(let why): "treebank data: \(why)"
        case .file(let path, let why): "\(path): \(why)"
        }
    }
}
