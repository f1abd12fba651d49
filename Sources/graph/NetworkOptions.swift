import ActorGraphCommands
import ActorGraphCore
import ActorGraphExtraction
import ArgumentParser
import Foundation

/// The options of every command that reads a network: which file, and whether to fold people into their countries.
struct NetworkOptions: ParsableArguments {
    /// What `--fold` counts as what.
    enum Fold: String, CaseIterable, ExpressibleByArgument {
        /// Each person as the country they act for (``PeopleFold``).
        case people
    }

    @Option(name: .long, help: ArgumentHelp("The network file to read.", valueName: "file"))
    var graph: String = "Graphs/network.json"

    @Option(name: .long, help: ArgumentHelp(
        "Count each person as the country they act for: their ties become the country's, a sentence counted once "
            + "however many of them it names; ties within one country go.",
        valueName: "what"))
    var fold: Fold?

    /// The network of `--graph`, folded as `--fold` asks (``read(_:)``).
    func load() throws -> Network {
        try read(graph)
    }

    /// The network in the file at `path`, folded as `--fold` asks; a warning names the folded ties whose weight may
    /// count a sentence twice because the file does not keep every sentence.
    func read(_ path: String) throws -> Network {
        let url = URL(fileURLWithPath: path)
        OutputFolder(url.deletingLastPathComponent()).finishInterruptedWrite()
        let network = try NetworkJSON.read(from: url)
        guard fold == .people else { return network }
        let folded = PeopleFold(network)
        if let first = folded.estimatedTies.first {
            let count = folded.estimatedTies.count
            func label(_ id: String) -> String { Node.displayed(folded.network.actorLabel(id)) }
            Console.warn("""
                \(count) folded tie\(count == 1 ? "" : "s") (\(label(first.source)) – \(label(first.target))\
                \(count > 1 ? " and others" : "")) merge ties that keep only some of their sentences, so a \
                sentence behind two of them may count twice; rebuild with `graph build --evidence all` for exact \
                weights
                """)
        }
        return folded.network
    }

    /// A resolver for `names` over the names the network stores (``Node/aliases``). A network that stores none (a
    /// file written before they were, or an import) takes them from the bundled gazetteer, as `graph build` would
    /// have written them, unless every one of `names` is a node's id or label: reading the gazetteer is most of a
    /// quick query's time. A name that means a folded person resolves to their country, and a note says so.
    func resolver(for network: Network, resolving names: [String]) throws -> NameResolver {
        let plain = NameResolver(network: network)
        let storesNames = (network.nodes + network.folded).contains { !$0.aliases.isEmpty }
        let resolver = storesNames || names.allSatisfy({ plain.exactMatch($0) != nil })
            ? plain : NameResolver(network: network.withAliases(from: try Gazetteer.load()))
        for name in names {
            guard let person = resolver.foldedPerson(named: name), let country = person.affiliation else { continue }
            Console.note("\(person.label) counts as \(network.actorLabel(country)) here (--fold people)")
        }
        return resolver
    }
}
