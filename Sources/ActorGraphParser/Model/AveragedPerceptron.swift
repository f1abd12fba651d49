/// A multi-class perceptron whose final weights are the average of its weights over all training steps (Collins
/// 2002, "Discriminative training methods for hidden Markov models"; the averaging as in Daumé's thesis: each
/// weight remembers when it last changed, so an update costs O(features) however long training has run).
///
/// Averaging is what makes a perceptron generalise: the last weights overfit the last sentences seen, the average
/// weighs each setting by how long it survived. Training code calls `score`, then `update` when the guess was
/// wrong, and `tick` once per decision; `averaged(pruningBelow:)` freezes the result. A class, so that decoding can
/// score with it while the training step that called the decoder updates it.
final class AveragedPerceptron: ClassScorer {
    struct Entry {
        var label: UInt16
        var weight: Float
        /// Sum of the weight over the steps before `stamp`.
        var total: Double
        var stamp: Int64
    }

    let classCount: Int
    private var table = FeatureTable(minimumCapacity: 1 << 16)
    private var rows: [[Entry]] = []
    /// Decisions made so far: the clock of the averaging.
    private(set) var steps: Int64 = 0

    init(classCount: Int) {
        self.classCount = classCount
    }

    /// Adds the current (not averaged) weights of `features` to `scores`.
    func addScores(of features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        for hash in features {
            let row = table.row(hash)
            if row < 0 { continue }
            rows[Int(row)].withUnsafeBufferPointer { entries in
                for entry in entries { scores[Int(entry.label)] += entry.weight }
            }
        }
    }

    func tick() { steps += 1 }

    /// Moves the weights of `features` toward `truth` and away from `guess`.
    func update(truth: Int, guess: Int, features: UnsafeBufferPointer<UInt64>) {
        guard truth != guess else { return }
        for hash in features {
            var row = Int(table.row(hash))
            if row < 0 {
                row = rows.count
                table.insert(hash, row: Int32(row))
                rows.append([])
            }
            adjust(row: row, label: truth, by: 1)
            adjust(row: row, label: guess, by: -1)
        }
    }

    private func adjust(row: Int, label: Int, by delta: Float) {
        if let i = rows[row].firstIndex(where: { Int($0.label) == label }) {
            rows[row][i].total += Double(steps - rows[row][i].stamp) * Double(rows[row][i].weight)
            rows[row][i].stamp = steps
            rows[row][i].weight += delta
        } else {
            rows[row].append(Entry(label: UInt16(label), weight: delta, total: 0, stamp: steps))
        }
    }

    /// The averaged weights, without the entries whose average magnitude is below `threshold` (they change almost
    /// no decision and make up most of the table) and without features left with no entry.
    func averaged(pruningBelow threshold: Float) -> WeightTable {
        let clock = Double(max(steps, 1))
        var kept: [(key: UInt64, entries: [(UInt16, Float)])] = []
        for (key, row) in table.entries {
            let entries = rows[Int(row)].compactMap { entry -> (UInt16, Float)? in
                let average = Float((entry.total + Double(steps - entry.stamp) * Double(entry.weight)) / clock)
                return abs(average) >= threshold ? (entry.label, average) : nil
            }
            if !entries.isEmpty { kept.append((key, entries.sorted { $0.0 < $1.0 })) }
        }
        kept.sort { $0.key < $1.key }
        var starts: [UInt32] = [0]
        var entries: [WeightTable.Entry] = []
        for feature in kept {
            for (label, weight) in feature.entries { entries.append(.init(label: label, weight: weight)) }
            starts.append(UInt32(entries.count))
        }
        return WeightTable(classCount: classCount, keys: kept.map(\.key), rowStart: starts, entries: entries)
    }
}
