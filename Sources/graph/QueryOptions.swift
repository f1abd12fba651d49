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

    /// A resolver that also knows the gazetteer's names (capitals, demonyms, aliases).
    func resolver(for network: Network) throws -> NameResolver {
        NameResolver(network: network, aliases: try Gazetteer.load().queryNames())
    }

    /// Prints a JSON value on standard output.
    func printJSON(_ value: JSONValue) {
        print(value.render(style: .readable))
    }
}
