import ActorGraphCommands
import ArgumentParser

@main
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Turn news articles on international relations into a signed network of actors, and query it.",
        discussion: """
            Build the network from the articles in Corpus/ (written to Graphs/), then ask it questions:

              graph build
              graph neighbors India
              graph neighbors India --fold people
              graph edge India Russia
              graph timeline India Russia --by year
              graph diff --between 2021 2023
              graph centrality --by betweenness --top 10
              graph triangles India
              graph export --format svg -o network.svg
              graph parse "Russia was criticised by India."

            Names are matched the way people write them: India, india, IND, New Delhi, USA, Putin. Every \
            query reads Graphs/network.json unless --graph names another file, prints JSON with --json, and \
            with --fold people counts each person as the country they act for.
            """,
        subcommands: [
            Build.self, Extract.self, Merge.self, Neighbors.self, EdgeQuery.self, Centrality.self, Triangles.self, Balance.self, Communities.self,
            Path.self, TimelineQuery.self, Diff.self, Export.self, Import.self, Report.self, Parse.self,
        ]
    )
}
