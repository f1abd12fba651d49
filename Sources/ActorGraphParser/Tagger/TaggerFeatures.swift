/// The features of the part-of-speech tagger: a greedy left-to-right averaged perceptron in the manner of Collins
/// (2002) and Ratnaparkhi (1996), with the feature set of Honnibal's short tagger ("A good part-of-speech tagger in
/// about 200 lines of Python", 2013) widened by affixes, shapes and the ambiguity classes of the next words.
///
/// For word i: its form (normalised and as written), suffixes of one to four characters, prefixes of one to three,
/// shape, and whether it opens the sentence; the two previous tags (as decided) with the word; the words and
/// suffixes two to each side; and the ambiguity class (the set of tags the training text gave a frequent word) of
/// the word itself and of the two that follow, which tells the tagger what is coming before it gets there.
enum TaggerFeatures {
    static let count = 32

    /// Writes the features of word `i` into `out` (`count` slots).
    /// - Parameters:
    ///   - previous: the tags decided for words i-1 and i-2 (`noTag` before the sentence).
    ///   - ambiguity: the ambiguity-class atom of every word.
    @inline(__always)
    static func write(
        _ i: Int, _ atoms: [WordAtoms], ambiguity: [UInt64], previous: (UInt64, UInt64),
        into out: UnsafeMutablePointer<UInt64>
    ) {
        let n = atoms.count
        let w = atoms[i]
        func word(_ j: Int) -> UInt64 { j < 0 ? 1 : j >= n ? 2 : atoms[j].word }
        func suffix3(_ j: Int) -> UInt64 { j < 0 ? 1 : j >= n ? 2 : atoms[j].suffixes.2 }
        func shape(_ j: Int) -> UInt64 { j < 0 ? 1 : j >= n ? 2 : atoms[j].shape }
        func amb(_ j: Int) -> UInt64 { j >= n ? 2 : ambiguity[j] }
        let (p1, p2) = previous
        func f(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
            FeatureHash.feature(template, a, b, c)
        }
        out[0] = f(0, 0, 0, 0)
        out[1] = f(1, w.word)
        out[2] = f(2, w.form)
        out[3] = f(3, w.suffixes.0)
        out[4] = f(4, w.suffixes.1)
        out[5] = f(5, w.suffixes.2)
        out[6] = f(6, w.suffixes.3)
        out[7] = f(7, w.prefixes.0)
        out[8] = f(8, w.prefixes.1)
        out[9] = f(9, w.prefixes.2)
        out[10] = f(10, w.shape, i == 0 ? 1 : 0)
        out[11] = f(11, p1)
        out[12] = f(12, p2, p1)
        out[13] = f(13, p1, w.word)
        out[14] = f(14, word(i - 1))
        out[15] = f(15, suffix3(i - 1))
        out[16] = f(16, word(i - 2))
        out[17] = f(17, word(i + 1))
        out[18] = f(18, suffix3(i + 1))
        out[19] = f(19, word(i + 2))
        out[20] = f(20, shape(i + 1))
        out[21] = f(21, amb(i))
        out[22] = f(22, amb(i + 1))
        out[23] = f(23, amb(i + 1), amb(i + 2))
        out[24] = f(24, p1, amb(i))
        out[25] = f(25, p1, amb(i + 1))
        out[26] = f(26, w.word, word(i + 1))
        out[27] = f(27, word(i - 1), w.word)
        out[28] = f(28, p1, w.suffixes.2)
        out[29] = f(29, amb(i), amb(i + 1), w.suffixes.2)
        out[30] = f(30, shape(i - 1), w.shape)
        out[31] = f(31, w.word, amb(i + 1))
    }

    /// The atom of "no tag": before the sentence.
    static let noTag: UInt64 = 0xffff
}
