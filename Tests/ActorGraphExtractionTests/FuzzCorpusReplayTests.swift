import ActorGraphExtraction
import Foundation
import Testing

/// Every kept fuzz input of the article readers (`Tests/Fuzz/Corpus/TARGET`, grown by `Tests/Fuzz/run.sh`) is read
/// as its target reads it, a file of that type: it gives documents whose sentences can be split, or inputs skipped
/// with a reason, without a crash or a hang.
@Suite struct FuzzCorpusReplayTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz/Corpus")

    /// A bound no input comes near (each takes milliseconds), so that only a real blow-up fails.
    static let timeLimit = Duration.seconds(10)

    @Test(arguments: [("fuzz-jsonl", "jsonl"), ("fuzz-html", "html"), ("fuzz-markdown", "md"), ("fuzz-text", "txt")])
    func replay(_ target: String, _ fileExtension: String) throws {
        let directory = Self.folder.appendingPathComponent(target)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(!names.isEmpty, "no inputs in \(directory.path)")
        let clock = ContinuousClock()
        for name in names {
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            let time = clock.measure {
                for item in CorpusReader().read(data, name: "fuzz.\(fileExtension)") {
                    switch item {
                    case .document(let document): _ = document.sentences
                    case .skipped(let skipped): #expect(!skipped.reason.isEmpty, "\(target)/\(name)")
                    }
                }
            }
            #expect(time < Self.timeLimit, "\(target)/\(name) took \(time)")
        }
    }
}
