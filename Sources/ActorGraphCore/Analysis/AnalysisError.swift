/// Why an analysis could not give an answer.
public enum AnalysisError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A power iteration (eigenvector centrality, PageRank) did not meet its tolerance in time.
    case noConvergence(measure: String, iterations: Int, tolerance: Double)
    /// A linear system (the PN index) has no unique solution.
    case singularMatrix(measure: String)
    /// A node id asked for (a path's end) is not in the network.
    case unknownNode(String)

    public var description: String {
        switch self {
        case .noConvergence(let measure, let iterations, let tolerance):
            "\(measure) did not converge within \(iterations) iterations (tolerance \(tolerance) per node)"
        case .singularMatrix(let measure):
            "\(measure) is undefined for this graph: its matrix is singular"
        case .unknownNode(let id):
            "no node \"\(id)\" in the network"
        }
    }
}
