/// The map beside the diagram: two views of the network under one heading, switched without script.
extension HTMLReport {
    /// The diagram section: the force layout alone, or, with a map, both behind two tabs (radio buttons and
    /// their labels, shown and hidden by the style sheet; both are shown when printed).
    func diagramSection(diagram: String, map: String?) -> String {
        guard let map else {
            return "<section id=\"diagram\">\n<h2>Diagram</h2>\n<figure>\(diagram)</figure>\n</section>\n\n"
        }
        return """
            <section id="diagram">
            <h2>Diagram</h2>
            <div class="views">
            <input type="radio" name="view" id="view-network" checked="checked"/><label for="view-network">\
            Network (by ties)</label>
            <input type="radio" name="view" id="view-map"/><label for="view-map">Map (by capitals)</label>
            <figure class="view network">\(diagram)</figure>
            <figure class="view map">\(map)</figure>
            </div>
            </section>


            """
    }

    /// The tabs, and the small charts in the relations tables.
    static let viewsStyle = """
        .views > input { position: absolute; opacity: 0; pointer-events: none; }
        .views > label { display: inline-block; padding: 6px 14px; margin: 0 4px 8px 0; border: 1px solid var(--line);
          border-radius: 6px; cursor: pointer; color: var(--muted); background: #fff; }
        .views > input:checked + label { color: var(--ink); background: var(--wash); font-weight: 600; }
        .views > input:focus-visible + label { outline: 2px solid #0969da; }
        .views > .view { display: none; }
        #view-network:checked ~ .network, #view-map:checked ~ .map { display: block; }
        @media print { .views > .view { display: block; margin-bottom: 16px; } .views > label { display: none; } }
        .trend { margin-top: 6px; font-weight: 400; }
        .trend svg { display: block; width: 210px; height: auto; }
        .trend.none { font-weight: 400; font-size: 12px; color: var(--muted); }
        """
}
