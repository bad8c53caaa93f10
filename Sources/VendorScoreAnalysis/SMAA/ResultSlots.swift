import Synchronization

/// One slot per concurrent task, filled in any order and read in index order.
final class ResultSlots<T: Sendable>: Sendable {
    private let slots: Mutex<[T?]>

    init(count: Int) {
        slots = Mutex([T?](repeating: nil, count: count))
    }

    func store(_ value: T, at index: Int) {
        slots.withLock { $0[index] = value }
    }

    func take(_ index: Int) -> T {
        slots.withLock { $0[index]! }
    }
}
