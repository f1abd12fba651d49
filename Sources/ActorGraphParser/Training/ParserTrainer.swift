import Foundation

/// Trains the tagger and the parser on a Universal Dependencies treebank folder (UD English EWT:
/// `en_ewt-ud-train.conllu`, `-dev`, `-test`) and writes the model file. Deterministic for a given seed.
///
/// 1. The tagger is trained k times, each time without one k-th of the training sentences, and tags that part
///    (jackknifing): the parser then learns from tags as wrong as the ones it will see, not from gold tags.
/// 2. The tagger is trained on all training sentences; the epoch best on the development split is kept.
/// 3. The parser is trained on the jackknifed tags; the epoch with the best development LAS is kept.
/// 4. Both are scored on the development and test splits (the test split is never used to choose anything).
public enum ParserTrainer {
    public struct Options: Sendable {
        public var treebank: URL
        public var output: URL
        public var seed: UInt64 = 1
        public var taggerEpochs = 8
        public var parserEpochs = 24
        public var folds = 4
        public var exploration = 0.9
        /// Averaged weights below these magnitudes are dropped from the model: the parser's table is most of the
        /// file and of the memory a parse touches.
        public var taggerPruning: Float = 0.05
        public var parserPruning: Float = 1.0

        public init(treebank: URL, output: URL) {
            self.treebank = treebank
            self.output = output
        }
    }

    public struct Report: Sendable, CustomStringConvertible {
        public var trainSentences: Int
        public var nonProjective: Int
        public var taggerFeatures: Int
        public var parserFeatures: Int
        public var parserWeights: Int
        public var modelBytes: Int
        public var dev: String
        public var test: String

        public var description: String {
            """
            training sentences: \(trainSentences) (\(nonProjective) non-projective, which the arc-hybrid system \
            cannot build exactly)
            model: \(taggerFeatures) tagger features, \(parserFeatures) parser features with \(parserWeights) \
            weights, \(modelBytes) bytes
            dev:  \(dev)
            test: \(test)
            """
        }
    }

    public static func run(_ options: Options, log: @escaping @Sendable (String) -> Void) throws -> Report {
        func read(_ split: String) throws -> [GoldSentence] {
            let url = options.treebank.appendingPathComponent("en_ewt-ud-\(split).conllu")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw TrainingError.file(url.path, "cannot be read as UTF-8 text")
            }
            return try CoNLLU.read(text).map(GoldSentence.init)
        }
        var train = try read("train")
        var dev = try read("dev")
        var test = try read("test")
        let tagSet = try TagSet(names: Array(Set(train.flatMap { zip($0.tags, $0.penn).map { "\($0) \($1)" } })).sorted())
        for i in train.indices { train[i].classify(tagSet) }
        for i in dev.indices { dev[i].classify(tagSet) }
        for i in test.indices { test[i].classify(tagSet) }
        let relations = Array(Set(train.flatMap(\.relations))).sorted()
        let nonProjective = train.filter { !$0.isProjective }.count
        log("read \(train.count) training, \(dev.count) development and \(test.count) test sentences; \(relations.count) relations; \(nonProjective) non-projective training trees")

        let folds = max(options.folds, 2)
        let predicted = jackknife(train, folds: folds, tagSet: tagSet, options: options, log: log)
        for i in train.indices { train[i].predictedTags = predicted[i] }
        let devWords = dev.map(\.tagged)
        let (tagger, tagAccuracy) = TaggerTraining.train(
            train.map(\.tagged), dev: devWords, tagSet: tagSet, epochs: options.taggerEpochs, seed: options.seed,
            pruning: options.taggerPruning, log: log)
        log("tagger: dev \(percent(tagAccuracy))")
        let (parser, devScores) = ParserTraining.train(
            train, dev: dev, relations: relations, epochs: options.parserEpochs, seed: options.seed &+ 1,
            exploration: options.exploration, pruning: options.parserPruning, tagger: tagger, log: log)
        let testScores = Evaluation.score(tagger: tagger, parser: parser, test)
        let description = """
            Tagger and parser trained on UD English EWT (CC BY-SA 4.0; Silveira et al. 2014) by parser-train: \
            seed \(options.seed), \(folds)-fold jackknifed tags, up to \(options.taggerEpochs) tagger and \
            \(options.parserEpochs) parser epochs, exploration \(options.exploration), pruning \(options.taggerPruning) and \(options.parserPruning). \
            Dev: \(devScores). Test: \(testScores).
            """
        let data = ModelFile.encode(
            .init(
                description: description, tags: tagSet, relations: relations, dictionary: tagger.dictionary, tagger: tagger.weights,
                parser: parser.weights))
        try data.write(to: options.output, options: .atomic)
        return Report(
            trainSentences: train.count, nonProjective: nonProjective, taggerFeatures: tagger.weights.featureCount,
            parserFeatures: parser.weights.featureCount, parserWeights: parser.weights.weightCount,
            modelBytes: data.count, dev: devScores.description, test: testScores.description)
    }

    /// The tags of every training sentence as predicted by a tagger that did not see it: the sentences are cut into
    /// `folds` consecutive parts (documents stay together), each tagged by a tagger trained on the others. The
    /// folds train in parallel; each is deterministic, so the result does not depend on the number of cores.
    static func jackknife(
        _ train: [GoldSentence], folds: Int, tagSet: TagSet, options: Options,
        log: @escaping @Sendable (String) -> Void
    ) -> [[Int]] {
        let parts = (0..<folds).map { k in (train.count * k / folds)..<(train.count * (k + 1) / folds) }
        let results = LockedArray<[[Int]]>(count: folds, initial: [])
        DispatchQueue.concurrentPerform(iterations: folds) { k in
            let rest = train.indices.filter { !parts[k].contains($0) }.map { train[$0].tagged }
            let (tagger, accuracy) = TaggerTraining.train(
                rest, dev: [], tagSet: tagSet, epochs: options.taggerEpochs, seed: options.seed &+ UInt64(k) &+ 100,
                pruning: options.taggerPruning, log: { _ in })
            _ = accuracy
            results.set(k, parts[k].map { tagger.tag(train[$0].atoms) })
            log("jackknife fold \(k + 1) of \(folds) tagged")
        }
        return results.values.flatMap { $0 }
    }
}

/// An array that parallel workers fill, one slot each.
final class LockedArray<Element>: @unchecked Sendable {
    private var storage: [Element]
    private let lock = NSLock()

    init(count: Int, initial: Element) { storage = Array(repeating: initial, count: count) }

    func set(_ index: Int, _ value: Element) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Element] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
