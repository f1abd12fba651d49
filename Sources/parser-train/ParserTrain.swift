import ActorGraphParser
import ArgumentParser
import Foundation

@main
struct ParserTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser-train",
        abstract: "Train the English tagger and dependency parser on Universal Dependencies English EWT.",
        discussion: """
            Reads en_ewt-ud-train.conllu, -dev and -test from the treebank folder, trains the part-of-speech tagger \
            and the arc-hybrid parser (the development split picks the epochs; the test split is only scored), \
            prints the UPOS, UAS and LAS figures, and writes the model file the package ships. The same seed gives \
            the same model, byte for byte.

              swift run -c release parser-train ../shared/ud
            """
    )

    @Argument(help: "The folder with the UD English EWT .conllu files.")
    var treebank: String

    @Option(name: .shortAndLong, help: "Where to write the model.")
    var output = "Sources/ActorGraphParser/Resources/english-ewt.model"

    @Option(help: "The seed of the training order.")
    var seed: UInt64 = 1

    @Option(help: "Epochs of the tagger.")
    var taggerEpochs = 8

    @Option(help: "Epochs of the parser (the best on the development split is kept).")
    var parserEpochs = 24

    @Option(help: "Parts of the jackknife that gives the parser predicted tags to learn from.")
    var folds = 4

    @Option(help: "The parser's averaged weights smaller than this are dropped from the model.")
    var pruning: Float = 1.0

    @Option(help: "The tagger's averaged weights smaller than this are dropped from the model.")
    var taggerPruning: Float = 0.05

    func run() throws {
        var options = ParserTrainer.Options(
            treebank: URL(fileURLWithPath: treebank), output: URL(fileURLWithPath: output))
        options.seed = seed
        options.taggerEpochs = taggerEpochs
        options.parserEpochs = parserEpochs
        options.folds = folds
        options.parserPruning = pruning
        options.taggerPruning = taggerPruning
        let start = Date()
        let report = try ParserTrainer.run(options) { line in
            FileHandle.standardError.write(Data("\(line)\n".utf8))
        }
        print(report)
        print("wrote \(output) in \(Int(Date().timeIntervalSince(start))) s")
    }
}
