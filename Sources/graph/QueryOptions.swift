import ActorGraphCore
import ActorGraphExtraction
import ArgumentParser
import Foundation

/// The options every query shares: which network file to read, and whether to answer in JSON.
struct QueryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The network file to read.", valueName: "file"))
    var graph: String = "Graphs/network.json"

    @Flag(name: .long, help: "Print machine-readable JSON instead of a table.")
    var json = false

    func loadNetwork() throws -> Network {
        try NetworkJSON.read(from: URL(fileURLWithPath: graph))
    }

    /// A resolver for `names`, which also knows the gazetteer's names (capitals, demonyms, aliases) unless
    /// every one of `names` is a node's id or label: reading the gazetteer is most of a quick query's time.
    func resolver(for network: Network, resolving names: String...) throws -> NameResolver {
        let plain = NameResolver(network: network)
        if names.allSatisfy({ plain.exactMatch($0) != nil }) { return plain }
        return NameResolver(network: network, aliases: try Gazetteer.load().queryNames())
    }

    /// Prints a JSON value on standard output.
    func printJSON(_ value: JSONValue) {
        print(value.render(style: .readable))
    }
}
