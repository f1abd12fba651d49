#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A read-only array in memory aligned to 2 MiB and, on Linux, marked for transparent huge pages.
///
/// The weight tables are tens of megabytes read at random, one feature at a time; with 4 KiB pages nearly every
/// look-up also misses the translation buffer, which costs about as much as the cache miss itself. With 2 MiB pages
/// the whole table is covered by a few dozen translation entries. Where the system does not grant huge pages this
/// is simply an aligned array.
final class HugePageArray<Element>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Element>
    let count: Int

    init(_ elements: [Element]) {
        count = elements.count
        let alignment = 2 << 20
        let bytes = max(MemoryLayout<Element>.stride * count, 1)
        let rounded = (bytes + alignment - 1) / alignment * alignment
        var raw: UnsafeMutableRawPointer?
        if posix_memalign(&raw, alignment, rounded) != 0 || raw == nil {
            raw = UnsafeMutableRawPointer.allocate(byteCount: rounded, alignment: MemoryLayout<Element>.alignment)
        }
        #if os(Linux)
            _ = madvise(raw, rounded, MADV_HUGEPAGE)
        #endif
        base = raw!.bindMemory(to: Element.self, capacity: count)
        _ = elements.withUnsafeBufferPointer { source in
            UnsafeMutableBufferPointer(start: base, count: count).initialize(fromContentsOf: source)
        }
    }

    deinit {
        base.deinitialize(count: count)
        free(base)
    }

    @inline(__always)
    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }
}
