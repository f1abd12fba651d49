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
}
