import Foundation
import Testing

@testable import ActorGraphCore

/// `OutputFolder`: its files are replaced as one set, what a killed writer left is finished or discarded by the
/// next, and nothing planted in the folder is followed.
@Suite struct OutputFolderTests {
    private let manager = FileManager.default

    /// A fresh, empty folder for one test; the caller removes it.
    private func scratchFolder() throws -> URL {
        let folder = manager.temporaryDirectory.appendingPathComponent("output-folder-\(UUID().uuidString)")
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func contents(of folder: URL) throws -> [String] {
        try manager.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// The files of `folder` and their text.
    private func texts(in folder: URL) throws -> [String: String] {
        var texts: [String: String] = [:]
        for name in try contents(of: folder) {
            texts[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return texts
    }

    /// Writes `files` into `folder` directly, as a stand-in for what an earlier write left.
    private func put(_ files: [String: String], in folder: URL) throws {
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    private let old = ["network.json": "old json", "network.svg": "old svg", "network.dot": "old dot"]
    private let new = ["network.json": "new json", "network.svg": "new svg", "network.dot": "new dot"]

    @Test func replacesEveryFileAndLeavesNothingElse() throws {
        let folder = try scratchFolder()
        defer { try? manager.removeItem(at: folder) }
        try put(old.merging(["report.html": "kept"]) { $1 }, in: folder)
        try OutputFolder(folder).replace(with: new.mapValues { Data($0.utf8) })
        #expect(try texts(in: folder) == new.merging(["report.html": "kept"]) { $1 })
    }

    /// A writer killed after its commit left two files of the new set in place, the rest in its committed
    /// directory: settling finishes the move.
    @Test func settlingFinishesACommittedWrite() throws {
        let folder = try scratchFolder()
        defer { try? manager.removeItem(at: folder) }
        try put(["network.json": "new json", "network.svg": "old svg", "network.dot": "old dot"], in: folder)
        let committed = folder.appendingPathComponent(OutputFolder.committedPrefix + "k3q7zx2mpa5b6c4d")
        try put(["network.svg": "new svg", "network.dot": "new dot"], in: committed)
        try OutputFolder(folder).settle()
        #expect(try texts(in: folder) == new)
    }

    /// A writer killed before its commit left a staging directory with part of the new set: settling deletes it.
    @Test func settlingDiscardsAnUncommittedWrite() throws {
        let folder = try scratchFolder()
        defer { try? manager.removeItem(at: folder) }
        try put(old, in: folder)
        try put(["network.json": "new json", "network.svg": "new s"], in: folder.appendingPathComponent(
            OutputFolder.stagingPrefix + "a2b3c4d5e6f7g2h3"))
        try OutputFolder(folder).replace(with: ["report.html": Data("report".utf8)])
        #expect(try texts(in: folder) == old.merging(["report.html": "report"]) { $1 })
    }

    /// Links planted under the names of leftover directories are not ours: settling neither deletes what they
    /// point to nor moves it into the folder, and leaves the links alone.
    @Test func settlingFollowsNoPlantedLink() throws {
        let folder = try scratchFolder()
        defer { try? manager.removeItem(at: folder) }
        let victim = folder.appendingPathComponent("victim")
        try put(["network.json": "victim json", "precious.txt": "precious"], in: victim)
        let graphs = folder.appendingPathComponent("Graphs")
        try put(old, in: graphs)
        let links = [OutputFolder.stagingPrefix + "aaaaaaaaaaaaaaaa", OutputFolder.committedPrefix + "aaaaaaaaaaaaaaaa"]
        for link in links {
            try manager.createSymbolicLink(at: graphs.appendingPathComponent(link), withDestinationURL: victim)
        }
        try OutputFolder(graphs).replace(with: new.mapValues { Data($0.utf8) })
        #expect(try texts(in: victim) == ["network.json": "victim json", "precious.txt": "precious"])
        #expect(try contents(of: graphs) == (links + new.keys).sorted())
        #expect(try String(contentsOf: graphs.appendingPathComponent("network.json"), encoding: .utf8) == "new json")
    }

    /// A file of the set cannot be written (a name longer than the file system allows, standing in for a full
    /// disk, which the tests' root user cannot simulate): nothing is replaced and nothing is left.
    @Test func aFailedWriteReplacesNothing() throws {
        let folder = try scratchFolder()
        defer { try? manager.removeItem(at: folder) }
        try put(old, in: folder)
        var files = new.mapValues { Data($0.utf8) }
        files[String(repeating: "n", count: 300)] = Data("too long".utf8)
        #expect(throws: FileWriteError.self) { try OutputFolder(folder).replace(with: files) }
        #expect(try texts(in: folder) == old)
    }

    /// Writers in several threads at once (each `flock` is its own, as in separate processes): the folder ends with
    /// one writer's whole set, and nothing else.
    @Test func concurrentWritersLeaveOneWholeSet() async throws {
        let folder = try scratchFolder()
        defer { try? manager.removeItem(at: folder) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<8 {
                group.addTask {
                    for round in 0..<10 {
                        let mark = "writer \(writer) round \(round)"
                        try OutputFolder(folder).replace(with: ["a.txt": Data(mark.utf8), "b.txt": Data(mark.utf8)])
                    }
                }
            }
            try await group.waitForAll()
        }
        let texts = try texts(in: folder)
        #expect(texts.keys.sorted() == ["a.txt", "b.txt"])
        #expect(texts["a.txt"] == texts["b.txt"])
    }
}
