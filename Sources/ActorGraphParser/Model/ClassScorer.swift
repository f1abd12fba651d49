/// A linear model over hashed features: the frozen `WeightTable` when tagging and parsing, the `AveragedPerceptron`
/// while it learns. Decoding is written once against this protocol and serves both.
protocol ClassScorer {
    var classCount: Int { get }
    func addScores(of features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>)
}

extension WeightTable: ClassScorer {}
