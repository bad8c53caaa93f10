import Dispatch
import Synchronization

/// Work on a long list cut into blocks, the blocks run on every core, the results in list order.
/// Used where each item's work depends on that item alone: a bid's gates, a vendor's subtotals,
/// a bid's checks.
///
/// ```swift
/// let totals = Blocks.map(vendors.count) { position in vendors[position].points.reduce(.zero, +) }
/// ```
enum Blocks {
    /// Items to a block: enough to outweigh handing a block to a core, small enough to share
    /// the work out evenly.
    static let size = 256

    /// `body` of each block of positions below `count`, in order.
    static func eachBlock<Result: Sendable>(_ count: Int, _ body: @Sendable (Range<Int>) -> Result) -> [Result] {
        let blocks = (count + size - 1) / size
        let results = Mutex<[Result?]>(Array(repeating: nil, count: blocks))
        DispatchQueue.concurrentPerform(iterations: blocks) { block in
            let result = body((block * size)..<min((block + 1) * size, count))
            results.withLock { $0[block] = result }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// `body` of each position below `count`, in order.
    static func map<Result: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        eachBlock(count) { range in range.map(body) }.flatMap { $0 }
    }
}
