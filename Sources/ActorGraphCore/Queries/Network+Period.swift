extension Network {
    /// The network of the sentences from articles of one period, so that two periods of one network can be compared
    /// (`graph diff --between 2021 2023`).
    ///
    /// ```swift
    /// let in2021 = network.restricted { $0.hasPrefix("2021") }
    /// in2021.edges(between: "IND", and: "RUS").first?.sign  // the sign of 2021's sentences alone
    /// ```
    ///
    /// Each relation keeps the months of its `timeline` that the period includes, its counts summed and its stance
    /// and sign recombined by the network builder's rule (``Timeline/Period/init(label:combining:)``), and of its
    /// stored evidence the sentences dated in the period, strongest first for the new sign. A relation with no month
    /// in the period goes, and so does every sentence of an undated article, which no period holds. A membership stays
    /// where both its ends keep a relation, as `NetworkFilter(minWeight:)` keeps it; an actor left without a tie goes.
    /// `corpus` stays the whole network's: the file does not say how many articles each period had.
    ///
    /// The stored evidence is each relation's strongest sentences over all periods (5 unless `graph build --evidence`
    /// said otherwise), so a period may keep none of its own; a build with `--evidence all` keeps every one.
    ///
    /// - Parameter includes: Whether a date lies in the period: a timeline month (`YYYY-MM`) or an evidence date
    ///   (`YYYY-MM-DD`). The command line passes the build's rule (`DateRange.contains`) with bounds of whole
    ///   months or years, which include a month exactly when they include its days.
    /// - Complexity: O(e · (m + k)) for e edges of at most m months and k stored sentences each.
    public func restricted(toDates includes: (String) -> Bool) -> Network {
        var kept: [Edge] = []
        for edge in edges {
            guard edge.kind == .relation else {
                kept.append(edge)
                continue
            }
            let months = edge.timeline.filter { includes($0.month) }
            let period = Timeline.Period(label: "", combining: months)
            guard let stance = period.stance, let sign = period.sign else { continue }
            var restricted = Edge(
                source: edge.source, target: edge.target, kind: .relation, weight: period.weight,
                positive: period.positive, negative: period.negative, stance: stance, sign: sign,
                evidence: edge.evidence.filter { $0.date.map(includes) ?? false }, timeline: months)
            restricted.evidence = restricted.evidenceByStrength
            kept.append(restricted)
        }
        // Weight 1 keeps every relation left, and the filter's rule the memberships between their ends. It cannot
        // throw: it throws only for a negative count, an ego or a top measure, and sets none of them.
        return try! NetworkFilter(minWeight: 1).apply(to: Network(corpus: corpus, nodes: nodes, edges: kept, folded: folded))
    }
}
