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
        try inputs(paths) { items += $0.read() }
        return items
    }

    /// Finds the inputs under `paths` in the order ``read(_:)`` reads them, and gives them to `body` one at a time
    /// without reading them: each file, but each line of a `.jsonl` file, which is read a chunk at a time
    /// (``JSONLinesFile``), so that memory does not grow with the size of the corpus.
    ///
    /// - Throws: ``CorpusError`` when a path does not exist or a folder cannot be listed; what `body` throws.
    public func inputs(_ paths: [String], _ body: (PendingInput) throws -> Void) throws {
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CorpusError(path: path, message: "\(path): no such file or folder")
            }
            if isFolder.boolValue {
                for entry in try listing(path) {
                    switch entry {
                    case .file(let relative):
                        try inputs(ofFile: (path as NSString).appendingPathComponent(relative), name: relative, body)
                    case .skipped(let skipped):
                        try body(PendingInput(source: .skipped(skipped), key: InputKey(name: skipped.name)))
                    }
                }
            } else {
                try inputs(ofFile: path, name: (path as NSString).lastPathComponent, body)
            }
        }
    }

    /// Gives `body` the lines of standard input as the lines of a `.jsonl` file read under `name`, numbered from
    /// `firstLine` on: a part of a file, with its lines named and ordered as a build of the whole file names and
    /// orders them.
    ///
    /// - Throws: ``CorpusError`` when standard input cannot be read; what `body` throws.
    public func standardInput(named name: String, firstLine: Int = 1, _ body: (PendingInput) throws -> Void) throws {
        guard try JSONLinesFile(path: nil, name: name, firstLine: firstLine).lines(body) else {
            throw CorpusError(path: "-", message: "standard input cannot be read: \(String(cString: strerror(errno)))")
        }
    }

    /// A `.jsonl` file's lines, or the file as one input.
    private func inputs(ofFile path: String, name: String, _ body: (PendingInput) throws -> Void) throws {
        if (name as NSString).pathExtension.lowercased() == "jsonl", Self.specialFileKind(path) == nil,
            try JSONLinesFile(path: path, name: name).lines(body)
        {
            return
        }
        try body(PendingInput(source: .file(path: path, name: name), key: InputKey(name: name)))
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
        if let unsupported = Self.unsupportedType(name) { return [.skipped(unsupported)] }
        if let kind = Self.specialFileKind(path) {
            return [.skipped(SkippedInput(name: name, reason: "not a regular file but \(kind); give files or folders of articles"))]
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return [.skipped(SkippedInput(name: name, reason: "cannot be read: \(error.localizedDescription)"))]
        }
        return read(data, name: name)
    }

    /// The items of a file's bytes, as ``read(_:)`` gives them for a file named `name`, whose extension says the
    /// format: one for an article file, one per line for `.jsonl`. Never throws: bytes that are no article are a
    /// ``SkippedInput`` saying why.
    ///
    ///     let items = CorpusReader().read(Data("Russia and India\n\nThey met.".utf8), name: "note.txt")
    public func read(_ data: Data, name: String) -> [CorpusItem] {
        if let unsupported = Self.unsupportedType(name) { return [.skipped(unsupported)] }
        let fileExtension = (name as NSString).pathExtension.lowercased()
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

    /// Why a file named `name` is not read, when its extension is not one of ``supportedExtensions``.
    private static func unsupportedType(_ name: String) -> SkippedInput? {
        let fileExtension = (name as NSString).pathExtension.lowercased()
        guard !supportedExtensions.contains(fileExtension) else { return nil }
        let type =
            fileExtension.isEmpty
            ? "unsupported file type (no extension)" : "unsupported file type .\(fileExtension)"
        let supported = supportedExtensions.map { "." + $0 }.joined(separator: ", ")
        return SkippedInput(name: name, reason: "\(type); readable types are \(supported)")
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
        case skipped(SkippedInput)
    }

    /// The supported files under `folder`, as paths relative to it, sorted; hidden entries skipped. Symbolic links
    /// are followed once: a link back up the tree is a skipped "symlink loop", a link to a folder already read is
    /// skipped naming it, and a link that leads nowhere (a broken symlink, or a loop of links) is skipped with that
    /// reason whatever its name, since it might have led to a folder. Real folders are read before linked ones, and
    /// each folder's entries in name order, so which path reads a folder reached twice does not depend on the order
    /// the file system lists them in.
    private func listing(_ folder: String) throws -> [Entry] {
        let manager = FileManager.default
        var entries: [(path: String, entry: Entry)] = []
        /// Each folder read, by its resolved path, with the relative path it was read under.
        var visited: [String: String] = [:]
        /// Links to folders, followed once every real folder has been read.
        var linkedFolders: [(relative: String, ancestors: Set<String>)] = []
        func skip(_ relative: String, _ reason: String) {
            entries.append((relative, .skipped(SkippedInput(name: relative, reason: reason))))
        }
        func walk(_ relative: String, ancestors: Set<String>) throws {
            let absolute = relative.isEmpty ? folder : (folder as NSString).appendingPathComponent(relative)
            let resolved = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
            if let first = visited[resolved] {
                let shown = first.isEmpty ? "." : first
                if ancestors.contains(resolved) {
                    skip(relative, "symlink loop: leads back to the folder \(shown) it is inside; not read again")
                } else {
                    skip(relative, "links to the folder \(shown), already read; not read twice")
                }
                return
            }
            visited[resolved] = relative
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: absolute)
            } catch {
                guard !relative.isEmpty else {
                    throw CorpusError(
                        path: folder, message: "\(folder): cannot list folder (\(error.localizedDescription))")
                }
                skip(relative, "cannot list folder: \(error.localizedDescription)")
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : (relative as NSString).appendingPathComponent(name)
                let childPath = (folder as NSString).appendingPathComponent(child)
                if let problem = Self.deadLinkProblem(childPath) {
                    skip(child, problem)
                    continue
                }
                var isFolder: ObjCBool = false
                guard manager.fileExists(atPath: childPath, isDirectory: &isFolder) else { continue }
                if isFolder.boolValue, Self.isSymbolicLink(childPath) {
                    linkedFolders.append((child, ancestors.union([resolved])))
                } else if isFolder.boolValue {
                    try walk(child, ancestors: ancestors.union([resolved]))
                } else if Self.supportedExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    entries.append((child, .file(child)))
                }
            }
        }
        try walk("", ancestors: [])
        while !linkedFolders.isEmpty {
            let link = linkedFolders.removeFirst()
            try walk(link.relative, ancestors: link.ancestors)
        }
        return entries.sorted { $0.path < $1.path }.map(\.entry)
    }

    /// Whether `path` is itself a symbolic link (not followed).
    static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    /// Why the symbolic link at `path` leads to nothing ("symlink loop", "broken symlink"), or nil when `path` is
    /// not a link or its target exists.
    static func deadLinkProblem(_ path: String) -> String? {
        var status = stat()
        guard isSymbolicLink(path), stat(path, &status) != 0 else {
            return nil
        }
        let failure = errno
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        switch failure {
        case ELOOP: return "symlink loop: the link to \(target) leads back to itself; fix or remove it"
        case ENOENT, ENOTDIR: return "broken symlink: points to \(target), which does not exist"
        default: return "symlink to \(target) cannot be followed: \(String(cString: strerror(failure)))"
        }
    }
}

extension CorpusError: LocalizedError {
    public var errorDescription: String? { message }
}
