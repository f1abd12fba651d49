import Foundation
import Testing

@testable import ActorGraphCore

/// `graph build` replaces its four files as one set (issue 13, defect 4): a build killed at any moment, or two
/// builds into the same folder at once, leave the four files of one build, never of two, and no temporary files
/// once the folder is settled as the next write into it settles it.
@Suite struct BuildReplacementTests {
    static let names = ["documents.jsonl", "network.dot", "network.json", "network.svg"]

    /// `copies` copies of the bundled articles in a new folder, the last copy of each ending with `postscript`.
    static func corpus(copies: Int, postscript: String = "") throws -> URL {
        let folder = try GraphTool.scratchFolder()
        let bundled = GraphTool.repository.appendingPathComponent("Corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: bundled.path) {
            let text = try String(contentsOf: bundled.appendingPathComponent(name), encoding: .utf8)
            for copy in 1...copies {
                let copied = copy == copies ? text + postscript : text
                let file = folder.appendingPathComponent("\(copy)-\(name)")
                try copied.write(to: file, atomically: false, encoding: .utf8)
            }
        }
        return folder
    }

    /// Every entry of `folder` by name: a file's bytes, or nil for anything else (a leftover folder).
    ///
    /// The diagram is taken by what it says, not by its bytes: Graphviz lays the same DOT out a little differently
    /// when the machine is busy, so `network.svg` becomes its tooltips in order, and whether the file is whole.
    static func files(in folder: URL) throws -> [String: Data?] {
        var files: [String: Data?] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else {
                files[name] = .some(nil)
                continue
            }
            let data = try Data(contentsOf: url)
            guard name == "network.svg" else {
                files[name] = data
                continue
            }
            let svg = String(decoding: data, as: UTF8.self)
            let tooltips = svg.matches(of: /xlink:title="[^"]*"/).map { String(svg[$0.range]) }
            files[name] = Data((tooltips + [svg.hasSuffix("</svg>\n") ? "whole" : "cut"]).joined(separator: "\n").utf8)
        }
        return files
    }

    /// Copies the four files of a build from `folder` into `out`.
    static func copyBuild(from folder: URL, to out: URL) throws {
        for name in names {
            try FileManager.default.copyItem(
                at: folder.appendingPathComponent(name), to: out.appendingPathComponent(name))
        }
    }

    /// The four files a whole build of `inputs` writes, and how long the build took.
    static func reference(of inputs: [String]) throws -> (files: [String: Data?], seconds: Double) {
        let out = try GraphTool.scratchFolder()
        let started = Date()
        let run = try GraphTool.run(["build"] + inputs + ["--out", out.path, "--quiet"])
        guard run.status == 0 else { throw GraphTool.BuildFailed(run: run) }
        return (try files(in: out), Date().timeIntervalSince(started))
    }

    /// Runs `graph build` of each corpus into its folder, all at the same time, and waits for them all.
    static func buildAtOnce(_ builds: [(corpus: URL, out: URL)]) throws {
        let running = try builds.map { try GraphTool.start(["build", $0.corpus.path, "--out", $0.out.path, "--quiet"]) }
        for build in running {
            build.waitUntilExit()
            #expect(build.terminationStatus == 0)
        }
    }

    /// Which build's set `files` is, or nil for anything but the four files of one of them.
    static func which(_ files: [String: Data?], of builds: [String: [String: Data?]]) -> String? {
        builds.first { $0.value == files }?.key
    }

    /// The done-when of the issue: a build of 2,000 articles (a `network.json` of two megabytes) over the committed
    /// `Graphs/`, killed with SIGKILL at random moments (fixed seed): half anywhere in the build's run, half within
    /// 30 ms of the output folder's first change, where the writing happens. Each time, at once, every file is whole
    /// and the folder holds the previous four files or the new four, or else the committed directory that marks a set
    /// being put in place, and nothing else of ours; once settled (as the next write into the folder settles it), the
    /// previous four or the new four and nothing else at all.
    @Test func killedBuildLeavesOneWholeSet() throws {
        let previous = try Self.files(in: CommittedGraphsTests.committed)
        let inputs = try GeneratedCorpus.write(articles: 2_000, files: 10)
        let (new, seconds) = try Self.reference(of: inputs)
        for name in Self.names {
            try #require(previous[name] != nil && new[name] != nil && previous[name] != new[name], "\(name)")
        }
        for files in [previous, new] {
            try #require(files.keys.sorted() == Self.names)
        }
        let builds = ["previous": previous, "new": new]
        let out = try GraphTool.scratchFolder()
        var seed: [UInt16] = [0x13, 0x4, 0x5EED]  // erand48's state: the same kill moments every run
        for kill in 0..<10 {
            try FileManager.default.removeItem(at: out)
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
            try Self.copyBuild(from: CommittedGraphsTests.committed, to: out)
            let unchanged = try FileManager.default.attributesOfItem(atPath: out.path)[.modificationDate] as? Date
            let build = try GraphTool.start(["build"] + inputs + ["--out", out.path, "--quiet"])
            if kill.isMultiple(of: 2) {
                usleep(UInt32(erand48(&seed) * seconds * 1.1 * 1_000_000))
            } else {
                while build.isRunning,
                    try FileManager.default.attributesOfItem(atPath: out.path)[.modificationDate] as? Date == unchanged
                {
                    usleep(200)
                }
                usleep(UInt32(erand48(&seed) * 30_000))
            }
            Foundation.kill(build.processIdentifier, SIGKILL)
            build.waitUntilExit()

            let left = try Self.files(in: out)
            for name in Self.names {
                #expect(left[name] == previous[name] || left[name] == new[name], "kill \(kill): \(name) is not whole")
            }
            let extra = left.keys.filter { !Self.names.contains($0) }
            let installing = extra.contains { $0.hasPrefix(OutputFolder.committedPrefix) }
            let ours = extra.allSatisfy {
                $0.hasPrefix(OutputFolder.stagingPrefix) || $0.hasPrefix(OutputFolder.committedPrefix)
            }
            #expect(ours, "kill \(kill): left \(extra.sorted())")
            let four = left.filter { Self.names.contains($0.key) }
            #expect(
                installing || Self.which(four, of: builds) != nil,
                "kill \(kill): the four files are of two builds, with no committed directory to finish them")
            try OutputFolder(out).settle()
            let settled = try Self.files(in: out)
            #expect(
                Self.which(settled, of: builds) != nil,
                "kill \(kill): left \(settled.keys.sorted()), not one build's four files")
        }
    }

    /// Two builds into the same folder at the same time, five times over: each time the folder ends with the four
    /// files of one of them. Their articles differ by a sentence added to a few, so that they take the same time and
    /// write at the same moment, and every one of the four files tells them apart.
    @Test func concurrentBuildsLeaveOneWholeSet() throws {
        let corpora = [
            try Self.corpus(copies: 2),
            try Self.corpus(copies: 2, postscript: "\nBrazil and Chile signed a trade pact.\n"),
        ]
        let alone = [try GraphTool.scratchFolder(), try GraphTool.scratchFolder()]
        try Self.buildAtOnce([(corpora[0], alone[0]), (corpora[1], alone[1])])
        let builds = ["first": try Self.files(in: alone[0]), "second": try Self.files(in: alone[1])]
        for name in Self.names {
            try #require(builds["first"]?[name] != nil && builds["first"]?[name] != builds["second"]?[name], "\(name)")
        }
        for round in 0..<5 {
            let out = try GraphTool.scratchFolder()
            try Self.buildAtOnce(corpora.map { ($0, out) })
            let left = try Self.files(in: out)
            #expect(
                Self.which(left, of: builds) != nil,
                "round \(round): left \(left.keys.sorted()), not one build's four files")
        }
    }

    /// A build killed after its commit left a new `network.json` beside the old picture, the rest of its set in its
    /// committed directory: the next command that reads the network finishes the move first, so it answers from the
    /// new set and the folder holds that set whole.
    @Test func aReaderFinishesAWriteKilledAfterItsCommit() throws {
        let new = try GraphTool.buildCorpus()
        let out = try GraphTool.scratchFolder()
        let article = GraphTool.repository.appendingPathComponent("Corpus/003_60f3e7a5cadbf312.txt")
        let old = try GraphTool.run(["build", article.path, "--out", out.path, "--quiet"])
        try #require(old.status == 0, "\(old.stderr)")
        let committed = out.appendingPathComponent(OutputFolder.committedPrefix + "k3q7zx2mpa5b6c4d")
        try FileManager.default.createDirectory(at: committed, withIntermediateDirectories: false)
        for name in Self.names {
            let destination = (name == "network.json" ? out : committed).appendingPathComponent(name)
            try? FileManager.default.removeItem(at: destination)
            try FileManager.default.copyItem(at: new.appendingPathComponent(name), to: destination)
        }
        let run = try GraphTool.run(["neighbors", "India", "--graph", out.appendingPathComponent("network.json").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Self.files(in: out) == Self.files(in: new))
    }

    /// What killed builds left (an uncommitted staging directory, a committed one half moved in) is settled by the
    /// next `graph build` into the folder, which ends with its own four files and nothing else.
    @Test func nextBuildCleansUpAfterKilledOnes() throws {
        let fresh = try GraphTool.buildCorpus()
        let expected = try Self.files(in: fresh)
        let out = try GraphTool.scratchFolder()
        try Self.copyBuild(from: fresh, to: out)
        let staging = out.appendingPathComponent(OutputFolder.stagingPrefix + "leftoverleftover")
        let committed = out.appendingPathComponent(OutputFolder.committedPrefix + "leftoverleftover")
        for folder in [staging, committed] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            try Data("partial".utf8).write(to: folder.appendingPathComponent("network.svg"))
        }
        let run = try GraphTool.run(["build", "Corpus", "--out", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Self.files(in: out) == expected)
    }
}
