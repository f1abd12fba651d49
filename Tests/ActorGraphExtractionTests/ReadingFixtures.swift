import Foundation

@testable import ActorGraphExtraction

/// Paths and scratch folders shared by the reading tests.
enum ReadingFixtures {
    /// The repository's `Corpus/` folder: the five real articles.
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus").path

    /// The documents of `Corpus/`, by name.
    static func corpusDocuments() throws -> [String: Document] {
        var documents: [String: Document] = [:]
        for case .document(let document) in try CorpusReader().read([corpus]) {
            documents[document.name] = document
        }
        return documents
    }

    /// A new empty folder under the temporary directory, with the given files written into it.
    static func folder(_ files: [String: Data]) throws -> String {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("reading-tests-\(UUID().uuidString)")
        for (name, contents) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url)
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root.path
    }

    /// Reads one file with the given name and contents from a fresh folder.
    static func read(_ name: String, _ contents: String) throws -> [CorpusItem] {
        let folder = try folder([name: Data(contents.utf8)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try CorpusReader().read([folder])
    }

    /// The single document of a file with the given name and contents.
    static func document(_ name: String, _ contents: String) throws -> Document? {
        guard case .document(let document)? = try read(name, contents).first else { return nil }
        return document
    }
}
