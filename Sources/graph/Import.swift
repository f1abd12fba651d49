import ActorGraphCore
import ActorGraphImport
import ArgumentParser
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a signed network from elsewhere (CSV edge list or GraphML) into a network file.",
        discussion: """
            A CSV edge list has a header row naming its columns: source and target (required), weight (a \
            whole number, default 1), sign (1, -1, 0, + or -, or any number whose sign is taken, such as a \
            Goldstein score), and optionally stance (in [-1, 1]), positive, negative, kind (relation or \
            membership). Other columns are ignored; a tab-separated file works too. Rows naming the same \
            pair are added up, whichever way round. --nodes names a second CSV with id and optionally label, \
            kind (country, grouping, bloc, person, organization), affiliation, mentions; without it a node \
            named by a three-letter capital id is a country, any other an organization.

            A GraphML file (from networkx, Gephi, yEd or graph export) is read with its weight, sign, stance \
            and kind edge data and label, kind and affiliation node data; a directed graph is read as \
            undirected.

            Every bad row is reported with its line number (up to 20), and nothing is written.

            Example: graph import dyads.csv --nodes actors.csv -o dyads.json
                     graph neighbors USA --graph dyads.json
            """
    )

    @Argument(help: ArgumentHelp("The edge list (.csv, .tsv) or GraphML (.graphml, .xml) file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("A CSV of the nodes, for an edge list.", valueName: "file"))
    var nodes: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The network file to write.", valueName: "file"))
    var output: String = "network.json"

    func run() throws {
        let input = URL(fileURLWithPath: file)
        let network: Network
        if ["graphml", "xml"].contains(input.pathExtension.lowercased()) {
            guard nodes == nil else { throw ValidationError("--nodes is for CSV edge lists; GraphML holds its nodes") }
            network = try GraphMLImport.read(from: input)
        } else {
            network = try EdgeListImport.read(edges: input, nodes: nodes.map { URL(fileURLWithPath: $0) })
        }
        try AtomicFile.write(NetworkJSON.encodedData(network), to: URL(fileURLWithPath: output))
        print("Imported \(network.nodes.count) actors and \(network.edges.count) ties into \(output).")
    }
}
