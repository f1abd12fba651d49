import CWeightKernels

/// The frozen weights of a linear model: for each feature it kept, the classes it votes for and how strongly.
///
/// Scoring is the hot path of tagging and parsing (about 110 look-ups per word) and its cost is memory latency:
/// the table must fit the processor's cache, and a look-up should read one cache line. So the model's rows (as the
/// model file keeps them: 64-bit feature hashes, 32-bit weights) are packed, when the table is made, into 16-byte
/// hash-table slots:
/// - a 32-bit fingerprint of the feature hash (two features of one table share one with a chance of about one in
///   four thousand per table of a million; the later one then borrows the earlier's weights);
/// - up to four entries, each a class (one byte) and a weight quantised to 16 bits against the table's largest
///   weight (a step of 1/32767 of it, far below the weights that decide anything). A longer row keeps two entries
///   in the slot and the rest in an overflow array, ended by an unused entry; a row of `denseLength` entries or
///   more (the bias, the tags alone: the features that fire at every decision) is kept whole as a dense vector of
///   every class, added with vector instructions instead of one scattered entry at a time (`cweights_add_rows`: all
///   of a decision's dense rows in one call, the sums held in registers, with AVX2 where the processor has it).
/// A key's first slot is the first of a 64-byte line of four, chosen by scaling its hash to the number of lines
/// (Lemire's multiply-shift range reduction); collisions probe linearly from there; the table is two-thirds full, so
/// nearly every look-up reads one cache line. Fingerprint 0 marks an empty slot.
struct WeightTable: Sendable {
    struct Entry: Equatable {
        var label: UInt16
        var weight: Float
    }

    struct PackedEntry {
        var label: UInt8
        var weight: Int16
    }

    struct Slot {
        var fingerprint: UInt32
        var labels: (UInt8, UInt8, UInt8, UInt8)
        var weights: (Int16, Int16, Int16, Int16)
    }

    /// A label that marks an unused entry, one that says the slot's last two weights hold an overflow index, and
    /// one (in the first entry) that says they hold a dense row's index.
    static let unused: UInt8 = 0xFF
    static let overflow: UInt8 = 0xFE
    static let dense: UInt8 = 0xFD
    /// Rows at least this long are kept dense.
    static let denseLength = 16

    let classCount: Int
    /// The rows as trained, which the model file stores.
    let rows: (keys: [UInt64], rowStart: [UInt32], entries: [Entry])
    private let slots: HugePageArray<Slot>
    private let overflowEntries: HugePageArray<PackedEntry>
    /// The dense rows, `stride` quantised weights each (the classes, then zeros to a multiple of 16).
    private let denseRows: HugePageArray<Int16>
    private let stride: Int
    /// The weight of one quantisation step.
    private let scale: Float

    var featureCount: Int { rows.keys.count }
    var weightCount: Int { rows.entries.count }

    /// A table of `keys.count` rows: row r is feature `keys[r]` with entries `rowStart[r]..<rowStart[r + 1]`.
    init(classCount: Int, keys: [UInt64], rowStart: [UInt32], entries: [Entry]) {
        precondition(classCount < Int(Self.dense))
        self.classCount = classCount
        rows = (keys, rowStart, entries)
        let largest = entries.map { abs($0.weight) }.max() ?? 1
        let scale: Float = largest > 0 ? largest / 32767 : 1
        func quantised(_ weight: Float) -> Int16 { Int16((weight / scale).rounded()) }
        let buckets = keys.count * 3 / 8 + 4
        let size = buckets * 4
        var slots = [Slot](repeating: Slot(fingerprint: 0, labels: (0, 0, 0, 0), weights: (0, 0, 0, 0)), count: size)
        var overflowEntries: [PackedEntry] = []
        let stride = (classCount + 15) / 16 * 16
        var denseRows: [Int16] = []
        for (row, key) in keys.enumerated() {
            var slot = Self.home(of: key, buckets) * 4
            while slots[slot].fingerprint != 0 { slot = slot + 1 == size ? 0 : slot + 1 }
            let first = Int(rowStart[row])
            let count = Int(rowStart[row + 1]) - first
            func label(_ i: Int) -> UInt8 { i < count ? UInt8(entries[first + i].label) : Self.unused }
            func weight(_ i: Int) -> Int16 { i < count ? quantised(entries[first + i].weight) : 0 }
            func indexWeights(_ index: Int) -> (Int16, Int16, Int16, Int16) {
                (0, 0, Int16(truncatingIfNeeded: index), Int16(truncatingIfNeeded: index >> 16))
            }
            if count >= Self.denseLength {
                let start = denseRows.count
                denseRows += repeatElement(0, count: stride)
                for i in 0..<count { denseRows[start + Int(entries[first + i].label)] = weight(i) }
                slots[slot] = Slot(
                    fingerprint: Self.fingerprint(of: key), labels: (Self.dense, Self.unused, Self.unused, Self.unused),
                    weights: indexWeights(start / stride))
            } else if count <= 4 {
                slots[slot] = Slot(
                    fingerprint: Self.fingerprint(of: key), labels: (label(0), label(1), label(2), label(3)),
                    weights: (weight(0), weight(1), weight(2), weight(3)))
            } else {
                let (_, _, low, high) = indexWeights(overflowEntries.count)
                slots[slot] = Slot(
                    fingerprint: Self.fingerprint(of: key), labels: (label(0), label(1), Self.overflow, Self.unused),
                    weights: (weight(0), weight(1), low, high))
                for i in 2..<count { overflowEntries.append(PackedEntry(label: label(i), weight: weight(i))) }
                overflowEntries.append(PackedEntry(label: Self.unused, weight: 0))
            }
        }
        self.slots = HugePageArray(slots)
        self.overflowEntries = HugePageArray(overflowEntries)
        self.denseRows = HugePageArray(denseRows)
        self.stride = stride
        self.scale = scale
    }

