import Foundation
import ActorGraphCore
import ArgumentParser

struct EdgeQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edge",
        abstract: "Show the relation between two nodes and the sentences behind it.",
        discussion: """
            Prints the counts and stance of the relation, how it moved month by month (when its articles span \
            more than one month), then its strongest evidence: each sentence with its document, date and \
            stance, who acted on whom and by what where the sentence says (Russia → United States: condemned), \
            and the cue that decided it in [brackets].

            With --fold people, the relation is the two countries' with their people's: every sentence that \
            ties one side to the other, counted once, each marked with the people it counts through (through \
            Sergey Lavrov (Russia)); a person's name asks for their country.

            Examples:
              graph edge India Russia
              graph edge India Russia --fold people
              graph edge India Lavrov --fold people --json
            """
    )

    @Argument(help: "One end, as people write it.")
    var first: String

    @Argument(help: "The other end.")
    var second: String

    @OptionGroup var options: QueryOptions

    struct NoEdge: Error, CustomStringConvertible {
        var a: Node
        var b: Node
        var description: String {
            "no sentence relates \(a.label) and \(b.label) in this network; `graph neighbors \"\(a.label)\"` lists what does"
        }
    }

    /// Two names of one actor: with --fold people, a person and their country (a tie within a country goes).
    struct SameActor: Error, CustomStringConvertible {
        var names: (String, String)
        var node: Node
        var description: String {
            "\"\(names.0)\" and \"\(names.1)\" both name \(node.label) here: a relation needs two different actors"
        }
    }

    func run() throws {
        let network = try options.loadNetwork()
        let resolver = try options.resolver(for: network, resolving: first, second)
        let a = try resolver.resolve(first)
        let b = try resolver.resolve(second)
        guard a.id != b.id else { throw SameActor(names: (first, second), node: a) }
        let edges = network.edges(between: a.id, and: b.id)
        guard !edges.isEmpty else { throw NoEdge(a: a, b: b) }
        if options.json {
            let people = Set(edges.flatMap { $0.evidence.flatMap(\.people) })
            let folded = network.folded.filter { people.contains($0.id) }
            options.printJSON(.object([
                ("source", .string(edges[0].source)),
                ("target", .string(edges[0].target)),
                ("edges", .array(edges.map(NetworkJSON.value(of:)))),
                ("folded", folded.isEmpty ? nil : .array(folded.map(NetworkJSON.value(of:)))),
            ]))
            return
        }
        for edge in edges {
            switch edge.kind {
            case .membership:
                let (member, grouping) = a.kind == .grouping ? (b, a) : (a, b)
                print("\(member.label) is a member of \(grouping.label).")
            case .relation:
                print("""
                    \(a.label) – \(b.label): \(edge.weight) sentence\(edge.weight == 1 ? "" : "s"), \
                    \(edge.positive) cooperative, \(edge.negative) hostile; stance \(Format.number(edge.stance, digits: 2)), \
                    sign \(Format.sign(edge.sign))
                    """)
                if edge.timeline.count > 1 {
                    print("\n" + Self.timeline(of: edge).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
                }
                for evidence in edge.evidenceByStrength {
                    let date = evidence.date.map { ", \($0)" } ?? ""
                    let direction = Self.direction(of: evidence, in: network).map { "  \($0)" } ?? ""
                    print("\n  \(evidence.document) #\(evidence.sentence)\(date)  stance \(Format.number(evidence.stance, digits: 2))\(direction)")
                    if !evidence.people.isEmpty {
                        print("  through " + evidence.people.map { Node.displayed(network.actorLabel($0)) }.joined(separator: ", "))
                    }
                    print("  " + Self.highlight(evidence))
                }
                if edge.weight > edge.evidence.count {
                    print("\n  (\(edge.weight - edge.evidence.count) more sentences not stored; the strongest are shown)")
                }
            }
        }
    }

    /// The relation month by month, so the reader sees the stance move.
    static func timeline(of edge: Edge) -> String {
        var table = Table(
            headers: ["month", "sentences", "+", "-", "stance", "sign"],
            alignments: [.left, .right, .right, .right, .right, .right])
        for period in edge.timeline {
            table.rows.append([
                period.month, "\(period.weight)", "\(period.positive)", "\(period.negative)",
                Format.number(period.stance, digits: 2), Format.sign(Stance.sign(of: period.stance)),
            ])
        }
        return table.render()
    }

    /// "Russia → United States: condemned" where the sentence says who acted on whom: the two, and what the cue
    /// says was done (``Evidence/act``: the sentence's words, `not ` before a negated cue).
    static func direction(of evidence: Evidence, in network: Network) -> String? {
        guard let source = evidence.source, let target = evidence.target else { return nil }
        func label(_ id: String) -> String { Node.displayed(network.actorLabel(id)) }
        return "\(label(source)) → \(label(target))" + (evidence.act.map { ": \($0)" } ?? "")
    }

    /// The sentence with its deciding cue's words in brackets, the words the report marks (``CueHighlight``); the
    /// cue is appended, as the lexicon writes it, when the file does not say where it stands.
    static func highlight(_ evidence: Evidence) -> String {
        guard let cue = evidence.writtenCue else { return evidence.text }
        guard let found = CueHighlight(evidence) else { return "\(evidence.text) [\(cue)]" }
        return found.before + "[" + found.cue + "]" + found.after
    }
}
