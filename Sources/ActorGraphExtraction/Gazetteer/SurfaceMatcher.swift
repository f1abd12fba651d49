/// Finds the gazetteer's surface forms in text: one byte trie built once, walked from each word start.
///
/// Matches are case-sensitive (`US` is a country, `us` is not), bounded by word edges on both sides (`India`
/// does not match inside `Indian`), leftmost and then longest (`Papua New Guinea` wins over `Guinea`), and never
/// overlap. Work is linear in the text times the depth the trie follows from each word start, which for names
/// is a few bytes: most words leave the trie at their first or second letter.
struct SurfaceMatcher: Sendable {
    struct Match: Sendable, Hashable {
        /// UTF-8 offsets of the matched bytes.
        var start: Int
        var end: Int
        /// The index of the form in the list the matcher was built from.
        var form: Int
    }

    /// What must follow a form's last byte.
    enum Ending: Sendable {
        /// A character that is not a letter or digit, or the end of the text.
        case wordEdge
        /// An upper-case letter: the second half of a compound such as `Indo-Russian`.
        case capital
        /// A space or hyphen and a lower-case ASCII letter: the noun an adjective such as `Western` describes.
        case lowerCaseWord
    }

    private static let none: Int32 = -1

    /// Children of trie node `n`: `labels[childStart[n]..<childStart[n + 1]]`, sorted, with `children` parallel.
    private let childStart: [Int32]
    private let labels: [UInt8]
    private let children: [Int32]
    /// The root's children by byte, for the one lookup every word start makes.
    private let rootTable: [Int32]
    /// The form ending at each node, or `none`.
    private let formAt: [Int32]
    private let endings: [Ending]

    /// Builds the trie. Where two forms have the same bytes, the later one wins, so later files override earlier.
    init(forms: [(text: String, ending: Ending)]) {
        var edges: [[UInt8: Int32]] = [[:]]
        var formAt: [Int32] = [Self.none]
        for (index, form) in forms.enumerated() {
            var node = 0
            for byte in form.text.utf8 {
                if let next = edges[node][byte] {
                    node = Int(next)
                } else {
                    edges.append([:])
                    formAt.append(Self.none)
                    edges[node][byte] = Int32(edges.count - 1)
                    node = edges.count - 1
                }
            }
            formAt[node] = Int32(index)
        }
        var childStart: [Int32] = [0]
        var labels: [UInt8] = []
        var children: [Int32] = []
        for nodeEdges in edges {
            for (label, child) in nodeEdges.sorted(by: { $0.key < $1.key }) {
                labels.append(label)
                children.append(child)
            }
            childStart.append(Int32(labels.count))
        }
        var rootTable = [Int32](repeating: Self.none, count: 256)
        for (label, child) in edges[0] { rootTable[Int(label)] = child }
        self.childStart = childStart
        self.labels = labels
        self.children = children
        self.rootTable = rootTable
        self.formAt = formAt
        self.endings = forms.map(\.ending)
    }

    /// Every match in `text`, in order.
    func matches(in text: String) -> [Match] {
        var text = text
        return text.withUTF8 { matches(in: $0) }
    }

    func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [Match] {
        var found: [Match] = []
        var position = 0
        var previousIsWord = false
        while position < bytes.count {
            let (isWord, length) = WordCharacters.classify(bytes, at: position)
            if isWord, !previousIsWord, let match = longestMatch(in: bytes, from: position) {
                found.append(match)
                position = match.end
                previousIsWord = WordCharacters.isWord(before: position, in: bytes)
                continue
            }
            previousIsWord = isWord
            position += length
        }
        return found
    }

    private func longestMatch(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Match? {
        var node = rootTable[Int(bytes[start])]
        var position = start + 1
        var best: Match?
        while node != Self.none {
            let form = formAt[Int(node)]
            if form != Self.none, endingHolds(endings[Int(form)], at: position, in: bytes) {
                best = Match(start: start, end: position, form: Int(form))
            }
            guard position < bytes.count else { break }
            node = child(of: node, labelled: bytes[position])
            position += 1
        }
        return best
    }

    private func child(of node: Int32, labelled byte: UInt8) -> Int32 {
        var low = Int(childStart[Int(node)])
        var high = Int(childStart[Int(node) + 1])
        while low < high {
            let mid = (low + high) / 2
            if labels[mid] < byte { low = mid + 1 } else { high = mid }
        }
        return low < Int(childStart[Int(node) + 1]) && labels[low] == byte ? children[low] : Self.none
    }

    private func endingHolds(_ ending: Ending, at position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch ending {
        case .wordEdge:
            return position == bytes.count || !WordCharacters.classify(bytes, at: position).isWord
        case .capital:
            return position < bytes.count && WordCharacters.isCapital(bytes, at: position)
        case .lowerCaseWord:
            return position + 1 < bytes.count && (bytes[position] == 0x20 || bytes[position] == 0x2D)
                && (0x61...0x7A).contains(bytes[position + 1])
        }
    }
}
