import Foundation
import ActorGraphCore

/// A network shaped like one built from a few dozen articles on India's foreign relations:
/// 30 actors of every kind, 18 membership edges and 45 relations of every sign and a wide range of
/// weights. Used to check that drawings stay complete and readable at README size.
enum RealisticNetwork {
    static func make() -> Network {
        let countries: [(String, String, Int)] = [
            ("IND", "India", 96), ("RUS", "Russia", 61), ("USA", "United States", 58), ("CHN", "China", 52),
            ("PAK", "Pakistan", 40), ("JPN", "Japan", 14), ("AUS", "Australia", 12), ("AFG", "Afghanistan", 9),
            ("IRN", "Iran", 11), ("UKR", "Ukraine", 22), ("GBR", "United Kingdom", 7), ("FRA", "France", 8),
            ("DEU", "Germany", 6), ("BRA", "Brazil", 5), ("ZAF", "South Africa", 4), ("BGD", "Bangladesh", 6),
            ("LKA", "Sri Lanka", 5), ("NPL", "Nepal", 3),
        ]
        var nodes = countries.map { Node(id: $0.0, label: $0.1, kind: .country, mentions: $0.2) }
        nodes += [
            Node(id: "QUAD", label: "Quad", kind: .grouping, mentions: 15),
            Node(id: "SCO", label: "SCO", kind: .grouping, mentions: 11),
            Node(id: "BRICS", label: "BRICS", kind: .grouping, mentions: 9),
            Node(id: "NATO", label: "NATO", kind: .grouping, mentions: 8),
            Node(id: "WEST", label: "the West", kind: .bloc, mentions: 13),
            Node(id: "vladimir-putin", label: "Vladimir Putin", kind: .person, mentions: 18, affiliation: "RUS"),
            Node(id: "narendra-modi", label: "Narendra Modi", kind: .person, mentions: 21, affiliation: "IND"),
            Node(id: "sergey-lavrov", label: "Sergey Lavrov", kind: .person, mentions: 9, affiliation: "RUS"),
            Node(id: "s-jaishankar", label: "S. Jaishankar", kind: .person, mentions: 12, affiliation: "IND"),
            Node(id: "taliban", label: "Taliban", kind: .organization, mentions: 4, affiliation: "AFG"),
        ]

        let memberships: [(String, [String])] = [
            ("QUAD", ["IND", "USA", "JPN", "AUS"]),
            ("SCO", ["IND", "RUS", "CHN", "PAK", "IRN"]),
            ("BRICS", ["IND", "RUS", "CHN", "BRA", "ZAF"]),
            ("NATO", ["USA", "GBR", "FRA", "DEU"]),
        ]
        var edges: [Edge] = []
        for (grouping, members) in memberships {
            for member in members {
                let (s, t) = ordered(grouping, member)
                edges.append(Edge(source: s, target: t, kind: .membership, weight: 1))
            }
        }

        // (one end, other end, sentences, cooperative, conflictual)
        let relations: [(String, String, Int, Int, Int)] = [
            ("IND", "RUS", 24, 15, 3), ("IND", "USA", 19, 11, 4), ("IND", "CHN", 17, 2, 11), ("IND", "PAK", 15, 1, 10),
            ("RUS", "USA", 16, 1, 12), ("CHN", "USA", 12, 2, 8), ("CHN", "RUS", 10, 7, 1), ("CHN", "PAK", 8, 6, 0),
            ("RUS", "UKR", 14, 0, 11), ("UKR", "USA", 7, 5, 0), ("IND", "UKR", 5, 1, 1), ("IND", "JPN", 6, 5, 0),
            ("AUS", "IND", 5, 4, 0), ("AUS", "JPN", 2, 2, 0), ("JPN", "USA", 4, 3, 0), ("IND", "QUAD", 9, 6, 1),
            ("CHN", "QUAD", 6, 0, 4), ("IND", "SCO", 7, 3, 1), ("PAK", "SCO", 2, 1, 0), ("BRICS", "IND", 5, 3, 0),
            ("BRICS", "RUS", 3, 2, 0), ("IND", "WEST", 8, 2, 3), ("RUS", "WEST", 10, 0, 8), ("AFG", "PAK", 4, 0, 3),
            ("AFG", "IND", 3, 2, 0), ("IND", "IRN", 4, 3, 0), ("IRN", "USA", 3, 0, 3), ("GBR", "IND", 3, 2, 0),
            ("FRA", "IND", 4, 4, 0), ("DEU", "RUS", 2, 0, 1), ("BGD", "IND", 3, 2, 0), ("IND", "LKA", 3, 1, 1),
            ("IND", "NPL", 2, 0, 0), ("BGD", "CHN", 1, 0, 0), ("CHN", "LKA", 2, 1, 0), ("NATO", "RUS", 6, 0, 5),
            ("narendra-modi", "vladimir-putin", 8, 6, 0), ("IND", "vladimir-putin", 5, 3, 0),
            ("RUS", "narendra-modi", 4, 3, 0), ("USA", "narendra-modi", 3, 2, 0),
            ("s-jaishankar", "sergey-lavrov", 5, 4, 0), ("USA", "s-jaishankar", 2, 1, 1),
            ("UKR", "vladimir-putin", 4, 0, 4), ("AFG", "taliban", 3, 0, 1), ("PAK", "taliban", 2, 0, 2),
        ]
        for (index, (a, b, weight, positive, negative)) in relations.enumerated() {
            let (s, t) = ordered(a, b)
            let sign = positive > negative ? 1 : negative > positive ? -1 : 0
            let stance = Double(positive - negative) / Double(weight)
            let evidence = Evidence(
                document: String(format: "%03d_article.txt", index % 7), sentence: index % 20 + 1,
                date: "2023-12-\(10 + index % 18)", stance: stance,
                text: "Sentence naming \(a) and \(b), number \(index).")
            edges.append(
                Edge(
                    source: s, target: t, kind: .relation, weight: weight, positive: positive,
                    negative: negative, stance: stance, sign: sign, evidence: [evidence]))
        }
        return Network(corpus: .init(documents: 42, sentences: 1310), nodes: nodes, edges: edges)
    }

    private static func ordered(_ a: String, _ b: String) -> (String, String) {
        a < b ? (a, b) : (b, a)
    }
}
