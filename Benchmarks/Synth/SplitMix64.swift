/// A tiny seeded pseudo-random generator (SplitMix64), so the same seed gives the same data on
/// every machine and every Swift version. Not for anything but test data.
///
/// ```swift
/// var random = SplitMix64(seed: 42)
/// let zones = random.int(in: 1...4)
/// ```
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range`. Plain modulo: the tiny bias does not matter for test data, and
    /// unlike the standard library's `random(in:using:)` the result is fixed by this code alone.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % width)
    }

    /// True with the given chance, in percent.
    mutating func chance(_ percent: Int) -> Bool {
        int(in: 0...99) < percent
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[int(in: 0...(items.count - 1))]
    }

    /// Between `minimum` and `maximum` distinct items, in their original order.
    mutating func subset(of items: [String], minimum: Int, maximum: Int) -> [String] {
        var chosen = Array(items.indices)
        let count = int(in: minimum...min(maximum, items.count))
        // Partial Fisher–Yates: the first `count` positions become a random selection.
        for index in 0..<count {
            chosen.swapAt(index, int(in: index...(chosen.count - 1)))
        }
        return chosen.prefix(count).sorted().map { items[$0] }
    }
}
