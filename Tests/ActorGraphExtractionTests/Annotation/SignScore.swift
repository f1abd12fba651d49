import ActorGraphCore
import ActorGraphExtraction

/// How often an extractor gives annotated pairs the annotated sign, sentence by sentence.
///
/// People count as the country they act for, as in the annotation; a pair the extractor does not find at all (an
/// actor it missed) counts as wrong.
struct SignScore {
    struct Miss: CustomStringConvertible {
        var text: String
        var pair: ActorPair
        var want: Int
        var got: Int?

        var description: String {
            func sign(_ value: Int?) -> String { value.map { ["-", "0", "+"][$0 + 1] } ?? "missing" }
            return "\(pair) want \(sign(want)) got \(sign(got)): \(text.prefix(110))"
        }
    }

    var total = 0
    var right = 0
    /// Right, by the annotated sign (-1, 0, 1).
    var bySign: [Int: (right: Int, total: Int)] = [:]
    var misses: [Miss] = []

    var accuracy: Double { Double(right) / Double(max(total, 1)) }

    init(_ sentences: [SentencePairs], extractor: RelationExtractor) {
        for sentence in sentences {
            let signs = Self.projectedSigns(of: sentence.text, extractor: extractor)
            for gold in sentence.pairs where !gold.coreference {
                let got = signs[gold.pair]
                total += 1
                bySign[gold.sign, default: (0, 0)].total += 1
                if got == gold.sign {
                    right += 1
                    bySign[gold.sign, default: (0, 0)].right += 1
                } else {
                    misses.append(Miss(text: sentence.text, pair: gold.pair, want: gold.sign, got: got))
                }
            }
        }
    }

    /// The gazetteer's UN bodies that the annotations, which give them no id of their own, count as the UN
    /// (`news-relations.tsv`'s conventions: "the UN's nuclear watchdog", "the UN General Assembly").
    static let annotatedAs = ["UNGA": "UN", "UNHRC": "UN", "IAEA": "UN"]

    /// The sign of each pair of the sentence once people are replaced by their countries.
    static func projectedSigns(of sentence: String, extractor: RelationExtractor) -> [ActorPair: Int] {
        let found = extractor.relations(in: sentence)
        // A person the gazetteer does not know (an official found by title) carries the affiliation on the mention.
        var affiliations: [String: String] = [:]
        for mention in found.mentions { affiliations[mention.actor] = mention.affiliation }
        func country(_ id: String) -> String {
            let side = extractor.gazetteer.actors[id]?.affiliation ?? affiliations[id] ?? id
            return Self.annotatedAs[side] ?? side
        }
        var sums: [ActorPair: Double] = [:]
        for observation in found.observations {
            let (a, b) = (country(observation.a), country(observation.b))
            guard a != b else { continue }
            sums[ActorPair(a, b), default: 0] += observation.stance
        }
        return sums.mapValues(Stance.sign(of:))
    }

    func report(_ name: String) -> String {
        func percent(_ right: Int, _ total: Int) -> String { "\(right)/\(total) (\(Int((Double(right) / Double(max(total, 1)) * 100).rounded()))%)" }
        let signs = [1: "+", -1: "-", 0: "0"].sorted { $0.key > $1.key }.map { sign, label in
            "\(label) \(percent(bySign[sign]?.right ?? 0, bySign[sign]?.total ?? 0))"
        }
        return "\(name): pair signs right \(percent(right, total)); " + signs.joined(separator: ", ")
    }
}
