/// Letter and digit tests on UTF-8 bytes, for word edges: ASCII by table, other scalars by their properties.
enum WordCharacters {
    /// Whether the scalar starting at `position` is a letter or digit, and how many bytes it takes.
    /// A stray continuation byte counts as one non-word byte.
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (isWord: Bool, length: Int) {
        let lead = bytes[position]
        if lead < 0x80 {
            return (isASCIIWord(lead), 1)
        }
        guard let (scalar, length) = decode(bytes, at: position) else { return (false, 1) }
        return (isWord(scalar), length)
    }

    /// Whether the scalar that ends just before `position` is a letter or digit.
    static func isWord(before position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard position > 0 else { return false }
        var start = position - 1
        while start > 0, bytes[start] & 0xC0 == 0x80, position - start < 4 { start -= 1 }
        return classify(bytes, at: start).isWord
    }

    /// Whether the scalar at `position` is an upper-case letter.
    static func isCapital(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        let lead = bytes[position]
        if lead < 0x80 { return lead >= 0x41 && lead <= 0x5A }
        guard let (scalar, _) = decode(bytes, at: position) else { return false }
        return scalar.properties.isUppercase
    }

    private static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[position]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard length > 0, position + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let byte = bytes[position + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// An ASCII digit or letter, by arithmetic: this runs on every byte of every sentence, where a table in a global
    /// would cost a check that it is initialised at each read.
    private static func isASCIIWord(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }
}
