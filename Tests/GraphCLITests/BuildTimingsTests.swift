import Foundation
import Testing

/// `graph build --timings`: where a build's time goes, on standard error, and nothing else changed.
@Suite struct BuildTimingsTests {
    @Test func timingsNameEveryStageAndChangeNoOutput() throws {
        let scratch = try GraphTool.scratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let plain = scratch.appendingPathComponent("plain")
        let timed = scratch.appendingPathComponent("timed")
        let quiet = try GraphTool.run(["build", "--out", plain.path, "--quiet"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
        let run = try GraphTool.run(["build", "--out", timed.path, "--quiet", "--timings"])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty, "--quiet still prints nothing on standard output")
        let stages = [
            "loading the gazetteer and lexicon", "reading and cleaning the inputs", "sentences and mentions", "cues",
            "parse (tagging and parsing)", "attribution", "network", "analysis", "drawing", "files", "total (wall)",
        ]
        for stage in stages {
            let line = run.errorLines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(stage) }
            let seconds = line.flatMap { $0.split(separator: " ").reversed().first { Double($0) != nil } }
            #expect(seconds != nil, "a time for \(stage) in:\n\(run.stderr)")
        }
        // The corpus has cues to parse, so the parse took some time.
        let parse = run.errorLines.first { $0.contains("parse (tagging and parsing)") } ?? ""
        #expect(parse.split(separator: " ").compactMap { Double($0) }.first ?? 0 > 0)
        for file in ["network.json", "documents.jsonl", "network.dot", "network.svg"] {
            let a = try Data(contentsOf: plain.appendingPathComponent(file))
            let b = try Data(contentsOf: timed.appendingPathComponent(file))
            #expect(a == b, "\(file) is the same with --timings")
        }
    }
}
