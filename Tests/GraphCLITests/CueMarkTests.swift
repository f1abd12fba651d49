import Foundation
import Testing

@testable import ActorGraphCore

/// Every output marks the words the extractor read a cue from, as `network.json` places them (`cue_range`), rather
/// than finding the cue again in the sentence: `graph edge` and the report mark the same words, a negated cue is
/// marked without its negator and said to be negated, and a verb that undoes a cue is marked with it.
@Suite struct CueMarkTests {
    /// The bundled articles and one with negated and undone cues.
    static func build() throws -> URL {
        let input = try GraphTool.scratchFolder()
        let corpus = GraphTool.repository.appendingPathComponent("Corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) {
            try FileManager.default.copyItem(
                at: corpus.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
        try """
            Embargoes and condemnations

            The United States did not lift its embargo on Cuba. China did not condemn Russia. Russia lifted its \
            sanctions on Turkey. India and Pakistan are not allies.
            """.write(to: input.appendingPathComponent("turns.txt"), atomically: true, encoding: .utf8)
        let out = try GraphTool.scratchFolder()
        let run = try GraphTool.run(["build", input.path, "--out", out.path, "--quiet"])
        guard run.status == 0 else { throw GraphTool.BuildFailed(run: run) }
        return out.appendingPathComponent("network.json")
    }

    @Test func graphEdgeAndTheReportMarkTheWordsAtTheCuesRange() throws {
        let file = try Self.build()
        let network = try NetworkJSON.read(from: file)
        let cued = network.edges.flatMap(\.evidence).filter { $0.cue != nil }
        #expect(!cued.isEmpty && cued.allSatisfy { $0.cueWords != nil }, "every cue is placed in its sentence")
        #expect(cued.contains { $0.negated }, "the corpus has a negated cue")

        // graph edge: each sentence with its cue's words in brackets, and "not" before the act of a negated cue.
        let edges = network.edges.filter { edge in
            edge.kind == .relation && edge.evidence.contains { $0.negated || ($0.cueWords?.contains(" ") ?? false) }
        }
        #expect(!edges.isEmpty)
        for edge in edges {
            let run = try GraphTool.run(["edge", edge.source, edge.target, "--graph", file.path])
            #expect(run.status == 0, "\(run.stderr)")
            for evidence in edge.evidence {
                guard let bounds = evidence.cueBounds else { continue }
                let scalars = evidence.text.unicodeScalars
                let marked = String(scalars[..<bounds.lowerBound]) + "[" + String(scalars[bounds]) + "]"
                    + String(scalars[bounds.upperBound...])
                #expect(run.stdout.contains(marked), "\(edge.source)–\(edge.target): \(marked)")
                if evidence.negated, evidence.source != nil {
                    #expect(run.stdout.contains(": not \(evidence.cueWords!)"), "\(marked)")
                }
            }
        }

        // The report: every marked sentence is one the network holds, marked at its range.
        let report = try GraphTool.run(["report", "--graph", file.path, "-o", "-"])
        #expect(report.status == 0, "\(report.stderr)")
        let expected = Set(cued.map { evidence in
            let bounds = evidence.cueBounds!
            let scalars = evidence.text.unicodeScalars
            return XMLEscaping.text(String(scalars[..<bounds.lowerBound])) + "<mark>"
                + XMLEscaping.text(String(scalars[bounds])) + "</mark>"
                + XMLEscaping.text(String(scalars[bounds.upperBound...]))
        })
        let quoted = report.stdout.matches(of: /<blockquote><p>(.*?)<\/p>/).map { String($0.output.1) }
        let marked = quoted.filter { $0.contains("<mark>") }
        #expect(!marked.isEmpty && !quoted.contains { $0.contains("(cue: ") }, "every cue is marked, none named apart")
        for sentence in marked {
            #expect(expected.contains(sentence), "\(sentence)")
        }
    }

    /// A file from before cues were placed: still read, and every output names the cue beside the sentence.
    @Test func aFileWithoutRangesShowsTheCueBesideTheSentence() throws {
        let file = try Self.build()
        let text = try String(contentsOf: file, encoding: .utf8)
        let older = text.replacingOccurrences(
            of: #", "cue_range": \[\d+, \d+\]"#, with: "", options: .regularExpression)
        #expect(older != text && !older.contains("cue_range"))
        try older.write(to: file, atomically: true, encoding: .utf8)
        let network = try NetworkJSON.read(from: file)
        let edge = try #require(network.edges.first { $0.evidence.contains { $0.negated } })
        let negated = try #require(edge.evidence.first { $0.negated })
        let run = try GraphTool.run(["edge", edge.source, edge.target, "--graph", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(negated.text + " [not \(negated.cue!)]"))
        let report = try GraphTool.run(["report", "--graph", file.path, "-o", "-"])
        #expect(report.status == 0 && !report.stdout.contains("<mark>") && report.stdout.contains("(cue: "))
    }
}
