/// The running total of a network's edge weights, held under ``Network/weightLimit``.
///
/// The measures add weights up (a node's strength, a pair's relation and membership weights, the total weight of
/// modularity) and turn the sums into doubles and back. Under the limit every such sum fits in an `Int` and a
/// double holds it exactly, so no file can make the arithmetic trap or round; the readers of every format refuse
/// the edge at which the total would pass it.
///
///     var total = WeightTotal()
///     total.add(3)                      // true
///     total.add(Network.weightLimit)    // false: the total stays 3
public struct WeightTotal {
    /// The sum of the weights added so far.
    public private(set) var value = 0

    public init() {}

    /// Adds `weight` and returns true, or returns false and leaves the total as it was when the sum would pass
    /// ``Network/weightLimit``. `weight` is not negative.
    public mutating func add(_ weight: Int) -> Bool {
        guard weight <= Network.weightLimit - value else { return false }
        value += weight
        return true
    }

    /// What to tell the user about an edge refused by ``add(_:)``.
    public static func excess(_ weight: Int) -> String {
        "weight \(weight) brings the network's total weight past \(Network.weightLimit) (2^53, the largest whole "
            + "number every sum of weights holds exactly)"
    }
}

extension Network {
    /// The largest total of all edge weights a network may have: 2^53 = 9,007,199,254,740,992 (see
    /// ``WeightTotal``).
    public static let weightLimit = 1 << 53
}
