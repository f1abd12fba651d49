/// Stable 64-bit hashes for the atoms of features (word forms, suffixes, tags) and for their combination.
///
/// Features are never stored as strings: a feature is the hash of its template number and its atoms, and the model
/// keeps only the hashes it saw in training. The hashes must be the same in every process and on every machine, so
/// Swift's `Hasher` (seeded per process) is not used: strings go through FNV-1a over their UTF-8 bytes, and
/// combinations through the SplitMix64 finaliser, which spreads every input bit over the whole word.
///
/// A collision merges two features' weights; at the few million features a model sees, the chance that two of them
/// share all 64 bits is about 10⁻⁷.
enum FeatureHash {
    /// FNV-1a of the string's UTF-8 bytes.
    static func of(_ text: some StringProtocol) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// FNV-1a of bytes.
    static func of(bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The SplitMix64 finaliser (Steele, Lea and Flood 2014): a bijection on 64-bit words with full avalanche.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The feature of template `template` over the given atoms; order matters.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        mix(mix(mix(mix(template) ^ a) ^ b) ^ c)
    }
}
