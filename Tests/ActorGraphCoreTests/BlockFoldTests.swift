import Foundation
import Testing

@testable import ActorGraphCore

@Suite struct BlockFoldTests {
    /// Whatever the cores do, the partials come back in item order, each block folding its items in
    /// order, and every item exactly once.
    @Test func partialsComeBackInItemOrder() {
        for count in [0, 1, 63, 64, 65, 1_000, 10_007] {
            let blocks = foldInBlocks(Array(0..<count), start: { [Int]() }, fold: { item, seen in seen.append(item) })
            #expect(Array(blocks.joined()) == Array(0..<count), "\(count) items")
            #expect(blocks.count <= 64)
            #expect(blocks.dropLast().allSatisfy { $0.count >= 64 })
        }
    }

    /// Floating-point sums depend on grouping; the grouping depends only on the number of items, so
    /// two runs give the same bits.
    @Test func floatingPointResultIsTheSameEveryRun() {
        let items = (0..<5_000).map { 1 / Double($0 + 1) }
        let sum = { foldInBlocks(items, start: { 0.0 }, fold: { item, total in total += item }).reduce(0, +) }
        let first = sum()
        for _ in 0..<5 { #expect(sum() == first) }
    }

    /// Progress arrives once per block, never going backwards, and ends at the number of items; the
    /// walk-balance report counts both of its sums.
    @Test func progressClimbsToTheTotal() throws {
        let reports = Reports()
        _ = foldInBlocks(Array(0..<1_000), progress: reports.record, start: { 0 }, fold: { item, sum in sum += item })
        #expect(reports.seen.map(\.done) == reports.seen.map(\.done).sorted())
        #expect(reports.seen.last.map { [$0.done, $0.total] } == [1_000, 1_000])
        #expect(reports.seen.count == 16)  // 1,000 items in blocks of 64

        let walk = Reports()
        let cycle = SignedGraph(ids: [], edges: (0..<100).map { ("v\($0)", "v\(($0 + 1) % 100)", sign: $0 == 0 ? -1 : 1) })
        _ = try cycle.walkBalance(progress: walk.record)
        #expect(walk.seen.last.map { [$0.done, $0.total] } == [200, 200])
        #expect(walk.seen.map(\.done) == walk.seen.map(\.done).sorted())
    }
}

/// Progress reports collected from any thread.
private final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [(done: Int, total: Int)] = []

    var seen: [(done: Int, total: Int)] {
        lock.lock()
        defer { lock.unlock() }
        return reports
    }

    var record: AnalysisProgress {
        { [self] done, total in
            lock.lock()
            reports.append((done, total))
            lock.unlock()
        }
    }
}
