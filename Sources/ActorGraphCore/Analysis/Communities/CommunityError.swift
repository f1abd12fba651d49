/// Why a community analysis could not give an answer.
public enum CommunityError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The sets given are not a partition of the vertices: `vertex` is missing, repeated or out of range.
    case notAPartition(vertex: Int, vertexCount: Int)
    /// A blockmodel needs at least one group.
    case invalidGroupCount(Int)
    /// Doreian and Mrvar's trade-off weight lies in [0, 1].
    case invalidAlpha(Double)

    public var description: String {
        switch self {
        case .notAPartition(let vertex, let count):
            "the communities are not a partition of the \(count) vertices: vertex \(vertex) is missing, "
                + "repeated or out of range"
        case .invalidGroupCount(let k):
            "a blockmodel needs at least one group (asked for \(k))"
        case .invalidAlpha(let alpha):
            "alpha must lie between 0 and 1 (got \(alpha))"
        }
    }
}
