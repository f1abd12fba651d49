extension AnalysisGraph {
    /// Runs a shortest-path search from each of `sources` and folds every search into a partial
    /// result, on all the machine's cores, in the reproducible blocks of `foldInBlocks`.
    ///
    /// - Parameters:
    ///   - sources: The vertices to search from.
    ///   - weighted: Whether edges have length 1 / weight (true) or 1 (false).
    ///   - start: A partial result before any search; called once per block.
    ///   - fold: Adds one finished search to a block's partial; must not share mutable state.
    ///   - progress: Told how many sources have been searched, after each block.
    /// - Returns: One partial per block, in the order of `sources`; empty when `sources` is.
    /// - Complexity: one search per source (O(n + e) unweighted, O((n + e) log e) weighted), shared
    ///   among the cores.
    func sweep<Partial: Sendable>(
        from sources: [Int], weighted: Bool, progress: AnalysisProgress? = nil, start: @Sendable () -> Partial,
        fold: @Sendable (PathSearch, inout Partial) -> Void
    ) -> [Partial] {
        let edges = PathSearch.Edges(self, weighted: weighted)
        return foldInBlocks(
            sources, progress: progress, start: { (search: PathSearch(edges), partial: start()) },
            fold: { source, block in
                block.search.run(from: source)
                fold(block.search, &block.partial)
            }
        ).map(\.partial)
    }
}
