/// An output format, by the name Graphviz knows it under (`dot -T NAME`).
public enum RenderFormat: String, CaseIterable, Sendable, Hashable {
    /// Scalable vector graphics: UTF-8 XML text.
    case svg
    /// A raster image (cairo renderer): binary bytes.
    case png
}
