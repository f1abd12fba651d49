@testable import ActorGraphParser
import Foundation
import Testing

/// The shipped model file: written and read back it parses identically, and a damaged file is an error that says
/// so, never a crash.
@Suite struct ModelFileTests {
    @Test func roundTripKeepsEveryByteAndEveryParse() throws {
        let parser = try EnglishParser.bundled()
        let model = ModelFile.Contents(
            description: parser.modelDescription, tags: parser.tagger.tagSet, relations: parser.parser.relations,
            dictionary: parser.tagger.dictionary, tagger: parser.tagger.weights, parser: parser.parser.weights)
        let bytes = ModelFile.encode(model)
        let again = EnglishParser(try ModelFile.decode(bytes))
        #expect(ModelFile.encode(try ModelFile.decode(bytes)) == bytes)
        for sentence in [
            "The United States imposed sanctions on Russia.",
            "Beijing's envoy said the two countries would not back down.",
        ] {
            let a = parser.parse(sentence)
            let b = again.parse(sentence)
            #expect(a.heads == b.heads && a.relations == b.relations && a.tags == b.tags)
        }
    }

    @Test func damagedFilesAreRejectedWithAReason() throws {
        let parser = try EnglishParser.bundled()
        let bytes = ModelFile.encode(
            .init(
                description: "test", tags: parser.tagger.tagSet, relations: parser.parser.relations,
                dictionary: parser.tagger.dictionary, tagger: parser.tagger.weights, parser: parser.parser.weights))
        #expect(throws: ModelError.notAModel) { try ModelFile.decode(Data("PK\u{3}\u{4}zip".utf8)) }
        #expect(throws: ModelError.self) { try ModelFile.decode(bytes.prefix(bytes.count / 2)) }
        #expect(throws: ModelError.self) { try ModelFile.decode(bytes + Data([0])) }
        var wrongVersion = bytes
        wrongVersion[4] = 99
        #expect(throws: ModelError.version(99)) { try ModelFile.decode(wrongVersion) }
    }
}
