import ActorGraphCore
import ArgumentParser
import Foundation

/// The options every query shares: which network to read and how (``NetworkOptions``), and whether to answer in JSON.
struct QueryOptions: ParsableArguments {
    @OptionGroup var input: NetworkOptions

    @Flag(name: .long, help: "Print machine-readable JSON instead of a table.")
    var json = false

    /// The network the query answers on: as read, or folded with `--fold`.
    func loadNetwork() throws -> Network {
        try input.load()
    }

    /// A resolver for `names` (see ``NetworkOptions/resolver(for:resolving:)``).
    func resolver(for network: Network, resolving names: String...) throws -> NameResolver {
        try input.resolver(for: network, resolving: names)
    }

    /// Prints a JSON value on standard output.
    func printJSON(_ value: JSONValue) {
        print(value.render(style: .readable))
    }
}
