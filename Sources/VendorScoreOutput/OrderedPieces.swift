import Dispatch
import Foundation
import Synchronization

/// Encodes a long list a batch at a time on every core and hands the bytes on in list order:
/// the documents of ten thousand vendors take seconds to write on one core, and each vendor's
/// bytes depend on nothing but the vendor. While one batch's bytes are handed on (hashed and
/// written, say), the next batch is being encoded.
///
/// ```swift
/// try OrderedPieces.write(vendors.indices, batch: { range in range.map { vendors[$0] } }, encode: { vendor, index, json in
///     if index > 0 { json.raw([UInt8(ascii: ",")]) }
///     vendor.write(to: &json)
/// }, to: { bytes in try file.write(contentsOf: bytes) })
/// ```
package enum OrderedPieces {
    /// Items per core in one batch: enough to keep the cores busy, few enough that the batches
    /// in hand stay small (measured on ten thousand vendors: 16 beat 8 and 64 in time and memory).
    static let itemsPerCore = 16
    /// Parts a batch is cut into per core.
    static let partsPerCore = 4

    /// For each batch of positions in `positions`, takes the batch's items (`batch`, on this
    /// thread), encodes them on every core (`encode`, given the item, its position and a writer
    /// made by `writer`), and hands each core's bytes to `write` in order, then calls `done` with
    /// the batch's positions. At most two batches are in hand at once: a batch is taken while the
    /// one before it is encoded, and done before the one after it is taken.
    package static func write<Item: Sendable>(
        _ positions: Range<Int>, writer: @escaping @Sendable () -> JSONWriter = { JSONWriter(pretty: false) },
        batch: (Range<Int>) -> [Item], encode: @escaping @Sendable (Item, Int, inout JSONWriter) -> Void,
        to write: ([UInt8]) throws -> Void, done: (Range<Int>) -> Void = { _ in }
    ) rethrows {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var start = positions.lowerBound
        var inHand: (range: Range<Int>, encoding: Encoding)?
        repeat {
            var next: (range: Range<Int>, encoding: Encoding)?
            if start < positions.upperBound {
                let range = start..<min(start + width * itemsPerCore, positions.upperBound)
                next = (range, Encoding(batch(range), first: range.lowerBound, parts: width, writer: writer, encode: encode))
                start = range.upperBound
            }
            if let (range, encoding) = inHand {
                for piece in encoding.pieces where !piece.isEmpty { try write(piece) }
                done(range)
            }
            inHand = next
        } while inHand != nil
    }

    /// One batch being encoded on other cores.
    private final class Encoding: Sendable {
        private let result = Mutex<[[UInt8]]>([])
        private let group = DispatchGroup()

        init<Item: Sendable>(_ items: [Item], first: Int, parts width: Int, writer: @escaping @Sendable () -> JSONWriter,
                             encode: @escaping @Sendable (Item, Int, inout JSONWriter) -> Void) {
            DispatchQueue.global().async(group: group) { [self] in
                // Several parts per core, taken by whichever core is free: vendors differ in
                // length, and one part per core left the core that finished first waiting.
                let parts = min(width * partsPerCore, items.count)
                let pieces = Mutex<[[UInt8]]>(Array(repeating: [], count: parts))
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    var json = writer()
                    let share = (items.count + parts - 1) / parts
                    for offset in (part * share)..<min((part + 1) * share, items.count) {
                        encode(items[offset], first + offset, &json)
                    }
                    let bytes = json.bytes
                    pieces.withLock { $0[part] = bytes }
                }
                let encoded = pieces.withLock { $0 }
                result.withLock { $0 = encoded }
            }
        }

        /// The batch's bytes, one piece per part in order, once encoded.
        var pieces: [[UInt8]] {
            group.wait()
            return result.withLock { $0 }
        }
    }
}
