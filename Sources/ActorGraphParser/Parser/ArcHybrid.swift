/// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011, "Dynamic programming algorithms for
/// transition-based dependency parsers"), with the root at the end of the buffer (Ballesteros and Nivre 2013).
///
/// A configuration is a stack, a buffer of the words not yet pushed (followed by the root), and the arcs so far.
/// Three kinds of move, each labelled arc move with a relation:
/// - `shift`: push the first word of the buffer;
/// - `left(l)`: the first word of the buffer becomes the head of the stack's top, which is popped;
/// - `right(l)`: the word under the top becomes the top's head, and the top is popped.
/// Every word is pushed once and popped once, so a sentence of n words takes exactly 2n moves. `left` onto the root is
/// allowed only when the stack holds one word, so every parse has exactly one root, as UD requires. The system builds
/// projective trees only; EWT's few non-projective trees are learned as well as they can be (see `ArcHybridOracle`).
struct ArcHybrid {
    /// A move, numbered as the classes of the model: 0 is shift, 1 + 2l is left with relation l, 2 + 2l right.
    typealias Move = Int
    static let shift: Move = 0
    static func left(_ label: Int) -> Move { 1 + 2 * label }
    static func right(_ label: Int) -> Move { 2 + 2 * label }
    static func moveCount(labels: Int) -> Int { 1 + 2 * labels }
    static func isLeft(_ move: Move) -> Bool { move % 2 == 1 }
    static func label(of move: Move) -> Int { (move - 1) / 2 }

    /// The words, 0..<n; the root is word n.
    let n: Int
    var root: Int { n }
    private(set) var stack: [Int] = []
    /// The first word of the buffer; the buffer is `front...n` (the root last).
    private(set) var front = 0
    /// Each word's head (-1 until it has one) and relation.
    private(set) var heads: [Int]
    private(set) var labels: [Int]
    /// The two leftmost and two rightmost dependents so far of each word and the root (-1 for none), how many it
    /// has on each side, and the set of their relations (bit l for relation l).
    private(set) var leftmost: [Outermost]
    private(set) var rightmost: [Outermost]
    private(set) var leftCount: [Int]
    private(set) var rightCount: [Int]
    private(set) var leftLabels: [UInt64]
    private(set) var rightLabels: [UInt64]

    init(words n: Int) {
        self.n = n
        heads = Array(repeating: -1, count: n)
        labels = Array(repeating: -1, count: n)
        leftmost = Array(repeating: Outermost(), count: n + 1)
        rightmost = Array(repeating: Outermost(), count: n + 1)
        leftCount = Array(repeating: 0, count: n + 1)
        rightCount = Array(repeating: 0, count: n + 1)
        leftLabels = Array(repeating: 0, count: n + 1)
        rightLabels = Array(repeating: 0, count: n + 1)
        stack.reserveCapacity(n)
    }

    var isTerminal: Bool { stack.isEmpty && front == n }

    /// The stack's i-th item from the top, or -1.
    @inline(__always)
    func s(_ i: Int) -> Int { stack.count > i ? stack[stack.count - 1 - i] : -1 }

    /// The buffer's i-th item (the root counts as the last), or -1.
    @inline(__always)
    func b(_ i: Int) -> Int { front + i <= n ? front + i : -1 }

    var stackIsEmpty: Bool { stack.isEmpty }
    var canShift: Bool { front < n }
    var canLeft: Bool { !stack.isEmpty && (front < n || stack.count == 1) }
    var canRight: Bool { stack.count >= 2 }

    func isValid(_ move: Move) -> Bool {
        move == Self.shift ? canShift : Self.isLeft(move) ? canLeft : canRight
    }

    mutating func apply(_ move: Move) {
        if move == Self.shift {
            stack.append(front)
            front += 1
            return
        }
        let dependent = stack.removeLast()
        let head = Self.isLeft(move) ? front : stack[stack.count - 1]
        attach(dependent, to: head, label: Self.label(of: move))
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: Int) {
        heads[dependent] = head
        labels[dependent] = label
        if dependent < head {
            leftCount[head] += 1
            leftLabels[head] |= 1 << UInt64(label & 63)
            leftmost[head].add(dependent, outward: <)
        } else {
            rightCount[head] += 1
            rightLabels[head] |= 1 << UInt64(label & 63)
            rightmost[head].add(dependent, outward: >)
        }
    }
}

/// The two dependents farthest out on one side of a word (-1 for none).
struct Outermost {
    var first = -1
    var second = -1

    /// Takes in `dependent` if it lies farther out than one of the two, `outward` telling which way is out.
    @inline(__always)
    mutating func add(_ dependent: Int, outward: (Int, Int) -> Bool) {
        if first < 0 || outward(dependent, first) {
            second = first
            first = dependent
        } else if second < 0 || outward(dependent, second) {
            second = dependent
        }
    }
}
