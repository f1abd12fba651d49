import Foundation
import Testing

@testable import ActorGraphCore

/// `AtomicFile`: the file holds the old content or the new, and nothing else is left in the folder.
@Suite struct AtomicFileTests {
    /// A fresh, empty folder for one test; the caller removes it.
    private func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func contents(of folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func writesTextAndLeavesNoTemporaryFile() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("network.json")
        try AtomicFile.write("Côte d’Ivoire\n", to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "Côte d’Ivoire\n")
        #expect(try contents(of: folder) == ["network.json"])
    }

    @Test func writesBytesAsGiven() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("network.svg")
        let bytes = Data([0x00, 0xFF, 0x0A, 0x3C])
        try AtomicFile.write(bytes, to: url)
        #expect(try Data(contentsOf: url) == bytes)
    }

    @Test func replacesAnExistingFile() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("documents.jsonl")
        try Data(String(repeating: "old content that is longer than the new\n", count: 50).utf8).write(to: url)
        try AtomicFile.write("new\n", to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "new\n")
        #expect(try contents(of: folder) == ["documents.jsonl"])
    }

    @Test func createsMissingFolders() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("Graphs/deeper/network.dot")
        try AtomicFile.write("graph {}\n", to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "graph {}\n")
        #expect(try contents(of: url.deletingLastPathComponent()) == ["network.dot"])
    }

    /// The folder cannot be made because a plain file holds its name: an error, and the file is untouched.
    @Test func failsWhenTheFolderIsAFile() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("Graphs")
        try Data("keep me".utf8).write(to: blocker)
        #expect(throws: (any Error).self) {
            try AtomicFile.write("new", to: blocker.appendingPathComponent("network.json"))
        }
        #expect(try String(contentsOf: blocker, encoding: .utf8) == "keep me")
        #expect(try contents(of: folder) == ["Graphs"])
    }

    /// The target is a folder, so the final rename fails: an error, the folder and what it holds are untouched,
    /// and the temporary file is gone.
    @Test func failsWhenTheTargetIsAFolder() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("network.json")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try Data("inside".utf8).write(to: target.appendingPathComponent("keep.txt"))
        do {
            try AtomicFile.write("new", to: target)
            Issue.record("writing over a folder succeeded")
        } catch {
            #expect("\(error)".contains(target.path), "the error names the file")
        }
        #expect(try contents(of: folder) == ["network.json"])
        #expect(try contents(of: target) == ["keep.txt"])
        #expect(try String(contentsOf: target.appendingPathComponent("keep.txt"), encoding: .utf8) == "inside")
    }

    /// Defect 5 of issue 13: the temporary file's name was predictable (`.network.json.<pid>.tmp`) and opened
    /// following links, so a link planted under that name made the write overwrite whatever it pointed to. Links
    /// at the old names (and at a name a folder used to block) are neither followed nor in the way.
    @Test func plantedLinksAtTheOldTemporaryNamesAreNotFollowed() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("precious\n".utf8).write(to: victim)
        let graphs = folder.appendingPathComponent("Graphs")
        try FileManager.default.createDirectory(at: graphs, withIntermediateDirectories: false)
        let pid = ProcessInfo.processInfo.processIdentifier
        for name in ["network.json", "network.svg"] {
            try FileManager.default.createSymbolicLink(
                at: graphs.appendingPathComponent(".\(name).\(pid).tmp"), withDestinationURL: victim)
            try AtomicFile.write("new \(name)\n", to: graphs.appendingPathComponent(name))
            #expect(try String(contentsOf: graphs.appendingPathComponent(name), encoding: .utf8) == "new \(name)\n")
        }
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
        #expect(
            try contents(of: graphs) == [".network.json.\(pid).tmp", ".network.svg.\(pid).tmp", "network.json", "network.svg"])
    }
}
