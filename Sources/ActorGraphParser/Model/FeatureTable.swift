/// An open-addressing hash table from feature hashes to dense row numbers: the look-up on the hot path of tagging
/// and parsing, done about a hundred times per word.
///
/// Keys are already well-mixed 64-bit hashes (`FeatureHash`), so the slot is the key's low bits and collisions probe
/// linearly. Zero marks an empty slot; the one key that hashes to zero is remapped to 1 on the way in and out.
/// The table stays at most half full, so a look-up touches one or two cache lines.
struct FeatureTable: Sendable {
    private(set) var keys: [UInt64]
    private(set) var rows: [Int32]
    private(set) var count = 0
    private var mask: Int

    init(minimumCapacity: Int = 1024) {
        var size = 16
        while size < minimumCapacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        rows = Array(repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The row of `key`, or -1 when the table does not hold it.
    @inline(__always)
    func row(_ key: UInt64) -> Int32 {
        let key = Self.stored(key)
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = keys[slot]
            if found == key { return rows[slot] }
            if found == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Gives `key` the row `row`; the key must not be in the table yet.
    mutating func insert(_ key: UInt64, row: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = Self.stored(key)
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        rows[slot] = row
        count += 1
    }

    private mutating func grow() {
        let old = zip(keys, rows).filter { $0.0 != 0 }
        keys = Array(repeating: 0, count: keys.count * 2)
        rows = Array(repeating: -1, count: keys.count)
        mask = keys.count - 1
        count = 0
        for (key, row) in old {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            rows[slot] = row
            count += 1
        }
    }

    /// Every key with its row, in slot order.
    var entries: some Sequence<(key: UInt64, row: Int32)> {
        zip(keys, rows).lazy.filter { $0.0 != 0 }.map { (key: $0.0, row: $0.1) }
    }
}
