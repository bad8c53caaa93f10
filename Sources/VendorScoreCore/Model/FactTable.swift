/// A bid's facts by name: a sorted array rather than a dictionary, because a large tender holds
/// hundreds of thousands of facts and a dictionary's spare buckets would nearly double their
/// memory. Lookups are a binary search over a few dozen names.
///
/// ```swift
/// let facts: FactTable = ["sla_availability": Fact(.percent(99_99 / 100), at: location)]
/// facts["sla_availability"]?.value   // .percent(99.99)
/// ```
public struct FactTable: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (name: String, fact: Fact)

    /// Sorted by name, names unique.
    private var entries: [Element]

    public init() {
        entries = []
    }

    /// Facts from `(name, fact)` pairs in any order; a repeated name keeps its last fact.
    public init(_ facts: some Sequence<(String, Fact)>) {
        var entries = facts.map { (name: $0.0, fact: $0.1) }
        entries.sort { $0.name < $1.name }
        var unique: [Element] = []
        unique.reserveCapacity(entries.count)
        for entry in entries {
            if unique.last?.name == entry.name { unique[unique.count - 1] = entry } else { unique.append(entry) }
        }
        self.entries = unique
    }

    public init(dictionaryLiteral elements: (String, Fact)...) {
        self.init(elements)
    }

    public init(_ dictionary: [String: Fact]) {
        self.init(dictionary.map { ($0.key, $0.value) })
    }

    public subscript(name: String) -> Fact? {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].name < name { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && entries[low].name == name ? entries[low].fact : nil
    }

    /// The names, sorted.
    public var names: [String] { entries.map(\.name) }
    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    public func makeIterator() -> IndexingIterator<[Element]> {
        entries.makeIterator()
    }
}
