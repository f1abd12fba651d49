import ActorGraphCommands
import ActorGraphCore
import ArgumentParser
import Foundation

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two networks, or between two periods of one.",
        discussion: """
            graph diff OLD.json NEW.json compares two network files (two builds, or two corpora). \
            graph diff --between A B compares one network (Graphs/network.json, or --graph FILE) cut to period A \
            with the same network cut to period B.

            A period is a year (2021), a month (2021-03) or a span of them (2021-01..2021-06, both ends \
            included), with the dates of graph build --since/--until. The network cut to a period holds, for \
            each relation, the sentences of articles dated in it: its counts are the sum of the relation's months \
            there, its stance their mean (each month weighted by its sentences) and its sign that stance's, as \
            graph build makes them from sentences, and graph timeline shows them; a relation with no sentence \
            there is not in it. Sentences of undated articles belong to no period.

            Listed, largest first, at most --top of each (--json counts them all):
              appeared  relations in NEW (or B) only, most sentences first
              vanished  relations in OLD (or A) only
              flipped   relations whose sign turned from + to - or back
              stance    other relations whose stance changed (a sign to/from 0 too)
              weight    relations whose number of sentences changed
              rank      actors of both whose rank by --by moved (1 = the most
                        central; actors with equal values share a rank)
            Each relation comes with its strongest sentence on each side that has it (the one that leans \
            most its sign's way, as graph edge shows first). A network keeps only each relation's 5 strongest \
            sentences unless built with --evidence all, so a period may have none of its own to show.

            Comparing a network with itself says that nothing changed (exit status 0).

            Examples: graph diff --between 2021 2023
                      graph diff --between 2021-01..2021-06 2021-07..2021-12 --json
                      graph diff Graphs-2023/network.json Graphs/network.json --top 20
            """
    )

    @Argument(help: ArgumentHelp("The old and the new network file (leave out with --between).", valueName: "file"))
    var files: [String] = []

    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp("Compare two periods of one network: a year, a month or a span (2021-01..2021-06).",
                           valueName: "period"))
    var between: [String] = []

    @Option(name: .long, help: ArgumentHelp("How many of each kind of change to show.", valueName: "n"))
    var top = 10

    @Option(name: .long, help: ArgumentHelp("The centrality to rank actors by.", valueName: "measure"))
    var by: CentralityMeasure = .pagerank

    @OptionGroup var options: QueryOptions

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
        if between.isEmpty, files.count != 2 {
            throw ValidationError(
                "name two network files (graph diff OLD.json NEW.json) or two periods of one (graph diff --between 2021 2023)")
        }
        if !between.isEmpty, !files.isEmpty {
            throw ValidationError("--between compares two periods of one network (--graph FILE): leave out the files")
        }
        if !between.isEmpty, between.count != 2 {
            throw ValidationError("--between takes two periods, such as --between 2021 2023")
        }
    }

    func run() throws {
        let diff =
            between.isEmpty
            ? Comparison.diff(
                from: try options.input.read(files[0]), named: files[0], to: try options.input.read(files[1]),
                named: files[1], measure: by)
            : try Comparison.diff(of: try options.loadNetwork(), between: between, measure: by)
        if options.json {
            options.printJSON(DiffJSON.value(of: diff, limit: top))
        } else {
            print(DiffText(diff: diff, limit: top).render())
        }
        Console.warn(diff.rankFailure.map { [$0] } ?? [])
    }
}
