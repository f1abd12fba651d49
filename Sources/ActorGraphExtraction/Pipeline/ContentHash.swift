import Foundation

/// A 64-bit hash of bytes, to tell whether two files, or two sets of files, hold the same content: a multiply-rotate
/// hash over 8-byte words (the mixing of xxHash's rounds, not its exact function), with the length and a final
/// avalanche (SplitMix64's) so that every input bit moves every output bit. It identifies content, as a version
/// number would; it is no defence against someone who crafts a collision.
///
///     var hash = ContentHash()
///     hash.add(Data("stance.json".utf8))
///     hash.hex    // 16 hexadecimal digits
struct ContentHash {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var length: UInt64 = 0

    mutating func add(_ data: Data) {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset + 8 <= raw.count {
                mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            var tail: UInt64 = 0
            for (shift, byte) in raw[offset...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
            mix(tail)
        }
        length &+= UInt64(data.count)
    }

    /// Adds a string and where it ends, so that ("ab", "c") and ("a", "bc") differ.
    mutating func add(_ text: String) {
        add(Data(text.utf8))
        mix(0xFF)
    }

    private mutating func mix(_ word: UInt64) {
        state = (state ^ (word &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
        state = (state << 31) | (state >> 33)
    }

    var value: UInt64 {
        var z = state ^ length
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The hash as 16 lowercase hexadecimal digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
