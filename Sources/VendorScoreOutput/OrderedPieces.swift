import Dispatch
import Foundation
import Synchronization

/// Encodes a long list a batch at a time on every core and hands the bytes on in list order:
/// the documents of ten thousand vendors take seconds to write on one core, and each vendor's
/// bytes depend on nothing but the vendor.
///
/// ```swift
/// try OrderedPieces.write(vendors.indices, batch: { range in range.map { vendors[$0] } }) { vendor, index, json in
///     if index > 0 { json.raw([UInt8(ascii: ",")]) }
///     vendor.write(to: &json)
/// } to: { bytes in try file.write(contentsOf: bytes) }
/// ```
package enum OrderedPieces {
    /// Items per core in one batch: enough to keep the cores busy, few enough that a batch's
    /// bytes stay a few megabytes.
    static let itemsPerCore = 64

    /// For each batch of positions in `positions`, takes the batch's items (`batch`, on this
    /// thread), encodes them on every core (`encode`, given the item, its position and a writer
    /// made by `writer`), and hands each core's bytes to `write` in order, then calls `done` with
    /// the batch's positions before the next batch is taken.
    package static func write<Item: Sendable>(
        _ positions: Range<Int>, writer: @escaping @Sendable () -> JSONWriter = { JSONWriter(pretty: false) },
        batch: (Range<Int>) -> [Item], encode: @escaping @Sendable (Item, Int, inout JSONWriter) -> Void,
        to write: ([UInt8]) throws -> Void, done: (Range<Int>) -> Void = { _ in }
    ) rethrows {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var start = positions.lowerBound
        while start < positions.upperBound {
            let range = start..<min(start + width * itemsPerCore, positions.upperBound)
            let items = batch(range)
            let parts = min(width, items.count)
            let pieces = Mutex<[[UInt8]]>(Array(repeating: [], count: parts))
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                var json = writer()
                let share = (items.count + parts - 1) / parts
                for offset in (part * share)..<min((part + 1) * share, items.count) {
                    encode(items[offset], range.lowerBound + offset, &json)
                }
                let bytes = json.bytes
                pieces.withLock { $0[part] = bytes }
            }
            for piece in pieces.withLock({ $0 }) where !piece.isEmpty { try write(piece) }
            done(range)
            start = range.upperBound
        }
    }
}
