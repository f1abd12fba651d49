import ActorGraphParser

/// What one document contributes to the network: a plain value, so documents are extracted in parallel and their
/// contributions added up in input order.
public struct DocumentExtraction: Sendable {
    /// Two actors named in one sentence, and how that sentence leans.
    public struct Observation: Sendable, Hashable {
        /// The pair, `a < b`.
        public var a: String
        public var b: String
        public var sentence: Int
        public var stance: Double
        /// The deciding cue as the lexicon writes it, without the `not ` of a negation (``Evidence/cue``).
        public var cue: String?
        /// Whether a negator turned it.
        public var negated = false
        /// Where its words stand in the sentence, in UTF-8 bytes (``Evidence/cueRange``).
        public var cueRange: Range<Int>?
        /// Who acted on whom, where the cue's place in the sentence says (`A threatened B`).
        public var source: String?
        public var target: String?
    }

    public var document: Document
    public var sentenceCount: Int
    /// How often each actor is named, by id.
    public var mentions: [String: Int]
    public var observations: [Observation]
    /// The text of every sentence that holds an observation, by index, white space folded.
    public var sentenceTexts: [Int: String]
    /// The people the gazetteer does not know that the document names (officials found by their titles), by id:
    /// the network needs their labels and affiliations for their nodes.
    public var newActors: [Actor] = []
}

/// Turns a document into its mentions and pair observations.
public struct RelationExtractor: Sendable {
    public let gazetteer: Gazetteer
    let scanner: CueScanner
    let parser: EnglishParser
    /// Where extraction's time goes, when a build asks (`graph build --timings`).
    public var timings: StageTimes?

    public init(gazetteer: Gazetteer, lexicon: StanceLexicon, parser: EnglishParser) {
        self.gazetteer = gazetteer
        self.scanner = CueScanner(lexicon: lexicon)
        self.parser = parser
    }

    /// An extractor with the bundled parser model.
    public init(gazetteer: Gazetteer, lexicon: StanceLexicon) throws {
        self.init(gazetteer: gazetteer, lexicon: lexicon, parser: try EnglishParser.bundled())
    }

    /// A sentence that names more actors than this is a list (a vote record, a roll of delegations, a run of text
    /// without punctuation): its actors count as mentioned, but it ties no pair. A list of every country would
    /// otherwise give some 31,000 edges, each storing the whole sentence as evidence; this way a sentence gives at
    /// most 66 pairs, and a list is neither parsed nor paired, whatever its length.
    public static let listActors = 12

    /// A sentence of more words than this is not parsed: its pairs are co-mentions without a stance. News sentences
    /// run to a few dozen words (the longest in 5.7 MB of news is 335); a longer one is a table or text without
    /// punctuation, where reading the parse costs time that grows with the square of its length (a 0.5 MB run of
    /// words with one cue took 4.1 s against 1.0 s for 0.25 MB).
    public static let parsedWords = 400

    /// Every pair of distinct actors named in one sentence gets one observation; its stance comes from the cues that
    /// ``ParseAttribution`` gives that pair (none: stance 0). Only sentences that name two sides and hold a cue are
    /// parsed, and only up to ``parsedWords`` words; a list (more than ``listActors`` actors) gives no observation.
    ///
    /// - Complexity: O(*n* + *c*·*m* + *p*) for *n* characters, *c* cues, *m* mentions and *p* pairs.
    public func extract(_ document: Document) -> DocumentExtraction {
        let sentences = timings.measure(.sentences) { document.sentences }
        var mentions: [String: Int] = [:]
        var observations: [DocumentExtraction.Observation] = []
        var texts: [Int: String] = [:]
        var context = DocumentContext()
        for (index, sentence) in sentences.enumerated() {
            let found = relations(in: sentence, index: index, date: document.date, context: &context)
            for mention in found.mentions { mentions[mention.actor, default: 0] += 1 }
            guard !found.observations.isEmpty else { continue }
            observations += found.observations
            texts[index] = sentence
        }
        return DocumentExtraction(
            document: document, sentenceCount: sentences.count, mentions: mentions,
            observations: observations, sentenceTexts: texts,
            newActors: context.references.actors.values.sorted { $0.id < $1.id })
    }

