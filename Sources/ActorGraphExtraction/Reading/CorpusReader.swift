import Foundation

/// Reads articles from files and folders.
///
/// Formats, by extension (any case): `.txt`, `.md` / `.markdown`, `.html` / `.htm`, `.jsonl`.
/// Every format ends in the same cleaning (``ArticleCleaner``): debris lines dropped, title and
/// date found, paragraphs white-space folded.
///
///     let items = try CorpusReader().read(["Corpus"])
///     for case .document(let document) in items { print(document.name, document.sentences.count) }
///
/// A file that cannot be read as an article becomes a ``SkippedInput`` in its place; only a path
/// that does not exist or cannot be listed stops the read, with a ``CorpusError``.
public struct CorpusReader: Sendable {
    /// The extensions read inside folders; other files there are ignored.
    public static let supportedExtensions = ["htm", "html", "jsonl", "markdown", "md", "txt"]

    public init() {}

    /// Reads `paths`, in the order given. A folder is read recursively, its files in order of
    /// their path relative to it, skipping hidden files and folders and files of other types. A
    /// file named directly with another extension is a ``SkippedInput``.
    ///
    /// - Throws: ``CorpusError`` when a path does not exist or a folder cannot be listed.
    /// - Complexity: O(*n*) in the total size of the files read.
    public func read(_ paths: [String]) throws -> [CorpusItem] {
        var items: [CorpusItem] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CorpusError(path: path, message: "\(path): no such file or folder")
            }
            if isFolder.boolValue {
                for entry in try listing(path) {
                    switch entry {
                    case .file(let relative):
                        items += readFile(atPath: (path as NSString).appendingPathComponent(relative), name: relative)
                    case .unlistable(let skipped):
                        items.append(.skipped(skipped))
                    }
                }
            } else {
                items += readFile(atPath: path, name: (path as NSString).lastPathComponent)
            }
        }
        return items
    }

    /// What kind of special file `path` is (a named pipe, a device, a socket), or nil for a regular file or one
    /// that cannot be examined (reading it then says why). Links are followed.
    static func specialFileKind(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    /// The items of one file, named `name`: one for an article file, one per line for `.jsonl`.
    func readFile(atPath path: String, name: String) -> [CorpusItem] {
        let fileExtension = (name as NSString).pathExtension.lowercased()
        guard Self.supportedExtensions.contains(fileExtension) else {
            let type =
                fileExtension.isEmpty
                ? "unsupported file type (no extension)" : "unsupported file type .\(fileExtension)"
            let supported = Self.supportedExtensions.map { "." + $0 }.joined(separator: ", ")
            return [.skipped(SkippedInput(name: name, reason: "\(type); readable types are \(supported)"))]
        }
        if let kind = Self.specialFileKind(path) {
            return [.skipped(SkippedInput(name: name, reason: "not a regular file but \(kind); give files or folders of articles"))]
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return [.skipped(SkippedInput(name: name, reason: "cannot be read: \(error.localizedDescription)"))]
        }
        if fileExtension == "jsonl" {
            return JSONLinesFormat.items(data, fileName: (name as NSString).lastPathComponent)
        }
        switch TextDecoding.decode(data) {
        case .failure(let problem):
            return [.skipped(SkippedInput(name: name, reason: problem.description))]
        case .success(let text):
            return [article(text, name: name, fileExtension: fileExtension)]
        }
    }

    private func article(_ text: String, name: String, fileExtension: String) -> CorpusItem {
        let cleaned: (title: String, date: String?, paragraphs: [String])
        switch fileExtension {
        case "md", "markdown":
            let markdown = MarkdownFormat.read(text)
            cleaned = ArticleCleaner.clean(markdown.lines, title: markdown.title, inferTitle: true, date: markdown.date)
        case "html", "htm":
            let page = HTMLText(parsing: text)
            cleaned = ArticleCleaner.clean(page.paragraphs, title: page.title, inferTitle: true, date: page.date)
        default:
            cleaned = ArticleCleaner.clean(PlainTextFormat.logicalLines(text), title: nil, inferTitle: true, date: nil)
        }
        guard !cleaned.title.isEmpty || !cleaned.paragraphs.isEmpty else {
            return .skipped(SkippedInput(name: name, reason: "empty: no article text"))
        }
        return .document(Document(name: name, title: cleaned.title, date: cleaned.date, paragraphs: cleaned.paragraphs))
    }

    private enum Entry {
        case file(String)
        case unlistable(SkippedInput)
    }

    /// The supported files under `folder`, as paths relative to it, sorted; hidden entries
    /// skipped; symbolic links followed once (a link back up the tree is not followed again).
    private func listing(_ folder: String) throws -> [Entry] {
        let manager = FileManager.default
        var entries: [(path: String, entry: Entry)] = []
        var visited: Set<String> = []
        func walk(_ relative: String) throws {
            let absolute = relative.isEmpty ? folder : (folder as NSString).appendingPathComponent(relative)
            guard visited.insert(URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path).inserted else { return }
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: absolute)
            } catch {
                guard !relative.isEmpty else {
                    throw CorpusError(
                        path: folder, message: "\(folder): cannot list folder (\(error.localizedDescription))")
                }
                let skipped = SkippedInput(name: relative, reason: "cannot list folder: \(error.localizedDescription)")
                entries.append((relative, .unlistable(skipped)))
                return
            }
            for name in names where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : (relative as NSString).appendingPathComponent(name)
                var isFolder: ObjCBool = false
                guard
                    manager.fileExists(
                        atPath: (folder as NSString).appendingPathComponent(child), isDirectory: &isFolder)
                else {
                    continue
                }
                if isFolder.boolValue {
                    try walk(child)
                } else if Self.supportedExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    entries.append((child, .file(child)))
                }
            }
        }
        try walk("")
        return entries.sorted { $0.path < $1.path }.map(\.entry)
    }
}

extension CorpusError: LocalizedError {
    public var errorDescription: String? { message }
}
