import Foundation
import Testing

/// `graph parse`: the parse of a sentence shown to a person, as JSON for a script, and CoNLL-U in and out for
/// evaluation, with one-line errors for bad input.
@Suite struct ParseCommandTests {
    @Test func showsEachWordWithItsTagHeadAndRelation() throws {
        let run = try GraphTool.run(["parse", "Russia was criticised by India."])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = run.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        let russia = try #require(rows.first { $0.count > 1 && $0[1] == "Russia" })
        #expect(russia.contains("PROPN") && russia.contains("criticised") && russia.last == "nsubj:pass")
        let india = try #require(rows.first { $0.count > 1 && $0[1] == "India" })
        #expect(india.last == "obl:agent")
    }

    /// The tree shown is the one the signs are read from: the parser reads "killed" here as a participle on
    /// "troops", and attribution's repair makes it the main verb.
    @Test func showsTheTreeAttributionReads() throws {
        let run = try GraphTool.run(["parse", "--json", "Russian troops killed five armed rebels in Chechnya."])
        #expect(run.status == 0, "\(run.stderr)")
        let words = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let killed = try #require(words.first { $0["form"] as? String == "killed" })
        #expect(killed["head"] as? Int == 0)
        let troops = try #require(words.first { $0["form"] as? String == "troops" })
        #expect(troops["deprel"] as? String == "nsubj")
    }

    @Test func jsonGivesOffsetsIntoTheSentence() throws {
        let sentence = "India's envoy didn't attend."
        let run = try GraphTool.run(["parse", "--json", sentence])
        #expect(run.status == 0, "\(run.stderr)")
        let words = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(words.map { $0["form"] as? String } == ["India", "'s", "envoy", "did", "n't", "attend", "."])
        let bytes = Array(sentence.utf8)
        for word in words {
            let start = try #require(word["start"] as? Int)
            let end = try #require(word["end"] as? Int)
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == word["form"] as? String)
            let head = try #require(word["head"] as? Int)
            #expect((0...words.count).contains(head))
        }
        #expect(words.filter { $0["head"] as? Int == 0 }.count == 1)
    }

    @Test func conlluKeepsEverySentenceAndLineInOrder() throws {
        let input = """
            # sent_id = a
            # text = We don't know.
            1\tWe\t_\t_\t_\t_\t_\t_\t_\t_
            2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
            2\tdo\t_\t_\t_\t_\t_\t_\t_\t_
            3\tn't\t_\t_\t_\t_\t_\t_\t_\t_
            4\tknow\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
            5\t.\t_\t_\t_\t_\t_\t_\t_\t_

            # sent_id = b
            1\tSanctions
            1.1\tX\t_\t_\t_\t_\t_\t_\t_\t_
            2\tfollowed
            3\t.

            """
        let folder = try GraphTool.scratchFolder()
        let file = folder.appendingPathComponent("in.conllu")
        try input.write(to: file, atomically: true, encoding: .utf8)
        let run = try GraphTool.run(["parse", "--conllu", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.filter { $0.hasPrefix("#") } == ["# sent_id = a", "# text = We don't know.", "# sent_id = b"])
        #expect(lines.contains("2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_"))
        #expect(lines.contains("1.1\tX\t_\t_\t_\t_\t_\t_\t_\t_"))
        let words = lines.filter { $0.first?.isNumber == true && !$0.hasPrefix("2-3") && !$0.hasPrefix("1.1") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(words.map { $0[1] } == ["We", "do", "n't", "know", ".", "Sanctions", "followed", "."])
        #expect(words.allSatisfy { $0.count == 10 && $0[3] != "_" && Int($0[6]) != nil && $0[7] != "_" })
        #expect(words[3][9] == "SpaceAfter=No", "MISC is carried through")
        #expect(run.stdout.components(separatedBy: "\n\n").filter { !$0.isEmpty }.count == 2)
    }

    @Test(arguments: [
        (["parse"], "give a sentence"),
        (["parse", "   "], "empty"),
        (["parse", "--conllu", "/nonexistent/in.conllu"], "/nonexistent/in.conllu"),
    ])
    func badInputIsOneLineAndAFailure(arguments: [String], message: String) throws {
        let run = try GraphTool.run(arguments)
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func binaryInputIsRefusedWithTheReason() throws {
        let file = try GraphTool.scratchFolder().appendingPathComponent("model.bin")
        try Data([0xff, 0xfe, 0x00, 0x31, 0x09, 0xc3]).write(to: file)
        let run = try GraphTool.run(["parse", "--conllu", file.path])
        #expect(run.status != 0)
        #expect(run.errorLines.count == 1)
        #expect(run.stderr.contains("not UTF-8"))
    }
}
