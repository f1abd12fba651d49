/// What the tagger and the parser know about one word form before context: hashes of its normalised form, its
/// spelling as written, its affixes and its shape.
struct WordAtoms: Sendable {
    /// The form in lower case, curly quotes made straight and every digit written `0` (`1,500` and `2,750` are one
    /// word to the model).
    var word: UInt64
    /// The form as written, so that `US` and `us` differ.
    var form: UInt64
    /// The last one to four characters of `word`, then its first one to three.
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    var prefixes: (UInt64, UInt64, UInt64)
    /// The word's shape, runs of one symbol cut to two (`shapeSymbol`): `India` is `Xxx`, `U.S.` is `X.X.`,
    /// `1,500` is `d,dd`, `G20` is `Xdd`.
    var shape: UInt64

    init(_ form: String) {
        // One pass over the scalars: the normalised form's UTF-8 bytes (with where each scalar starts) and the shape.
        var lower: [UInt8] = []
        var starts: [Int] = []
        var shape: [UInt32] = []
        var run = 0
        lower.reserveCapacity(form.utf8.count)
        for scalar in form.unicodeScalars {
            starts.append(lower.count)
            let symbol = Self.shapeSymbol(scalar)
            if let last = shape.last, last == symbol {
                run += 1
            } else {
                run = 1
            }
            if run <= 2 { shape.append(symbol) }
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                lower.append(byte >= 48 && byte <= 57 ? 48 : byte >= 65 && byte <= 90 ? byte + 32 : byte)
                continue
            }
            switch scalar {
            case "\u{2019}", "\u{2018}": lower.append(39)
            case "\u{201C}", "\u{201D}": lower.append(34)
            default:
                if scalar.properties.changesWhenLowercased {
                    lower.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    lower.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        word = FeatureHash.of(bytes: lower[...])
        self.form = FeatureHash.of(form)
        let n = starts.count
        func suffix(_ k: Int) -> UInt64 { FeatureHash.of(bytes: lower[(k < n ? starts[n - k] : 0)...]) &+ UInt64(k) }
        func prefix(_ k: Int) -> UInt64 { FeatureHash.of(bytes: lower[..<(k < n ? starts[k] : lower.count)]) &+ UInt64(10 + k) }
        suffixes = (suffix(1), suffix(2), suffix(3), suffix(4))
        prefixes = (prefix(1), prefix(2), prefix(3))
        self.shape = shape.reduce(0xcbf2_9ce4_8422_2325) { FeatureHash.mix($0 ^ UInt64($1)) }
    }

    /// `X` for an upper-case letter, `x` for a lower-case one, `d` for a digit, anything else as itself.
    private static func shapeSymbol(_ scalar: Unicode.Scalar) -> UInt32 {
        if scalar.isASCII {
            switch scalar.value {
            case 65...90: return 88
            case 97...122: return 120
            case 48...57: return 100
            default: return scalar.value
            }
        }
        let properties = scalar.properties
        if properties.isUppercase { return 88 }
        if properties.isLowercase { return 120 }
        if properties.numericType != nil { return 100 }
        return scalar.value
    }
}
