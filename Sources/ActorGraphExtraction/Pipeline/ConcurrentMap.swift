import Foundation

/// `transform(0)`, ..., `transform(count - 1)` on `workers` threads at once, each thread taking the next index not
/// yet taken (so one slow item holds up only its own thread), the results in index order whatever order they
/// finish in.
///
///     concurrentMap(count: 4, workers: 2) { $0 * $0 }   // [0, 1, 4, 9]
///
/// - Complexity: that of `transform` over every index, shared among the workers.
func concurrentMap<T: Sendable>(count: Int, workers: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    let slots = Slots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: min(workers, count)) { _ in
        while let index = slots.take() {
            slots.store(transform(index), at: index)
        }
    }
    return slots.values
}

/// Results written from many threads, each to its own slot, and the next index to hand out.
private final class Slots<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private var next = 0
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ value: T, at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = value
    }

    var values: [T] {
        slots.map { $0! }
    }
}
