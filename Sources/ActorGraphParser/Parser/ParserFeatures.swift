/// The features of a parser configuration: the rich non-local feature set of Zhang and Nivre (2011, "Transition-
/// based dependency parsing with rich non-local features"), adapted to the arc-hybrid system as in Honnibal's
/// short parser ("Parsing English in 500 lines of Python", 2013), plus the pair under the top of the stack, which
/// arc-hybrid's `right` joins.
///
/// The context: the top three stack words s0 s1 s2, the first three buffer words b0 b1 b2, the two leftmost and
/// two rightmost dependents of s0, the two leftmost of b0 (arc-hybrid gives buffer words left dependents only),
/// and the rightmost of s1. Each is seen through its word, its tag and, for dependents, its relation; then pairs and
/// triples of them, the distance between s0 and b0 and between s1 and s0, how many dependents s0 and b0 have on each
/// side (valency), and the sets of relations they already have.
///
/// Thirteen of Zhang and Nivre's templates are left out, each of which the development split showed to cost
/// nothing or to overfit when it was removed from a trained model: s2's word, b0's second leftmost dependent (but in
/// a triple of tags), the word pairs of s0 and b0 and of s1 and s0 but the fullest one, the triples with one word
/// and two tags ahead, and the distance features with words of b0 or of two words. Every template is a look-up at
/// every decision, and the look-ups are the parser's time.
struct ParserFeatures {
    static let count = 67

    /// The word atom and the tagger's class (`TagSet`) of each word, then of the root (index n) and of "nobody"
    /// (index n + 1).
    let words: [UInt64]
    let tags: [UInt64]

    init(atoms: [WordAtoms], tags: [Int]) {
        words = atoms.map(\.word) + [4, 5]
        self.tags = tags.map { UInt64($0) } + [1000, 1001]
    }

    @inline(__always)
    func write(_ state: ArcHybrid, into out: UnsafeMutablePointer<UInt64>) {
        let none = state.n + 1
        func at(_ i: Int) -> Int { i < 0 ? none : i }
        let s0 = at(state.s(0)), s1 = at(state.s(1)), s2 = at(state.s(2))
        let b0 = at(state.b(0)), b1 = at(state.b(1)), b2 = at(state.b(2))
        func lm(_ i: Int) -> (Int, Int) { i >= none ? (none, none) : (at(state.leftmost[i].first), at(state.leftmost[i].second)) }
        func rm(_ i: Int) -> (Int, Int) { i >= none ? (none, none) : (at(state.rightmost[i].first), at(state.rightmost[i].second)) }
        let (s0l, s0l2) = lm(s0)
        let (s0r, s0r2) = rm(s0)
        let (b0l, b0l2) = lm(b0)
        let (s1r, _) = rm(s1)
        func w(_ i: Int) -> UInt64 { words[i] }
        func t(_ i: Int) -> UInt64 { tags[i] }
        func l(_ i: Int) -> UInt64 { i < state.n ? UInt64(bitPattern: Int64(state.labels[i])) &+ 200 : 199 }
        func distance(_ a: Int, _ b: Int) -> UInt64 {
            guard a < state.n, b <= state.n else { return 0 }
            return UInt64(min(abs(b - a), 6))
        }
        func count(_ counts: [Int], _ i: Int) -> UInt64 { i >= none ? 99 : UInt64(min(counts[i], 5)) }
        func set(_ sets: [UInt64], _ i: Int) -> UInt64 { i >= none ? 1 : FeatureHash.mix(sets[i]) }
        let d = distance(s0, b0)
        let d1 = distance(s1, s0)
        var k = 0
        func add(_ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0, _ e: UInt64 = 0) {
            out[k] = FeatureHash.mix(FeatureHash.feature(UInt64(k), a, b, c) ^ e)
            k += 1
        }
        add(0)
        // Single words.
        func word(_ i: Int) { add(w(i)); add(t(i)); add(w(i), t(i)) }
        func far(_ i: Int) { add(w(i)); add(t(i)) }
        func dependent(_ i: Int) { add(w(i)); add(t(i), l(i)) }
        word(s0); word(b0); word(b1); word(s1)
        far(b2); add(t(s2))
        dependent(s0l); dependent(s0r); dependent(b0l); dependent(s1r); dependent(s0l2); dependent(s0r2)
        // Pairs.
        add(w(s0), t(s0), w(b0), t(b0))
        add(w(s0), t(s0), t(b0))
        add(t(s0), w(b0), t(b0))
        add(t(s0), t(b0))
        add(t(b0), t(b1))
        add(w(b0), w(b1))
        add(t(s1), t(s0))
        add(t(s1), w(s0), t(s0))
        add(w(s1), t(s1), t(s0))
        // Triples of tags.
        add(t(b0), t(b1), t(b2))
        add(t(s0), t(b0), t(b1))
        add(t(s1), t(s0), t(b0))
        add(t(s0), t(s0l), t(b0))
        add(t(s0), t(s0r), t(b0))
        add(t(s0), t(b0), t(b0l))
        add(t(s0), t(s0l), t(s0l2))
        add(t(s0), t(s0r), t(s0r2))
        add(t(b0), t(b0l), t(b0l2))
        add(t(s1), t(s0), t(s0l))
        add(t(s1), t(s0), t(s0r))
        add(t(s1), t(s1r), t(s0))
        add(t(s2), t(s1), t(s0))
        // Distances.
        add(w(s0), d); add(t(s0), d); add(t(b0), d)
        add(t(s0), t(b0), d)
        add(t(s1), t(s0), d1)
        // Valency and relation sets.
        add(w(s0), count(state.rightCount, s0)); add(t(s0), count(state.rightCount, s0))
        add(w(s0), count(state.leftCount, s0)); add(t(s0), count(state.leftCount, s0))
        add(w(b0), count(state.leftCount, b0)); add(t(b0), count(state.leftCount, b0))
        add(w(s0), set(state.rightLabels, s0)); add(t(s0), set(state.rightLabels, s0))
        add(w(s0), set(state.leftLabels, s0)); add(t(s0), set(state.leftLabels, s0))
        add(w(b0), set(state.leftLabels, b0)); add(t(b0), set(state.leftLabels, b0))
        assert(k == Self.count, "ParserFeatures.count is \(Self.count) but \(k) features were written")
    }
}
