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
        public var cue: String?
    }

    public var document: Document
    public var sentenceCount: Int
    /// How often each actor is named, by id.
    public var mentions: [String: Int]
    public var observations: [Observation]
    /// The text of every sentence that holds an observation, by index, white space folded.
    public var sentenceTexts: [Int: String]
}

/// Turns a document into its mentions and pair observations.
public struct RelationExtractor: Sendable {
    public let gazetteer: Gazetteer
    let scanner: CueScanner

    public init(gazetteer: Gazetteer, lexicon: StanceLexicon) {
        self.gazetteer = gazetteer
        self.scanner = CueScanner(lexicon: lexicon)
    }

    /// Every pair of distinct actors named in one sentence gets one observation with the sentence's stance.
    ///
    /// - Complexity: O(*n* + *p*) for *n* characters and *p* pairs; a sentence naming *k* actors gives k(k-1)/2 pairs.
    public func extract(_ document: Document) -> DocumentExtraction {
        let sentences = document.sentences
        var mentions: [String: Int] = [:]
        var observations: [DocumentExtraction.Observation] = []
        var texts: [Int: String] = [:]
        for (index, sentence) in sentences.enumerated() {
            var actors: [String] = []
            for mention in gazetteer.mentions(in: sentence) {
                mentions[mention.actor, default: 0] += 1
                if !actors.contains(mention.actor) { actors.append(mention.actor) }
            }
            guard actors.count > 1 else { continue }
            let stance = scanner.stance(of: sentence)
            let cue = stance.decisiveCue?.phrase
            actors.sort()
            for i in actors.indices {
                for j in actors.indices where j > i {
                    observations.append(.init(a: actors[i], b: actors[j], sentence: index, stance: stance.stance, cue: cue))
                }
            }
            texts[index] = sentence
        }
        return DocumentExtraction(
            document: document, sentenceCount: sentences.count, mentions: mentions,
            observations: observations, sentenceTexts: texts)
    }
}
