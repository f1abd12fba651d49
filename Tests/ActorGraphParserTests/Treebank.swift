import Foundation

/// The UD English EWT treebank beside the repository (`../shared/ud`), which the team's machines and CI have; the
/// tests that read it are skipped, with a note, where it is missing.
enum Treebank {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/ud")

    static func file(_ split: String) -> URL { folder.appendingPathComponent("en_ewt-ud-\(split).conllu") }

    static var isPresent: Bool { FileManager.default.fileExists(atPath: file("train").path) }
}
