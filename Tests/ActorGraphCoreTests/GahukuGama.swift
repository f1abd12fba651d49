import ActorGraphCore

/// The Gahuku-Gama alliance network: 16 highland tribes of New Guinea, 58 ties, 29 friendly
/// ("rova") and 29 hostile ("hina").
///
/// K. E. Read, "Cultures of the Central Highlands, New Guinea", Southwestern Journal of Anthropology
/// 10(1):1–43, 1954; as coded in UCINET's `gama.dat` (the source R signnet names for its `tribes`
/// data) and KONECT's `ucidata-gama` (file `out.ucidata-gama`), whose tribe numbers 1–16 are kept
/// here as `t01`…`t16`. The numbering agrees with signnet's: its blockmodel vignette puts tribes
/// 1, 2, 15 and 16 in one block.
///
/// Published figures (signnet's "Structural Balance" vignette, `balance_score(tribes, …)`):
/// triangles 0.8676471, walk 0.3575761, frustration 0.7586207 (= 1 − 7 / 29). The census below is
/// the one in the project's CONTRACT.md and satisfies 59 / 68 = 0.8676471; it and the frustration
/// split were also checked independently by enumerating all triangles and all 2^15 splits (the
/// optimum, 7, is attained by one split only).
enum GahukuGama {
    static let ties: [(Int, Int, Int)] = [
        (1, 2, 1), (1, 3, -1), (2, 3, -1), (1, 4, -1), (3, 4, 1), (1, 5, -1), (2, 5, -1), (1, 6, -1),
        (2, 6, -1), (3, 6, 1), (3, 7, 1), (5, 7, 1), (6, 7, 1), (3, 8, 1), (4, 8, 1), (6, 8, 1),
        (7, 8, 1), (2, 9, -1), (5, 9, 1), (6, 9, -1), (2, 10, -1), (9, 10, 1), (6, 11, 1), (7, 11, 1),
        (8, 11, 1), (9, 11, -1), (10, 11, -1), (1, 12, -1), (6, 12, 1), (7, 12, 1), (8, 12, 1), (11, 12, 1),
        (6, 13, -1), (7, 13, 1), (9, 13, 1), (10, 13, 1), (11, 13, -1), (5, 14, 1), (8, 14, -1), (12, 14, -1),
        (13, 14, 1), (1, 15, 1), (2, 15, 1), (5, 15, -1), (9, 15, -1), (10, 15, -1), (11, 15, -1), (12, 15, -1),
        (13, 15, -1), (1, 16, 1), (2, 16, 1), (5, 16, -1), (6, 16, -1), (11, 16, -1), (12, 16, -1), (13, 16, -1),
        (14, 16, -1), (15, 16, 1),
    ]

    /// Tribe `i` (1…16) is `"t01"` … `"t16"`, so sorted ids keep the tribes' order.
    static func id(_ tribe: Int) -> String {
        tribe < 10 ? "t0\(tribe)" : "t\(tribe)"
    }

    /// The network, as relation edges of weight 1.
    static var network: Network {
        AnalysisFixture.network(
            ids: (1...16).map(id),
            relations: ties.map { (id($0.0), id($0.1), weight: 1, sign: $0.2) })
    }

    static var graph: SignedGraph { SignedGraph(network: network) }
}
