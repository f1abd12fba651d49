/// How many triangles of each sign pattern a signed graph holds: `+++`, `++-`, `+--`, `---`.
///
/// The four counts of R signnet's `count_signed_triangles(g)` (D. Schoch, "signnet: An R package for
/// analyzing signed networks", JOSS 8(81):4987, 2023), over the ±1 ties of a `SignedGraph` (neutral
/// ties take no part). Which patterns are balanced depends on the reading:
/// - strict (F. Heider 1946; D. Cartwright and F. Harary, "Structural balance: a generalization of
///   Heider's theory", Psychological Review 63(5):277–293, 1956, and signnet): `+++` and `+--`;
/// - weak (J. A. Davis, "Clustering and structural balance in graphs", Human Relations
///   20(2):181–187, 1967): also `---`, since "the enemy of my enemy" may be a third camp.
///
///     // Gahuku-Gama (Read 1954): 19 +++, 2 ++-, 40 +--, 7 ---
///     signed.triangleCensus().balanced   // 59 of 68
public struct TriangleCensus: Sendable, Hashable, Codable {
    /// The patterns in the order signnet prints them.
    public static let patterns = ["+++", "++-", "+--", "---"]

    /// Triangles with three positive ties.
    public var allPositive: Int
    /// Triangles with two positive ties and one negative.
    public var twoPositive: Int
    /// Triangles with one positive tie and two negative.
    public var onePositive: Int
    /// Triangles with three negative ties.
    public var allNegative: Int

    public init(allPositive: Int = 0, twoPositive: Int = 0, onePositive: Int = 0, allNegative: Int = 0) {
        self.allPositive = allPositive
        self.twoPositive = twoPositive
        self.onePositive = onePositive
        self.allNegative = allNegative
    }

    /// The count for a pattern of `patterns` (`"+++"`, `"++-"`, `"+--"`, `"---"`), nil for any other.
    public subscript(pattern: String) -> Int? {
        switch pattern {
        case "+++": allPositive
        case "++-": twoPositive
        case "+--": onePositive
        case "---": allNegative
        default: nil
        }
    }

    /// All triangles.
    public var total: Int { allPositive + twoPositive + onePositive + allNegative }

    /// Triangles balanced in the strict reading: `+++` and `+--` (an even number of negative ties).
    public var balanced: Int { allPositive + onePositive }

    /// Triangles balanced in Davis's weak reading: all but `++-`.
    public var weaklyBalanced: Int { total - twoPositive }

    /// Counts one triangle with this many positive ties (0…3).
    mutating func add(positiveTies: Int) {
        switch positiveTies {
        case 3: allPositive += 1
        case 2: twoPositive += 1
        case 1: onePositive += 1
        default: allNegative += 1
        }
    }
}

extension SignedGraph {
    /// The census of the graph's triangles, as signnet's `count_signed_triangles(g)`.
    ///
    /// - Complexity: O(Σ_v deg(v)²), each triangle found once by merging sorted neighbour lists.
    public func triangleCensus() -> TriangleCensus {
        var census = TriangleCensus()
        forEachSignedTriangle { _, _, _, positive in census.add(positiveTies: positive) }
        return census
    }

    /// For every vertex, the census of the triangles through it, indexed like `ids`.
    ///
    /// Each triangle counts once at each of its three vertices, so the totals sum to three times
    /// `triangleCensus().total`.
    ///
    /// - Complexity: O(Σ_v deg(v)²).
    public func triangleCensusByNode() -> [TriangleCensus] {
        var censuses = Array(repeating: TriangleCensus(), count: vertexCount)
        forEachSignedTriangle { u, v, w, positive in
            for x in [u, v, w] { censuses[x].add(positiveTies: positive) }
        }
        return censuses
    }

    /// Calls `body` once per triangle u < v < w with the number of its positive ties.
    func forEachSignedTriangle(_ body: (Int, Int, Int, Int) -> Void) {
        graph.forEachTriangle { u, v, w in
            let positive = [sign(u, v), sign(u, w), sign(v, w)].filter { $0 > 0 }.count
            body(u, v, w, positive)
        }
    }
}
