import Foundation
import Testing

@testable import ActorGraphCore

/// `NameResolver` on the committed network, whose nodes carry the names `graph build` stored for them: names as
/// people write them, and helpful errors for the rest.
@Suite struct NameResolverTests {
    private func resolver() throws -> NameResolver {
        NameResolver(network: try NetworkJSON.read(from: RepositoryFiles.network))
    }

    private func unknown(_ name: String, in resolver: NameResolver) -> UnknownNameError? {
        do {
            let node = try resolver.resolve(name)
            Issue.record("\"\(name)\" resolved to \(node.id)")
            return nil
        } catch let error as UnknownNameError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    /// An exact match is an id or a label, in any case; aliases and surnames need the full resolution, which is
    /// what tells the CLI it must read the gazetteer for a network that stores no aliases.
    @Test func exactMatchIsOnlyIdOrLabel() throws {
        let resolver = try resolver()
        #expect(resolver.exactMatch("ind")?.id == "IND")
        #expect(resolver.exactMatch(" India ")?.id == "IND")
        #expect(resolver.exactMatch("the west")?.id == "WEST")
        #expect(resolver.exactMatch("New Delhi") == nil)
        #expect(resolver.exactMatch("Putin") == nil)
        #expect(resolver.exactMatch("Indai") == nil)
    }

    @Test(arguments: [
        ("IND", "IND"), ("India", "IND"), ("india", "IND"), ("INDIA", "IND"), ("ind", "IND"), ("  India ", "IND"),
        ("New Delhi", "IND"), ("new delhi", "IND"),
        ("US", "USA"), ("USA", "USA"), ("United States", "USA"), ("united states of america", "USA"),
        ("Moscow", "RUS"), ("the West", "WEST"), ("west", "WEST"), ("Quad", "QUAD"),
        ("Putin", "vladimir-putin"), ("putin", "vladimir-putin"), ("Vladimir Putin", "vladimir-putin"),
        ("vladimir-putin", "vladimir-putin"), ("Jaishankar", "s-jaishankar"), ("Kovind", "ram-nath-kovind"),
        ("Kremlin", "RUS"), ("the kremlin", "RUS"), ("Xi", "xi-jinping"),
    ])
    func resolvesNamesPeopleWrite(name: String, id: String) throws {
        #expect(try resolver().resolve(name).id == id)
    }

    @Test func nearMissSuggestsTheNode() throws {
        let error = try #require(unknown("Inida", in: try resolver()))
        #expect(error.name == "Inida")
        #expect(error.suggestions.first == "India")
        #expect(error.description == #"no node named "Inida" in the network; did you mean "India"?"#)
        #expect(try #require(unknown("Pakistn", in: try resolver())).suggestions.first == "Pakistan")
    }

    @Test func suggestionsAreAtMostThreeNearestFirst() throws {
        let error = try #require(unknown("UM", in: try resolver()))
        #expect(error.suggestions.count <= 3 && !error.suggestions.isEmpty)
        #expect(error.suggestions.first == "UN")
    }

    @Test func farNameSuggestsNothingAndSaysWhereToLook() throws {
        let error = try #require(unknown("Atlantis", in: try resolver()))
        #expect(error.suggestions.isEmpty)
        #expect(error.description.contains("no node named \"Atlantis\"") && error.description.contains("graph centrality"))
    }

    /// A name of an actor the network does not hold (France's capital) is not a match.
    @Test func aliasToAbsentNodeIsUnknown() throws {
        #expect(unknown("Paris", in: try resolver()) != nil)
    }

    /// A node with no stored names is found by its id and label only: the resolver knows no names of its own.
    @Test func withoutStoredAliasesOnlyIdAndLabel() throws {
        let network = Network(
            corpus: .init(documents: 0, sentences: 0),
            nodes: [Node(id: "vladimir-putin", label: "Vladimir Putin", kind: .person, affiliation: "RUS")], edges: [])
        #expect(unknown("Putin", in: NameResolver(network: network)) != nil)
    }

    /// Only a person is found by surname: `Africa` is not South Africa.
    @Test func surnameOnlyForPeople() throws {
        #expect(unknown("Africa", in: try resolver()) != nil)
    }

    // MARK: Ambiguous names

    private static let twoSmiths = Network(
        corpus: .init(documents: 1, sentences: 1),
        nodes: [
            Node(id: "john-smith", label: "John Smith", kind: .person, affiliation: "GBR", aliases: ["Smith"]),
            Node(id: "jane-smith", label: "Jane Smith", kind: .person, affiliation: "USA", aliases: ["Smith"]),
            Node(id: "GBR", label: "United Kingdom", kind: .country, aliases: ["Britain", "UK"]),
            Node(id: "USA", label: "United States", kind: .country),
            Node(id: "AAA", label: "Gbr Holdings", kind: .organization),
            Node(id: "uk", label: "UK Trade Council", kind: .organization),
        ],
        edges: [])

    /// A surname two people share picks neither; the error offers both.
    @Test func sharedSurnameIsAnErrorListingBoth() throws {
        let resolver = NameResolver(network: Self.twoSmiths)
        let error = unknown("Smith", in: resolver)
        #expect(error?.suggestions == ["Jane Smith", "John Smith"])
        #expect(try resolver.resolve("John Smith").id == "john-smith")
    }

    /// The documented order: an id beats another node's label, whatever the order of the nodes.
    @Test func idBeatsAnotherNodesLabel() throws {
        let resolver = NameResolver(network: Self.twoSmiths)
        #expect(try resolver.resolve("gbr holdings").id == "AAA")
        let network = Network(
            corpus: .init(documents: 0, sentences: 0),
            nodes: [Node(id: "AAA", label: "GBR", kind: .organization), Node(id: "GBR", label: "United Kingdom", kind: .country)],
            edges: [])
        #expect(try NameResolver(network: network).resolve("gbr").id == "GBR")
    }

    /// Ids and labels beat aliases: an alias `UK` of GBR does not hide the node whose id is `uk`.
    @Test func networkNamesBeatAliases() throws {
        let resolver = NameResolver(network: Self.twoSmiths)
        #expect(try resolver.resolve("UK").id == "uk")
        #expect(try resolver.resolve("britain").id == "GBR")
    }

    /// Names compare trimmed, lower-cased and with `’` as `'`, whether they are plain ASCII or not.
    @Test(arguments: [
        ("India", "india"), (" INDIA\t", "india"), ("Côte d’Ivoire", "côte d'ivoire"), (" Xi’an ", "xi'an"),
        ("Shanghai Cooperation Organisation", "shanghai cooperation organisation"), ("", ""), ("  ", ""),
    ])
    func keysAreTrimmedLowerCasedAndTheApostropheIsPlain(name: String, key: String) {
        #expect(NameResolver.key(name) == key)
    }
}
