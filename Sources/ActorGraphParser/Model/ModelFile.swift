import Foundation

/// The trained tagger and parser in one binary file (`Resources/english-ewt.model`).
///
/// Layout, all integers little-endian: the magic `AGDP`, a format version (UInt32), a description (text), the
/// tagger's classes and the relation names (each a count and texts), the tag dictionary, the tagger's weights, the parser's weights. Text is a UInt32 byte count and
/// UTF-8; a weight table is its class count, feature count and entry count (UInt32 each), then the feature hashes
/// in row order (UInt64), the row starts (UInt32, one more than the features), the entries' classes (UInt16) and
/// weights (Float32). Loading checks every count against the bytes left, so a truncated or foreign file is an
/// error, never a crash.
enum ModelFile {
    static let magic: [UInt8] = Array("AGDP".utf8)
    /// Raised whenever the features change (2: the parser's smaller feature set), so that a model made for other
    /// features is refused instead of misread.
    static let version: UInt32 = 2

    struct Contents {
        var description: String
        var tags: TagSet
        var relations: [String]
        var dictionary: TagDictionary
        var tagger: WeightTable
        var parser: WeightTable
    }

    static func encode(_ model: Contents) -> Data {
        var out = Writer()
        out.bytes.append(contentsOf: magic)
        out.u32(version)
        out.text(model.description)
        out.u32(UInt32(model.tags.count))
        model.tags.names.forEach { out.text($0) }
        out.u32(UInt32(model.relations.count))
        model.relations.forEach { out.text($0) }
        let dictionary = model.dictionary.table.entries.sorted { $0.key < $1.key }
        out.u32(UInt32(dictionary.count))
        dictionary.forEach { out.u64($0.key) }
        dictionary.forEach { out.u32(UInt32(bitPattern: $0.row)) }
        out.weights(model.tagger)
        out.weights(model.parser)
        return Data(out.bytes)
    }

    static func decode(_ data: Data) throws -> Contents {
        var input = Reader(bytes: [UInt8](data))
        guard try input.take(magic.count) == magic[...] else { throw ModelError.notAModel }
        let version = try input.u32()
        guard version == Self.version else { throw ModelError.version(Int(version)) }
        let description = try input.text()
        let tagCount = try input.count(atLeast: 4)
        let tags = try TagSet(names: (0..<tagCount).map { _ in try input.text() })
        let relationCount = try input.count(atLeast: 4)
        let relations = try (0..<relationCount).map { _ in try input.text() }
        let entries = try input.count(atLeast: 12)
        let keys = try input.array(UInt64.self, entries)
        let masks = try input.array(Int32.self, entries)
        var table = FeatureTable(minimumCapacity: entries)
        for (key, mask) in zip(keys, masks) { table.insert(key, row: mask) }
        let tagger = try input.weights()
        let parser = try input.weights()
        guard input.isAtEnd else { throw ModelError.corrupt("bytes left after the parser's weights") }
        guard tagger.classCount == tags.count,
            parser.classCount == ArcHybrid.moveCount(labels: relations.count)
        else { throw ModelError.corrupt("class counts do not match the tags and relations") }
        return Contents(
            description: description, tags: tags, relations: relations, dictionary: TagDictionary(table: table), tagger: tagger,
            parser: parser)
    }

    private struct Writer {
        var bytes: [UInt8] = []
        mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        mutating func text(_ value: String) {
            u32(UInt32(value.utf8.count))
            bytes.append(contentsOf: value.utf8)
        }
        mutating func weights(_ table: WeightTable) {
            u32(UInt32(table.classCount))
            u32(UInt32(table.featureCount))
            u32(UInt32(table.weightCount))
            let (keys, rowStart, entries) = table.rows
            keys.forEach { u64($0) }
            rowStart.forEach { u32($0) }
            for entry in entries { withUnsafeBytes(of: entry.label.littleEndian) { bytes.append(contentsOf: $0) } }
            entries.forEach { u32($0.weight.bitPattern) }
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0
        var isAtEnd: Bool { offset == bytes.count }

        mutating func take(_ n: Int) throws -> ArraySlice<UInt8> {
            guard n >= 0, n <= bytes.count - offset else { throw ModelError.corrupt("the file ends early") }
            defer { offset += n }
            return bytes[offset..<offset + n]
        }

        /// `n` little-endian integers, copied in one piece.
        mutating func array<T: FixedWidthInteger>(_: T.Type, _ n: Int) throws -> [T] {
            let slice = try take(n * MemoryLayout<T>.size)
            var values = [T](repeating: 0, count: n)
            values.withUnsafeMutableBytes { target in slice.withUnsafeBytes { target.copyMemory(from: $0) } }
            return values.map { T(littleEndian: $0) }
        }

        mutating func u32() throws -> UInt32 { try array(UInt32.self, 1)[0] }

        /// A count of items that take at least `size` bytes each, checked against the bytes left.
        mutating func count(atLeast size: Int) throws -> Int {
            let n = Int(try u32())
            guard n <= (bytes.count - offset) / size else { throw ModelError.corrupt("a count larger than the file") }
            return n
        }

        mutating func text() throws -> String {
            let n = Int(try u32())
            guard let text = String(validating: try take(n), as: UTF8.self) else {
                throw ModelError.corrupt("text that is not UTF-8")
            }
            return text
        }

        mutating func weights() throws -> WeightTable {
            let classCount = Int(try u32())
            let featureCount = try count(atLeast: 12)
            let weightCount = try count(atLeast: 6)
            let keys = try array(UInt64.self, featureCount)
            let starts = try array(UInt32.self, featureCount + 1)
            let classes = try array(UInt16.self, weightCount)
            let weights = try array(UInt32.self, weightCount).map(Float.init(bitPattern:))
            guard starts.first == 0, starts.last == UInt32(weightCount), zip(starts, starts.dropFirst()).allSatisfy(<=),
                classes.allSatisfy({ Int($0) < classCount })
            else { throw ModelError.corrupt("weight rows out of range") }
            return WeightTable(
                classCount: classCount, keys: keys, rowStart: starts,
                entries: zip(classes, weights).map { .init(label: $0, weight: $1) })
        }
    }
}

/// Why a model file could not be loaded.
public enum ModelError: Error, CustomStringConvertible, Equatable {
    case missing
    case notAModel
    case version(Int)
    case corrupt(String)

    public var description: String {
        switch self {
        case .missing: "the parser model is not among the package's resources; rebuild the package"
        case .notAModel: "not a parser model file (no AGDP header)"
        case .version(let v): "parser model format \(v), but this build reads format \(ModelFile.version)"
        case .corrupt(let why): "the parser model file is damaged: \(why)"
        }
    }
}
