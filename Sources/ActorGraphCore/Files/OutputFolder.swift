import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder whose files are replaced as one set: readers find the files as they were or all the new ones, never
/// new `network.json` beside an old `network.svg`, even when the writer is killed or another writer runs at once.
///
/// ```swift
/// try OutputFolder(URL(fileURLWithPath: "Graphs")).replace(with: ["network.json": json, "network.svg": svg])
/// ```
///
/// The files stay plain files in the folder, because the folder is the user's: it holds other files, is often
/// committed to git, and people diff `Graphs/network.json`. POSIX renames one name at a time, so replacing several
/// is a small transaction, kept in a hidden directory inside the folder (inside, so it is on the same file system
/// and needs no write access to the folder's parent):
///
/// 1. Lock: an exclusive `flock` on the folder itself, held until the write is done. The kernel drops it when the
///    process ends, however it ends, so a killed writer never blocks the next, and no lock file is left behind.
/// 2. Settle what a killed writer left (see `settle(_:)`).
/// 3. Stage: a fresh directory `.graph-staging-<random>`, made like `mkdtemp` (mode 0700, 80 random bits, fails
///    rather than follow anything already there) receives every file, each created with
///    `O_CREAT | O_EXCL | O_NOFOLLOW` and flushed to disk. No name a writer uses can be guessed, and no existing
///    file or planted symbolic link is ever opened for writing.
/// 4. Commit: the directory is renamed `.graph-committed-<same random>`. From here the new set wins.
/// 5. Install: each file is renamed over its old name (a rename replaces a symbolic link, never what it points to),
///    and the empty directory removed.
///
/// A writer killed before the commit leaves the old files and a staging directory; one killed after it, whole
/// files of both sets and a committed directory holding the new files not yet moved. The next write into the
/// folder settles either under the lock (so never a live writer's directory): a staging directory is deleted,
/// a committed one finished, and the folder again holds one complete set and nothing else. A command that reads
/// from the folder finishes a committed one first (`finishInterruptedWrite()`), so it never reads a mix. Until
/// then the committed directory's presence marks the folder as holding one.
///
/// Swapping the whole folder (`renameat2` with `RENAME_EXCHANGE`) would replace the user's other files too, and
/// symbolic links to a generation directory would put links, not files, in git and in diffs.
public struct OutputFolder: Sendable {
    static let stagingPrefix = ".graph-staging-"
    static let committedPrefix = ".graph-committed-"

    /// The folder; created with its parents if missing.
    public let url: URL

    public init(_ url: URL) {
        self.url = url
    }

    /// A file's contents: bytes made beforehand, or pieces made while the file is written, so that a large file
    /// (a `network.json` of a big corpus) is never held whole. `pieces` hands each piece, in order, to the function
    /// it is given; what it throws stops the write as a failed write does.
    public enum Contents {
        case bytes(Data)
        case pieces((_ write: (Data) throws -> Void) throws -> Void)
    }

    /// Replaces the files named by the keys of `files` (plain names, no `/`) with the values, all together.
    ///
    /// Throws a `FileWriteError` if a file cannot be written; before the commit the folder is left as it was, after
    /// it the next write finishes this one.
    public func replace(with files: [String: Data]) throws {
        try replace(writing: files.mapValues(Contents.bytes))
    }

    /// ``replace(with:)`` for contents that may come in pieces.
    public func replace(writing files: [String: Contents]) throws {
        let folder = try lockedFolder()
        let names = files.keys.sorted()
        for name in names where folder.status(of: name).map({ $0.st_mode & S_IFMT == S_IFDIR }) == true {
            throw FileWriteError(path: folder.path + "/" + name, reason: "a folder has that name")
        }
        let id = Self.randomID()
        let staging = try Self.makeStagingDirectory(named: Self.stagingPrefix + id, in: folder)
        do {
            for name in names {
                let file = try Descriptor(
                    at: staging, name, flags: O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                    path: folder.path + "/" + name)
                switch files[name]! {
                case .bytes(let data): try file.writeAll(data)
                case .pieces(let make): try make(file.writeAll)
                }
                try file.sync()
            }
            try staging.sync()
            try folder.move(Self.stagingPrefix + id, to: folder, as: Self.committedPrefix + id)
        } catch {
            try? Self.discard(staging, named: Self.stagingPrefix + id, in: folder)
            throw error
        }
        try folder.sync()
        try Self.finish(staging, named: Self.committedPrefix + id, in: folder)
    }

    /// Finishes or discards what writers killed in this folder left (see the type's comment), under the lock: what
    /// every write does first, on its own.
    func settle() throws {
        _ = try lockedFolder()
    }

    /// Finishes a write that was killed after its commit, so that a reader of the folder finds one whole set: what
    /// commands that read a file from the folder do first, as a database finishes its journal on opening. Takes
    /// the lock only when a committed directory is there (waiting for a writer still at work), and gives up
    /// quietly where it cannot: the files are then read as they are.
    public func finishInterruptedWrite() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path),
            names.contains(where: { $0.hasPrefix(Self.committedPrefix) })
        else { return }
        try? settle()
    }

    /// The folder, created if missing, opened, locked and settled; the lock lasts as long as the value.
    private func lockedFolder() throws -> Descriptor {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw FileWriteError(path: url.path, reason: "cannot make the folder (\(error.localizedDescription))")
        }
        let folder = try Descriptor(opening: url.path, flags: O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        try folder.lockExclusively()
        try Self.settle(folder)
        return folder
    }

    /// Settles every leftover directory of ours in `folder`: one named with our prefixes, a real directory (not a
    /// link to one) owned by this user. Anything else is not ours and is left alone.
    private static func settle(_ folder: Descriptor) throws {
        for name in try folder.entries().sorted() {
            let committed = name.hasPrefix(committedPrefix)
            guard committed || name.hasPrefix(stagingPrefix),
                let leftover = try? Descriptor(
                    at: folder, name, flags: O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC),
                try leftover.status().st_uid == geteuid()
            else { continue }
            if committed {
                try finish(leftover, named: name, in: folder)
            } else {
                try discard(leftover, named: name, in: folder)
            }
        }
    }

    /// Moves every file of the committed `directory` into `folder`, then removes the directory.
    private static func finish(_ directory: Descriptor, named name: String, in folder: Descriptor) throws {
        for file in try directory.entries().sorted() {
            try directory.move(file, to: folder, as: file)
        }
        try folder.remove(name, isDirectory: true)
        try folder.sync()
    }

    /// Deletes the uncommitted `directory` and the files in it.
    private static func discard(_ directory: Descriptor, named name: String, in folder: Descriptor) throws {
        for file in try directory.entries() {
            try directory.remove(file)
        }
        try folder.remove(name, isDirectory: true)
    }

    /// A new directory `name` in `folder`, private to this user, that nothing else had the name of.
    private static func makeStagingDirectory(named name: String, in folder: Descriptor) throws -> Descriptor {
        try folder.makeDirectory(name, mode: 0o700)
        let directory = try Descriptor(at: folder, name, flags: O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard try directory.status().st_uid == geteuid() else {
            throw FileWriteError(path: directory.path, reason: "replaced by another user's folder while writing")
        }
        return directory
    }

    /// 16 characters of base 32 from the system's secure generator: 80 bits nobody can guess.
    private static func randomID() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet[Int(generator.next() % 32)] })
    }
}
