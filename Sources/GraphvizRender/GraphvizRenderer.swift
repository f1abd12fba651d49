import CGraphviz

/// Lays out and draws DOT text with the Graphviz C library, in process.
///
/// ```swift
/// let svg = try GraphvizRenderer().render(dot: "graph { a -- b }", engine: .neato)
/// ```
///
/// Safe to call from any thread or task: jobs run one at a time behind a process-wide lock,
/// because Graphviz itself is not thread-safe. Each job frees its graph, layout and output buffer,
/// on the failure paths too; the Graphviz context is shared by all jobs and lives until exit.
public struct GraphvizRenderer: Sendable {
    public init() {}

    /// Parses `dot`, lays it out with `engine` and returns the drawing's bytes in `format`.
    ///
    /// - Throws: `GraphvizError` with Graphviz's message when the text does not parse, the layout
    ///   fails, or the output cannot be written.
    /// - Complexity: that of the layout engine; `dot` and `neato` are roughly quadratic in the
    ///   number of nodes on the graphs this package draws.
    public func render(dot: String, engine: LayoutEngine = .dot, format: RenderFormat = .svg) throws -> [UInt8] {
        try render(dot: dot, engineNamed: engine.rawValue, formatNamed: format.rawValue)
    }

    /// Draws `dot` whose every node has its position (`pos`, in points) without laying it out, as `neato -n` does:
    /// the nodes stay where they are, edges are routed between them, and a drawing with a `_background` is not
    /// moved to remove overlaps (Graphviz's rule), so it stays aligned with its background.
    ///
    /// - Throws: `GraphvizError`. A node without a position is not one: Graphviz 2.43 puts it at (0, 0).
    public func renderPinned(dot: String, format: RenderFormat = .svg) throws -> [UInt8] {
        try render(dot: dot, engineNamed: "nop", formatNamed: format.rawValue)
    }

    /// The same job with Graphviz's own names for engine and format, so that a name Graphviz does
    /// not know is tested to fail cleanly.
    func render(dot: String, engineNamed engine: String, formatNamed format: String) throws -> [UInt8] {
        try GraphvizSession.run { context in
            guard let graph = dot.withCString({ agmemread($0) }) else {
                throw failure(.parse, otherwise: "the text holds no graph")
            }
            defer { agclose(graph) }

            // gvFreeLayout is safe on a graph whose layout failed or never started, and frees
            // whatever a failed layout left behind.
            defer { gvFreeLayout(context, graph) }
            guard gvLayout(context, graph, engine) == 0 else {
                throw failure(.layout, otherwise: "layout engine \"\(engine)\" failed")
            }

            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = gvRenderData(context, graph, format, &data, &length)
            defer { if let data { gvFreeRenderData(data) } }
            guard status == 0, let data else {
                throw failure(.render, otherwise: "could not write format \"\(format)\"")
            }
            return Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
        }
    }

    /// The error for a failed step: Graphviz's message, or `fallback` when it reported none.
    private func failure(_ stage: GraphvizError.Stage, otherwise fallback: String) -> GraphvizError {
        let reported = GraphvizSession.reportedMessage()
        return GraphvizError(stage: stage, message: reported.isEmpty ? fallback : reported)
    }
}
