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
}

/// Turns a document into its mentions and pair observations.
public struct RelationExtractor: Sendable {
    public let gazetteer: Gazetteer
    let scanner: CueScanner

    public init(gazetteer: Gazetteer, lexicon: StanceLexicon) {
        self.gazetteer = gazetteer
        self.scanner = CueScanner(lexicon: lexicon)
    }

    /// Every pair of distinct actors named in one sentence gets one observation; its stance comes from the cues that
    /// ``PairAttribution`` gives that pair (none: stance 0).
    ///
    /// - Complexity: O(*n* + *c*·*m* + *p*) for *n* characters, *c* cues, *m* mentions and *p* pairs.
    public func extract(_ document: Document) -> DocumentExtraction {
        let sentences = document.sentences
        var mentions: [String: Int] = [:]
        var observations: [DocumentExtraction.Observation] = []
        var texts: [Int: String] = [:]
        for (index, sentence) in sentences.enumerated() {
            let found = relations(in: sentence, index: index)
            for mention in found.mentions { mentions[mention.actor, default: 0] += 1 }
            guard !found.observations.isEmpty else { continue }
            observations += found.observations
            texts[index] = sentence
        }
        return DocumentExtraction(
            document: document, sentenceCount: sentences.count, mentions: mentions,
            observations: observations, sentenceTexts: texts)
    }

    /// The actors one sentence names and what it says about each pair of them, pairs in plain string order.
    public func relations(in sentence: String, index: Int = 0) -> (mentions: [Mention], observations: [DocumentExtraction.Observation]) {
        let mentions = gazetteer.mentions(in: sentence)
        guard Set(mentions.map(\.actor)).count > 1 else { return (mentions, []) }
        let words = SentenceWords(sentence)
        let occurrences = mentions.compactMap { mention in
            words.indices(overlapping: mention.start, mention.end).map {
                PairAttribution.Occurrence(actor: mention.actor, first: $0.lowerBound, last: $0.upperBound)
            }
        }
        let stances = PairAttribution(words).stances(of: scanner.cues(in: words), among: occurrences)
        let observations = stances.sorted { ($0.key.a, $0.key.b) < ($1.key.a, $1.key.b) }.map { key, pair in
            // A person and the country they act for (or two people of one country) are one side, so no cue
            // sets them against each other.
            guard side(of: key.a) != side(of: key.b) else {
                return DocumentExtraction.Observation(a: key.a, b: key.b, sentence: index, stance: 0)
            }
            let decisive = pair.decisive
            return DocumentExtraction.Observation(
                a: key.a, b: key.b, sentence: index, stance: CueScanner.rounded(pair.stance),
                cue: decisive?.cue.phrase, source: decisive?.source, target: decisive?.target)
        }
        return (mentions, observations)
    }

    /// The country an actor acts for: a person's affiliation, or the actor itself.
    private func side(of actor: String) -> String {
        gazetteer.actors[actor]?.affiliation ?? actor
    }
}
