import ActorGraphCore
import Foundation
import GraphvizRender

/// The network's diagram as `graph build`, `graph export` and `graph report` draw it: DOT text and the layout
/// engine for it, rendered in process by Graphviz.
struct Diagram {
    /// The drawing as Graphviz DOT.
    let dot: String
    /// The caller's engine, else `dot` for clusters (the same picture every run, where fdp's varies), else the one
    /// for the network's size (`DOTWriter.isLarge`); nil for a map, whose positions are in the DOT.
    let engine: LayoutEngine?

    /// Labels are cut for display (`Network.withDisplayedLabels`) in the drawing and its tooltips.
    init(of network: Network, style: DOTWriter, engine: LayoutEngine? = nil) {
        dot = style.write(network.withDisplayedLabels())
        self.engine = style.atlas != nil ? nil : engine
            ?? (style.clusters ? .dot : LayoutEngine(forLargeNetwork: DOTWriter.isLarge(network)))
    }

    /// The drawing of `part`, what `filter` keeps of `whole` (a network as read, or folded when `folded`): subtitled
    /// with what the fold and the filter kept, its nodes sized by the PageRank of `whole`, so a part is drawn at the
    /// scale of the whole; on a map with an `atlas`. `graph export` draws its filters this way, and `graph build` its
    /// picture.
    static func part(
        of part: Network, whole: Network, filter: NetworkFilter, folded: Bool, title: String, clusters: Bool = false,
        atlas: Atlas? = nil, engine: LayoutEngine? = nil
    ) throws -> Diagram {
        let kept = [folded ? PeopleFold.summary : nil, filter.summary(in: whole)].compactMap { $0 }
        let style = DOTWriter(
            title: title, subtitle: kept.isEmpty ? nil : kept.joined(separator: " · "), clusters: clusters,
            importance: try centralityValues(.pagerank, of: whole), atlas: atlas)
        return Diagram(of: part, style: style, engine: engine)
    }

    func render(_ format: RenderFormat = .svg) throws -> [UInt8] {
        guard let engine else { return try GraphvizRenderer().renderPinned(dot: dot, format: format) }
        return try GraphvizRenderer().render(dot: dot, engine: engine, format: format)
    }
}
