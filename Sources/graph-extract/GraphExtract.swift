import ActorGraphCommands
import ArgumentParser

/// `graph-extract`: `graph extract` in a program of its own that links no Graphviz, so that it runs where nothing
/// but the program (built with the Swift runtime linked in, `--static-swift-stdlib`) and its resource folders are
/// installed: the executors of a cluster (`Spark/spark_build.py`). Its partials merge with those of `graph extract`.
@main
struct GraphExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph-extract",
        abstract: "Read some of a corpus's articles and write their partial network (graph extract, without Graphviz).",
        subcommands: [Extract.self],
        defaultSubcommand: Extract.self
    )
}
