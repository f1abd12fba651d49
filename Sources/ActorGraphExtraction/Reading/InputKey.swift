/// Where an input stands in the order `graph build` reads one folder in: the name it is read under (its path relative
/// to the folder, or the file's name when the file is named directly), then, for a line of a `.jsonl` file, the line's
/// number (0 for a whole file).
///
/// A partial network (`graph extract`) keeps each document's key, so that `graph merge` lists the documents of any
/// number of partials in the order one build over all of them lists them.
public struct InputKey: Hashable, Comparable, Sendable, Codable {
    public var name: String
    public var line: Int

    public init(name: String, line: Int = 0) {
        self.name = name
        self.line = line
    }

    /// Plain string order of the names, as a folder's files are read, then line order.
    public static func < (x: InputKey, y: InputKey) -> Bool {
        (x.name, x.line) < (y.name, y.line)
    }
}
