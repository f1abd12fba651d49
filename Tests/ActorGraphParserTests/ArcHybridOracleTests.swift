@testable import ActorGraphParser
import Foundation
import Testing

/// The transition system and its dynamic oracle, checked on every sentence of the EWT training file: following only
/// moves the oracle says cost nothing must build the gold tree exactly whenever the tree is projective (the parser
/// could then learn every one of them); non-projective trees are counted and reported.
@Suite struct ArcHybridOracleTests {
    @Test(.enabled(if: Treebank.isPresent, "needs ../shared/ud"))
    func zeroCostMovesReachEveryProjectiveGoldTree() throws {
        let text = try String(contentsOf: Treebank.file("train"), encoding: .utf8)
        let sentences = try CoNLLU.read(text).map(GoldSentence.init)
        let relations = Array(Set(sentences.flatMap(\.relations))).sorted()
        let number = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, $0) })
        var nonProjective = 0
        var reached = 0
        for sentence in sentences {
            let oracle = ArcHybridOracle(heads: sentence.heads, labels: sentence.relations.map { number[$0]! })
            var state = ArcHybrid(words: sentence.heads.count)
            let flat = [Float](repeating: 0, count: ArcHybrid.moveCount(labels: relations.count))
            var moves = 0
            while !state.isTerminal {
                let move = flat.withUnsafeBufferPointer {
                    ParserTraining.bestZeroCost(state, oracle.costs(in: state), $0)
                }
                #expect(state.isValid(move))
                state.apply(move)
                moves += 1
            }
            #expect(moves == 2 * sentence.heads.count, "every word is pushed once and popped once")
            let built = state.heads == sentence.heads && state.labels == sentence.relations.map { number[$0]! }
            if sentence.isProjective {
                #expect(built, "projective tree not reached: \(sentence.forms.joined(separator: " "))")
                if built { reached += 1 }
            } else {
                nonProjective += 1
            }
        }
        print("oracle: \(reached) projective trees of \(sentences.count) reached exactly; \(nonProjective) non-projective")
        #expect(reached + nonProjective == sentences.count)
        #expect(nonProjective < sentences.count / 20)
    }

    @Test func everyParseHasExactlyOneRoot() throws {
        let parser = try EnglishParser.bundled()
        for sentence in [
            "Talks collapsed. Both sides blamed each other",
            "Yes",
            "India, Japan, Australia and the United States — the Quad — met; China objected, and Russia did too.",
        ] {
            let parse = parser.parse(sentence)
            #expect(parse.heads.filter { $0 == nil }.count == 1, "\(sentence)")
            #expect(parse.relations.filter { $0 == "root" }.count == 1, "\(sentence)")
        }
    }

    @Test func aLeftMoveOntoTheRootNeedsALoneStackWord() {
        var state = ArcHybrid(words: 2)
        state.apply(ArcHybrid.shift)
        state.apply(ArcHybrid.shift)
        #expect(!state.canShift)
        #expect(!state.canLeft, "two words on the stack: attaching the top to the root would leave two roots")
        #expect(state.canRight)
        state.apply(ArcHybrid.right(0))
        #expect(state.canLeft)
    }
}
