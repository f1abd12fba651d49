import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open file or directory, closed when the value goes away, with the few POSIX calls `OutputFolder` makes.
///
/// Every name is taken relative to an open directory (`openat`, `renameat`, `unlinkat`), so a directory checked
/// once cannot be swapped for a symbolic link between two calls. Each call throws a `FileWriteError` that names
/// `path`, the file as the user knows it.
final class Descriptor {
    let fd: Int32
    /// The path that messages name.
    let path: String

    /// Opens `path` (following a symbolic link: the caller named it).
    init(opening path: String, flags: Int32) throws {
        fd = open(path, flags)
        self.path = path
        guard fd >= 0 else { throw FileWriteError(errno, path: path) }
    }

    /// Opens `name` inside `directory`; `O_CREAT` files are created with `mode` (less the umask).
    init(at directory: Descriptor, _ name: String, flags: Int32, mode: mode_t = 0o666, path: String? = nil) throws {
        fd = openat(directory.fd, name, flags, mode)
        let code = errno
        self.path = path ?? directory.path + "/" + name
        guard fd >= 0 else { throw FileWriteError(code, path: self.path) }
    }

    deinit {
        close(fd)
    }

    /// Writes all of `data`, however many calls it takes.
    func writeAll(_ data: Data) throws {
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var written = 0
            while written < bytes.count {
                let count = write(fd, bytes.baseAddress! + written, bytes.count - written)
                if count < 0 {
                    guard errno == EINTR else { throw FileWriteError(errno, path: path) }
                    continue
                }
                written += count
            }
        }
    }

    /// Flushes what was written (to a file, or to a directory's list of names) to the disk.
    func sync() throws {
        guard fsync(fd) == 0 else { throw FileWriteError(errno, path: path) }
    }

    /// Waits for an exclusive `flock`, which lasts until this descriptor is closed or the process ends.
    func lockExclusively() throws {
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw FileWriteError(errno, path: path) }
        }
    }

    /// The names in this directory, without `.` and `..`.
    func entries() throws -> [String] {
        let copy = dup(fd)
        guard copy >= 0, let stream = fdopendir(copy) else {
            let code = errno
            if copy >= 0 { close(copy) }
            throw FileWriteError(code, path: path)
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// What `name` in this directory is, without following a symbolic link; nil when nothing has that name.
    func status(of name: String) -> stat? {
        var result = stat()
        return fstatat(fd, name, &result, AT_SYMLINK_NOFOLLOW) == 0 ? result : nil
    }

    /// This file's owner and permissions.
    func status() throws -> stat {
        var result = stat()
        guard fstat(fd, &result) == 0 else { throw FileWriteError(errno, path: path) }
        return result
    }

    /// Makes the directory `name` here; fails if anything, a symbolic link included, already has the name.
    func makeDirectory(_ name: String, mode: mode_t) throws {
        guard mkdirat(fd, name, mode) == 0 else { throw FileWriteError(errno, path: path + "/" + name) }
    }

    /// Moves `name` from this directory to `newName` in `directory`, replacing what had that name.
    func move(_ name: String, to directory: Descriptor, as newName: String) throws {
        guard renameat(fd, name, directory.fd, newName) == 0 else {
            throw FileWriteError(errno, path: directory.path + "/" + newName)
        }
    }

    /// Removes the name `name` from this directory (the link itself, never what a link points to).
    func remove(_ name: String, isDirectory: Bool = false) throws {
        guard unlinkat(fd, name, isDirectory ? AT_REMOVEDIR : 0) == 0 else {
            throw FileWriteError(errno, path: path + "/" + name)
        }
    }
}
