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
}
