import ActorGraphCommands
import ActorGraphCore
import ArgumentParser

struct Balance: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Say how balanced the signed network is, and split it into two camps.",
        discussion: """
            Uses the cooperative (+) and hostile (-) ties only; ties with no net stance take no part, and a \
            pair tied only by membership of a grouping counts as +. The scores follow R signnet's \
            balance_score, each 1 for a perfectly balanced network:

              triangles    share of balanced triangles, +++ and +-- (strict: --- counts as
                           unbalanced; the weak reading, after Davis, counts it balanced)
              walk         Estrada's share of balanced closed walks
              frustration  1 - F / (m/2): F is the fewest ties whose sign must flip for the
                           network to split into two camps, friends inside, enemies across

            The camps are that split, and the frustrated ties the ones that break it. F is exact for \
            components of up to 32 actors, a local-search bound above.

            Example: graph balance --json
            """
    )

    @OptionGroup var options: QueryOptions

    func run() throws {
        let network = try options.loadNetwork()
        let progress = Progress.onTerminal(label: "walk balance")
        let signed = SignedGraph(network: network)
        let scores = try signed.balanceScores(progress: progress?.report)
        progress?.finish()
        if options.json {
            options.printJSON(AnalysisJSON.value(of: scores))
            return
        }
        func label(_ id: String) -> String { Node.displayed(network.node(id: id)?.label ?? id) }
        func score(_ value: Double?) -> String { value.map { Format.number($0) } ?? "-" }
        let census = TriangleCensus.patterns.map { "\($0) \(scores.triangles[$0] ?? 0)" }.joined(separator: ", ")
        let frustration = scores.frustration
        print("""
            Signed triangles  \(scores.triangles.total) (\(census))
            Triangle balance  \(score(scores.triangleBalance)) strict, \(score(scores.weakTriangleBalance)) weak
            Walk balance      \(score(scores.walkBalance))
            Frustration       \(frustration.count) ties (balance \(score(scores.frustrationBalance)), \
            \(frustration.method == .exact ? "exact" : "local-search bound"))
            """)
        for (index, camp) in frustration.camps.enumerated() where !camp.isEmpty {
            print("\n" + Format.wrap("Camp \(index + 1): " + camp.map(label).joined(separator: ", ")))
        }
        if !frustration.frustratedTies.isEmpty {
            print("\nTies that break the split:")
            for tie in frustration.frustratedTies {
                let sign = signed.sign(between: tie[0], and: tie[1]).map(Format.sign) ?? "?"
                print("  \(sign)  \(label(tie[0])) – \(label(tie[1]))")
            }
        }
    }
}
