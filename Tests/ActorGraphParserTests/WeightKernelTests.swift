@testable import ActorGraphParser
import CWeightKernels
import Testing

/// The dense rows' sum (`cweights_add_rows`) in both its versions gives the very integers a plain loop gives: the
/// scores, and so every parse, do not depend on the processor.
@Suite struct WeightKernelTests {
    @Test func bothVersionsSumAsAPlainLoop() {
        var random = SplitMix64(seed: 7)
        let stride = 112
        let rows = 40
        let base = (0..<(rows * stride)).map { _ in Int16(truncatingIfNeeded: random.next()) }
        let offsets = (0..<25).map { _ in Int64(Int(random.next() % UInt64(rows)) * stride) }
        let start = (0..<stride).map { _ in Int32(truncatingIfNeeded: random.next() % 100_000) }
        var expected = start
        for offset in offsets {
            for c in 0..<stride { expected[c] &+= Int32(base[Int(offset) + c]) }
        }
        var baseline = start
        cweights_add_rows_baseline(base, offsets, offsets.count, stride, &baseline)
        #expect(baseline == expected)
        var chosen = start
        cweights_add_rows(base, offsets, offsets.count, stride, &chosen)
        #expect(chosen == expected)
        // The AVX2 version runs only where the processor has it; `cweights_add_rows` then chose it above.
        var none = start
        cweights_add_rows(base, offsets, 0, stride, &none)
        #expect(none == start)
    }
}
