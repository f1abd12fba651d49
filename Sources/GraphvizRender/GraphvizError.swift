/// A failure reported by Graphviz, with Graphviz's own message where it gave one.
///
/// For a DOT syntax error the message names the line, e.g.
/// `Error: syntax error in line 3 near '->'`.
public struct GraphvizError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The step of the job that failed.
    public enum Stage: String, Sendable, Hashable {
        /// Creating the Graphviz context (plugin configuration).
        case context
        /// Reading the DOT text.
        case parse
        /// Computing positions with a layout engine.
        case layout
        /// Writing the laid-out graph in an output format.
        case render
    }

    public var stage: Stage
    /// Graphviz's message, trimmed, or a description of the failure where Graphviz said nothing.
    public var message: String

    public init(stage: Stage, message: String) {
        self.stage = stage
        self.message = message
    }

    public var description: String {
        "Graphviz \(stage.rawValue) failed: \(message)"
    }
}
