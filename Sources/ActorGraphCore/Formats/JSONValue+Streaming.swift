import Foundation

extension JSONValue {
    /// A field of an object written by ``renderReadable(_:)``.
    enum StreamedField {
        /// A value as it is; nil leaves the field out.
        case value(JSONValue?)
        /// An array of `count` containers (objects or arrays), made one at a time by `element`.
        case containers(count: Int, element: (Int) -> JSONValue)
    }

    /// The UTF-8 text `.object(fields).render(style: .readable)` gives, made without holding all the elements of
    /// the `containers` fields at once: each is made, written and dropped. A network of a million edges then costs
    /// its bytes and one edge, not a tree of boxed values several times the size of the text, nor a second copy.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func renderReadable(_ fields: [(String, StreamedField)]) -> Data {
        var data = Data()
        renderReadable(fields) { data.append($0) }
        return data
    }

    /// The text of ``renderReadable(_:)``, given to `write` in pieces of about a megabyte, in order, so that a
    /// caller writing it to a file never holds it whole.
    static func renderReadable(_ fields: [(String, StreamedField)], into write: (Data) throws -> Void) rethrows {
        var data = Data()
        var out = "{"
        /// Moves the text written so far into `data`, so that only one element's text is held as a `String`, and
        /// hands `data` on once it is a megabyte (or, `last`, whatever it holds).
        func flush(last: Bool = false) throws {
            data.append(contentsOf: out.utf8)
            out.removeAll(keepingCapacity: true)
            guard last || data.count >= 1 << 20 else { return }
            try write(data)
            data.removeAll(keepingCapacity: true)
        }
        var first = true
        for (key, field) in fields {
            let element: (Int) -> JSONValue
            let count: Int
            switch field {
            case .value(nil):
                continue
            case .value(let value?):
                element = { _ in value }
                count = -1
            case .containers(let n, let make):
                element = make
                count = n
            }
            out += first ? "\n " : ",\n "
            first = false
            quote(key, into: &out)
            out += ": "
            guard count >= 0 else {
                element(0).write(into: &out, style: .readable, indent: 1)
                continue
            }
            out += "["
            for i in 0..<count {
                let value = element(i)
                precondition(!value.isScalar, "streamed array elements are containers")
                out += i == 0 ? "\n  " : ",\n  "
                value.write(into: &out, style: .readable, indent: 2)
                try flush()
            }
            out += count == 0 ? "]" : "\n ]"
        }
        out += first ? "}" : "\n}"
        try flush(last: true)
    }
}
