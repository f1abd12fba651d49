import Foundation

/// Tags and parses English sentences into Universal Dependencies trees: `EnglishTokenizer`, then the part-of-speech
/// `Tagger`, then the greedy arc-hybrid `DependencyParser`, with the model trained on UD English EWT that ships with
/// the package (`Resources/english-ewt.model`; `parser-train` makes it, `Docs/Parser.md` tells how and how well).
///
/// ```swift
/// let parser = try EnglishParser.bundled()
/// let parse = parser.parse("Russia was criticised by India.")
/// // parse.relations == ["nsubj:pass", "aux:pass", "root", "case", "obl:agent", "punct"]
/// ```
public struct EnglishParser: Sendable {
    let tagger: Tagger
    let parser: DependencyParser
    /// How the model was trained: treebank, seed, epochs and its scores on the development split.
    public let modelDescription: String

    init(tagger: Tagger, parser: DependencyParser, description: String) {
        self.tagger = tagger
        self.parser = parser
        modelDescription = description
    }

    /// The parser with the bundled model, loaded on first use (once per process) and shared.
    public static func bundled() throws -> EnglishParser { try shared.get() }

    /// The bundled model file, or nil when the package's resources are missing.
    public static var bundledModel: URL? {
        Bundle.module.url(forResource: "english-ewt", withExtension: "model", subdirectory: "Resources")
    }

    private static let shared = Result { () throws -> EnglishParser in
        guard let url = bundledModel else { throw ModelError.missing }
        return try load(from: url)
    }

    /// The parser with the model in `url` (a file `parser-train` wrote).
    public static func load(from url: URL) throws -> EnglishParser {
        try EnglishParser(ModelFile.decode(Data(contentsOf: url)))
    }

    init(_ model: ModelFile.Contents) {
        self.init(
            tagger: Tagger(weights: model.tagger, dictionary: model.dictionary, tagSet: model.tags),
            parser: DependencyParser(weights: model.parser, relations: model.relations),
            description: model.description)
    }

    /// Tokenises, tags and parses one sentence.
    public func parse(_ sentence: String) -> ParsedSentence {
        parse(tokens: EnglishTokenizer.tokenize(sentence))
    }

    /// Tags and parses a sentence already cut into treebank words. A word whose index is in `allowedTags` is given
    /// one of the tags listed for it: what the caller knows of its words ("arms embargo" is a noun compound) steers
    /// the tagger, and the parse follows the tags.
    public func parse(tokens: [ParseToken], allowedTags: [Int: Set<UniversalTag>] = [:]) -> ParsedSentence {
        let atoms = tokens.map { WordAtoms($0.form) }
        let tags = tagger.tag(atoms, allowing: allowedTags)
        let (heads, labels) = parser.parse(atoms, tags: tags)
        return ParsedSentence(
            tokens: tokens, tags: tags.map { tagger.tagSet.universal[$0] }, pennTags: tags.map { tagger.tagSet.penn[$0] },
            heads: heads, relations: labels.map { parser.relations[$0] })
    }

    /// Tags and parses words given as their forms (gold tokenisation, as in CoNLL-U); token offsets are those of the
    /// forms joined by single spaces.
    public func parse(forms: [String]) -> ParsedSentence {
        var offset = 0
        let tokens = forms.map { form in
            defer { offset += form.utf8.count + 1 }
            return ParseToken(form: form, start: offset, end: offset + form.utf8.count)
        }
        return parse(tokens: tokens)
    }
}