    /// The actors one sentence names and what it says about each pair of them, pairs in plain string order.
    public func relations(in sentence: String, index: Int = 0) -> (mentions: [Mention], observations: [DocumentExtraction.Observation]) {
        var context = DocumentContext()
        return relations(in: sentence, index: index, date: nil, context: &context)
    }

    /// A sentence of a document dated `date`, after the sentences that built `context`.
    func relations(
        in sentence: String, index: Int, date: String?, context: inout DocumentContext
    ) -> (mentions: [Mention], observations: [DocumentExtraction.Observation]) {
        let mentions = timings.measure(.sentences) {
            gazetteer.mentions(in: sentence, on: date, references: &context.references)
        }
        // A person and the country they act for (or two people of one country) are one side, so no cue sets them
        // against each other; a person's side is their affiliation on the document's date.
        var sides: [String: String] = [:]
        for mention in mentions { sides[mention.actor] = mention.affiliation ?? mention.actor }
        defer { context.named(sides: Set(sides.values)) }
        // Sides the sentence refers back to without naming them ("the two countries"): they take part in its cues
        // but are no mention and no co-mention. Most sentences cannot have any, and are not cut into words for it.
        var antecedents: [String] = []
        var cut: SentenceWords?
        if context.refersBack(sentence) {
            cut = SentenceWords(sentence)
            antecedents = context.antecedents(
                in: cut!, sideAt: mentions.map { ($0.start, sides[$0.actor] ?? $0.actor) })
        }
        let unnamed = antecedents.filter { sides[$0] == nil }
        for actor in unnamed { sides[actor] = actor }
        let actors = mentions.map(\.actor) + unnamed
        let actorCount = Set(actors).count
        guard actorCount > 1, actorCount <= Self.listActors else { return (mentions, []) }
        let (words, cues) = timings.measure(.cues) {
            let words = cut ?? SentenceWords(sentence)
            let cues = scanner.cues(in: words).filter { $0.stance != 0 }
            return (words, cues + JointForces.cues(in: words, mentions: mentions, lexicon: scanner.lexicon))
        }
        // The parse is the costly step: a sentence without a cue that leans (blockers have stance 0), or whose
        // actors are all one side, has only neutral pairs whatever its structure.
        let stances: [ActorPairKey: PairStance]
        if cues.isEmpty || Set(sides.values).count < 2 || words.words.count > Self.parsedWords {
            stances = PairStance.neutral(among: mentions.map(\.actor))
        } else {
            let occurrences = mentions.compactMap { mention in
                words.indices(overlapping: mention.start, mention.end).map {
                    WordOrderAttribution.Occurrence(actor: mention.actor, first: $0.lowerBound, last: $0.upperBound)
                }
            }
            let byWordOrder = WordOrderAttribution(words)
            let parse = timings.measure(.parse) { NewsTagHints.parse(sentence, with: parser) }
            stances = timings.measure(.attribution) {
                ParseAttribution(
                    parse: parse, mentions: mentions, antecedents: antecedents, lexicon: scanner.lexicon,
                    offices: gazetteer.officialFinder.titles.offices,
                    isBody: { gazetteer.actors[$0]?.kind == .grouping }
                ) { sides[$0] != $0 }
                    .stances(of: cues, words: words, actors: actors) {
                        byWordOrder.pairs(for: $0, among: occurrences)
                    }
                    .filter { key, pair in
                        !pair.cues.isEmpty || !(unnamed.contains(key.a) || unnamed.contains(key.b))
                    }
            }
        }
        let observations = stances.sorted { ($0.key.a, $0.key.b) < ($1.key.a, $1.key.b) }.map { key, pair in
            guard sides[key.a] != sides[key.b] else {
                return DocumentExtraction.Observation(a: key.a, b: key.b, sentence: index, stance: 0)
            }
            let decisive = pair.decisive
            return DocumentExtraction.Observation(
                a: key.a, b: key.b, sentence: index, stance: pair.stance, cue: decisive?.cue.unnegatedPhrase,
                negated: decisive?.cue.negated ?? false, cueRange: decisive.flatMap { words.bytes(of: $0.cue) },
                source: decisive?.source, target: decisive?.target)
        }
        return (mentions, observations)
    }
}
