/// A Graphviz layout program, by the name Graphviz knows it under (`dot -K NAME`).
public enum LayoutEngine: String, CaseIterable, Sendable, Hashable {
    /// Layered drawing: ranks along one axis; good for hierarchies, cramped for dense networks.
    case dot
    /// Spring model (stress majorization): distances follow graph distances.
    case neato
    /// Force-directed (Fruchterman–Reingold); tolerates clusters.
    case fdp
    /// Multiscale force-directed, for large graphs.
    case sfdp
    /// Circular layout: biconnected components on circles.
    case circo

    /// The engine for a drawing of a network of this size: neato's spring model reads best, and past 150 actors
    /// sfdp lays out in a fraction of its time (ActorGraphCore's `DOTWriter.isLarge` says which a network is).
    public init(forLargeNetwork large: Bool) {
        self = large ? .sfdp : .neato
    }
}
