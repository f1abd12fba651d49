import Dispatch
import Foundation

/// Reports how far a long analysis has got: items done so far, and of how many. It may be called
/// from any thread, one call at a time, with `done` increasing.
public typealias AnalysisProgress = @Sendable (_ done: Int, _ total: Int) -> Void

/// `progress` for one stage of a longer job: the stage's (done, its total) reported as
/// (`offset` + done, `total`); nil when `progress` is.
func stage(of progress: AnalysisProgress?, from offset: Int, of total: Int) -> AnalysisProgress? {
    guard let progress else { return nil }
    return { done, _ in progress(offset + done, total) }
}

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
///   - progress: Called with the number of items finished so far and the number of items, after
///     each block, from that block's thread.
/// - Returns: One partial per block, in the order of `items`; empty when `items` is.
/// - Complexity: that of `fold` over all items, shared among the cores.
func foldInBlocks<Item: Sendable, Partial: Sendable>(
    _ items: [Item], progress: AnalysisProgress? = nil, start: @Sendable () -> Partial,
    fold: @Sendable (Item, inout Partial) -> Void
) -> [Partial] {
    let blockSize = max(64, (items.count + 63) / 64)
    let blocks = stride(from: 0, to: items.count, by: blockSize).map { $0..<min($0 + blockSize, items.count) }
    // Shared by the blocks without a lock: each block initialises only its own slot.
    nonisolated(unsafe) let partials = UnsafeMutableBufferPointer<Partial>.allocate(capacity: blocks.count)
    defer { partials.deallocate() }
    let finished = FinishedCount(of: items.count, reportingTo: progress)
    DispatchQueue.concurrentPerform(iterations: blocks.count) { block in
        var partial = start()
        for item in items[blocks[block]] { fold(item, &partial) }
        (partials.baseAddress! + block).initialize(to: partial)
        finished.add(blocks[block].count)
    }
    return (0..<blocks.count).map { (partials.baseAddress! + $0).move() }
}

/// The number of items the blocks have finished, counted and reported under a lock, so that reports
/// never overlap or go backwards.
private final class FinishedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private let total: Int
    private let progress: AnalysisProgress?

    init(of total: Int, reportingTo progress: AnalysisProgress?) {
        self.total = total
        self.progress = progress
    }

    func add(_ items: Int) {
        guard let progress else { return }
        lock.lock()
        defer { lock.unlock() }
        count += items
        progress(count, total)
    }
}
