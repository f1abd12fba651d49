/// A small seeded random number generator (SplitMix64), so that training shuffles the same way for the same seed on
/// every machine; Swift's system generator cannot be seeded.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return FeatureHash.mix(state &- 0x9e37_79b9_7f4a_7c15)
    }
}
