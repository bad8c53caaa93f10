import Foundation

/// The sorted names of a fact table, shared by every table that states the same facts, with
/// their UTF-8 laid end to end in memory of its own.
///
/// Scorers look up every fact of every bid, on every core at once, and bids share one set of
/// names. Comparing the strings themselves retains and releases each one, and cores doing so on
/// the same strings wait on each other; comparing the bytes here touches no reference count.
final class FactNames: @unchecked Sendable {
    // @unchecked: the buffers are written once, in `init`, and only read after; `deinit` frees them.
    let strings: [String]
    /// Every name's UTF-8, one after another.
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Where each name's bytes end in `bytes`.
    private let ends: UnsafeMutableBufferPointer<Int>
    /// Whether every name is ASCII. Only then is the strings' order their bytes' order, and a
    /// name equal to another as a string (`K` and the Kelvin sign) equal to it in bytes.
    private let allASCII: Bool

    static let empty = FactNames([])

    /// Names already sorted as strings, without repeats.
    init(_ sorted: [String]) {
        strings = sorted
        ends = .allocate(capacity: sorted.count)
        var total = 0
        var ascii = true
        for (index, name) in sorted.enumerated() {
            total += name.utf8.count
            ends[index] = total
            ascii = ascii && Self.isASCII(name)
        }
        bytes = .allocate(capacity: total)
        var next = 0
        for name in sorted {
            for byte in name.utf8 {
                bytes[next] = byte
                next += 1
            }
        }
        allASCII = ascii
    }

    deinit {
        bytes.deallocate()
        ends.deallocate()
    }

    var count: Int { strings.count }

    /// Where `name` stands among the names, if it is one of them.
    func position(of name: String) -> Int? {
        if allASCII, let found = name.utf8.withContiguousStorageIfAvailable({ position(ofBytes: $0) }) {
            if let found { return found }
            // A miss in bytes is a miss unless the name, unlike every name here, is not ASCII.
            if Self.isASCII(name) { return nil }
        }
        return stringPosition(of: name)
    }

    private static func isASCII(_ name: String) -> Bool {
        name.utf8.allSatisfy { $0 < 0x80 }
    }

    private func position(ofBytes name: UnsafeBufferPointer<UInt8>) -> Int? {
        var low = 0
        var high = ends.count
        while low < high {
            let middle = (low + high) / 2
            if compare(middle, name) < 0 { low = middle + 1 } else { high = middle }
        }
        return low < ends.count && compare(low, name) == 0 ? low : nil
    }

    /// The name at `index` against `name`, in bytes: negative, zero or positive.
    private func compare(_ index: Int, _ name: UnsafeBufferPointer<UInt8>) -> Int {
        let start = index == 0 ? 0 : ends[index - 1]
        let length = ends[index] - start
        let common = min(length, name.count)
        if common > 0, let query = name.baseAddress {
            let order = memcmp(bytes.baseAddress! + start, query, common)
            if order != 0 { return Int(order) }
        }
        return length - name.count
    }

    private func stringPosition(of name: String) -> Int? {
        strings.withUnsafeBufferPointer { names in
            var low = 0
            var high = names.count
            while low < high {
                let middle = (low + high) / 2
                if names[middle] < name { low = middle + 1 } else { high = middle }
            }
            return low < names.count && names[low] == name ? low : nil
        }
    }
}
