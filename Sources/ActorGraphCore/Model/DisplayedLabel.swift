/// How much of a label the displays carry: tables, the diagram (labels and tooltips) and the reports show at most
/// ``Node/displayedLabelLength`` characters of it, the rest cut and marked with `…`. The data (`network.json`,
/// GraphML, GEXF, CSV, `--json`) keeps the whole label.
///
/// An imported label may be anything, 10 MB included; shown whole it made every row of a table as wide as itself
/// and the layout measure it, so `graph triangles`, `graph report` and the SVG took over a minute.
///
///     Node.displayed("India")                                  // "India"
///     Node.displayed(String(repeating: "x", count: 500)).count // 100, the last character "…"
extension Node {
    /// The most characters of a label a display shows.
    public static let displayedLabelLength = 100

    /// `text` cut to ``displayedLabelLength`` characters, the last one then `…`.
    ///
    /// - Complexity: O(``displayedLabelLength``): the rest of `text` is not read.
    public static func displayed(_ text: String) -> String {
        // A character takes at least one byte, so a short text in bytes is short in characters.
        guard text.utf8.count > displayedLabelLength else { return text }
        let end = text.index(text.startIndex, offsetBy: displayedLabelLength, limitedBy: text.endIndex) ?? text.endIndex
        guard end != text.endIndex else { return text }
        return text[..<text.index(before: end)] + "…"
    }
}

extension Network {
    /// The network with every node's label cut for display (``Node/displayed(_:)``): what the diagram and the
    /// reports draw from.
    public func withDisplayedLabels() -> Network {
        func displayed(_ node: Node) -> Node {
            var node = node
            node.label = Node.displayed(node.label)
            return node
        }
        return Network(corpus: corpus, nodes: nodes.map(displayed), edges: edges, folded: folded.map(displayed))
    }
}
