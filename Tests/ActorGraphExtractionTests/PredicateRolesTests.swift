import Foundation
import Testing

@testable import ActorGraphExtraction

/// What predicates make of their arguments is data, in `stance.json`'s `roles`, not code: editing the file changes
/// the reading, and a file without the section is refused with its name.
@Suite struct PredicateRolesTests {
    /// The bundled lexicon file as JSON, with `edit` applied to its `roles` section, written to a temporary file.
    func lexiconFile(editingRoles edit: (inout [String: Any]) -> Void) throws -> URL {
        let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/ActorGraphExtraction/Resources/Lexicon/stance.json")
        var file = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: bundled)) as? [String: Any])
        var roles = try #require(file["roles"] as? [String: Any])
        edit(&roles)
        file["roles"] = roles.isEmpty ? nil : roles
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("roles-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: file).write(to: url)
        return url
    }

    func sign(of pair: String, in sentence: String, lexicon: StanceLexicon) throws -> Int? {
        let extractor = try RelationExtractor(gazetteer: try Gazetteer.load(adding: []), lexicon: lexicon)
        return extractor.relations(in: sentence).observations.first { "\($0.a)-\($0.b)" == pair }.map {
            $0.stance > 0.05 ? 1 : $0.stance < -0.05 ? -1 : 0
        }
    }

    @Test func forcesNamedTogetherAreOneForceOnlyWhileTheLexiconListsTheNoun() throws {
        let sentence = "US and Afghan forces raided houses in Kabul."
        #expect(try sign(of: "AFG-USA", in: sentence, lexicon: try StanceLexicon.bundled()) == 1)
        let url = try lexiconFile { roles in
            roles["force_nouns"] = (roles["force_nouns"] as? [String] ?? []).filter { $0 != "forces" }
        }
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try sign(of: "AFG-USA", in: sentence, lexicon: try StanceLexicon.load(from: url)) != 1)
    }

    @Test func aLexiconWithoutRolesIsRefusedWithItsName() throws {
        let url = try lexiconFile { $0 = [:] }
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            try StanceLexicon.load(from: url)
        } throws: { error in
            "\(error)".contains(url.lastPathComponent) && "\(error)".contains("roles")
        }
    }
}
