import Dispatch

/// Folds every item into a partial result, block by block, on all the machine's cores.
///
/// The items are cut into consecutive blocks whose size depends only on how many items there are
/// (at least 64 per block, at most 64 blocks). Each block starts from `start()` and folds its items
/// in order; the partials come back in block order. Since the blocks depend on neither the number
/// of cores nor which thread finishes first, a caller that combines the partials in the order given
/// gets the same bits on every machine and every run, which keeps `Graphs/` reproducible.
///
///     // Σ i² for i in 0..<1000, in up to 64 blocks summed in order
///     foldInBlocks(Array(0..<1000), start: { 0 }, fold: { i, sum in sum += i * i }).reduce(0, +)
///
/// - Parameters:
///   - items: What to fold, in order.
///   - start: A block's partial before any item (its scratch space too); called once per block.
///   - fold: Adds one item to a block's partial. Blocks run at the same time, so `start` and `fold`
///     must not share mutable state.
/// - Returns: One partial per block, in the order of `items`; empty when `items` is.
/// - Complexity: that of `fold` over all items, shared among the cores.
func foldInBlocks<Item: Sendable, Partial: Sendable>(
    _ items: [Item], start: @Sendable () -> Partial, fold: @Sendable (Item, inout Partial) -> Void
) -> [Partial] {
    let blockSize = max(64, (items.count + 63) / 64)
    let blocks = stride(from: 0, to: items.count, by: blockSize).map { $0..<min($0 + blockSize, items.count) }
    // Shared by the blocks without a lock: each block initialises only its own slot.
    nonisolated(unsafe) let partials = UnsafeMutableBufferPointer<Partial>.allocate(capacity: blocks.count)
    defer { partials.deallocate() }
    DispatchQueue.concurrentPerform(iterations: blocks.count) { block in
        var partial = start()
        for item in items[blocks[block]] { fold(item, &partial) }
        (partials.baseAddress! + block).initialize(to: partial)
    }
    return (0..<blocks.count).map { (partials.baseAddress! + $0).move() }
}