    @inline(__always)
    private static func home(of key: UInt64, _ size: Int) -> Int {
        Int(truncatingIfNeeded: key.multipliedFullWidth(by: UInt64(size)).high)
    }

    @inline(__always)
    private static func fingerprint(of key: UInt64) -> UInt32 {
        let low = UInt32(truncatingIfNeeded: key)
        return low == 0 ? 1 : low
    }

    /// Adds the rows of `features` to `scores`, which holds `classCount` values.
    ///
    /// Three passes: every feature's slot is found, then the rows are summed, in integers (exact, and without a
    /// conversion per entry), and the sum is scaled into `scores` once. The look-ups of the first pass do not depend
    /// on each other, so the processor overlaps their cache misses instead of waiting for each in turn.
    /// - Complexity: O(f · k) for f features with k classes each on average.
    @inline(__always)
    func addScores(of featureHashes: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        let slots = self.slots.buffer
        let buckets = slots.count / 4
        let overflow = overflowEntries.buffer
        let stride = self.stride
        withUnsafeTemporaryAllocation(of: Int.self, capacity: featureHashes.count) { found in
            // A first pass prefetches every feature's first slot, so that all the cache misses are under way at once;
            // the probing pass below then finds the lines in the cache. A prefetch, unlike a load, retires at once:
            // the processor goes on to the next feature instead of filling its reorder buffer behind the misses.
            for (i, key) in featureHashes.enumerated() {
                let slot = Self.home(of: key, buckets) * 4
                found[i] = slot
                cweights_prefetch(slots.baseAddress! + slot)
            }
            var count = 0
            for (i, key) in featureHashes.enumerated() {
                let fingerprint = Self.fingerprint(of: key)
                var slot = found[i]
                var candidate = slots[slot].fingerprint
                while candidate != fingerprint && candidate != 0 {
                    slot = slot + 1 == slots.count ? 0 : slot + 1
                    candidate = slots[slot].fingerprint
                }
                if candidate != 0 {
                    found[count] = slot
                    count += 1
                    // A long row's overflow entries are another cache miss: start it now, as the first pass does.
                    if slots[slot].labels.2 == Self.overflow { cweights_prefetch(overflow.baseAddress! + Self.index(slots[slot])) }
                }
            }
            // The dense rows are only listed here, then summed in one call (`cweights_add_rows`).
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: stride) { sums in
                withUnsafeTemporaryAllocation(of: Int64.self, capacity: featureHashes.count) { denseOffsets in
                    let sums = sums.baseAddress!
                    sums.initialize(repeating: 0, count: stride)
                    var denseCount = 0
                    for slot in found[..<count] {
                        let row = slots[slot]
                        if row.labels.0 == Self.dense {
                            denseOffsets[denseCount] = Int64(Self.index(row) * stride)
                            denseCount += 1
                            continue
                        }
                        sums[Int(row.labels.0)] &+= Int32(row.weights.0)
                        guard row.labels.1 != Self.unused else { continue }
                        sums[Int(row.labels.1)] &+= Int32(row.weights.1)
                        if row.labels.2 == Self.overflow {
                            addOverflow(from: Self.index(row), into: sums)
                            continue
                        }
                        guard row.labels.2 != Self.unused else { continue }
                        sums[Int(row.labels.2)] &+= Int32(row.weights.2)
                        guard row.labels.3 != Self.unused else { continue }
                        sums[Int(row.labels.3)] &+= Int32(row.weights.3)
                    }
                    cweights_add_rows(denseRows.buffer.baseAddress!, denseOffsets.baseAddress!, denseCount, stride, sums)
                    for c in scores.indices { scores[c] += Float(sums[c]) * scale }
                }
            }
        }
    }

    /// The overflow or dense row index that a slot's last two weights hold.
    @inline(__always)
    private static func index(_ slot: Slot) -> Int {
        Int(UInt16(bitPattern: slot.weights.2)) | Int(UInt16(bitPattern: slot.weights.3)) << 16
    }

    @inline(__always)
    private func addOverflow(from start: Int, into sums: UnsafeMutablePointer<Int32>) {
        let entries = overflowEntries.buffer
        var i = start
        while entries[i].label != Self.unused {
            sums[Int(entries[i].label)] &+= Int32(entries[i].weight)
            i += 1
        }
    }
}
