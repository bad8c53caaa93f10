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

    // Two parallel arrays sorted by name: the binary search reads names only, without copying
    // facts along.
    private var names: [String]
    private var facts: [Fact]

    public init() {
        names = []
        facts = []
    }

    /// Facts from `(name, fact)` pairs in any order; a repeated name keeps its last fact.
    public init(_ pairs: some Sequence<(String, Fact)>) {
        let pairs = Array(pairs)
        // Stable sort of positions, so the last of equal names is the one kept below.
        let order = pairs.indices.sorted { pairs[$0].0 < pairs[$1].0 || (pairs[$0].0 == pairs[$1].0 && $0 < $1) }
        names = []
        facts = []
        names.reserveCapacity(pairs.count)
        facts.reserveCapacity(pairs.count)
        for index in order {
            if names.last == pairs[index].0 {
                facts[facts.count - 1] = pairs[index].1
            } else {
                names.append(pairs[index].0)
                facts.append(pairs[index].1)
            }
        }
    }

    public init(dictionaryLiteral elements: (String, Fact)...) {
        self.init(elements)
    }

    public init(_ dictionary: [String: Fact]) {
        self.init(dictionary.map { ($0.key, $0.value) })
    }

    public subscript(name: String) -> Fact? {
        position(of: name).map { facts[$0] }
    }

    /// The fact's value alone, without copying where it was written.
    public func value(_ name: String) -> FactValue? {
        position(of: name).map { facts[$0].value }
    }

    private func position(of name: String) -> Int? {
        var low = 0
        var high = names.count
        while low < high {
            let middle = (low + high) / 2
            if names[middle] < name { low = middle + 1 } else { high = middle }
        }
        return low < names.count && names[low] == name ? low : nil
    }

    /// The names, sorted.
    public var sortedNames: [String] { names }
    public var count: Int { names.count }
    public var isEmpty: Bool { names.isEmpty }

    public struct Iterator: IteratorProtocol {
        fileprivate let table: FactTable
        fileprivate var index = 0

        public mutating func next() -> Element? {
            guard index < table.names.count else { return nil }
            defer { index += 1 }
            return (table.names[index], table.facts[index])
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(table: self)
    }
}
