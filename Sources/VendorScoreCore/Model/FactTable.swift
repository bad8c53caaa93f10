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

    // Parallel arrays sorted by name: the binary search reads names only, without copying facts
    // along. A bid's facts all come from one file (and sheet), so where each was written is kept
    // as its line and column only, with the file once per table: a `Fact` with its own file name
    // would take 64 bytes, a value and a mark take 32.
    private var names: [String]
    private var values: [FactValue]
    private var marks: [Mark]
    /// The file (and sheet) every fact was written in: the first fact's location.
    private var origin: SourceLocation?
    /// Every fact's location, only when the facts come from more than one file or sheet.
    private var locations: [SourceLocation]?

    public init() {
        names = []
        values = []
        marks = []
    }

    /// Facts from `(name, fact)` pairs in any order; a repeated name keeps its last fact.
    public init(_ pairs: some Sequence<(String, Fact)>) {
        let pairs = Array(pairs)
        // Stable sort of positions, so the last of equal names is the one kept below.
        let order = pairs.indices.sorted { pairs[$0].0 < pairs[$1].0 || (pairs[$0].0 == pairs[$1].0 && $0 < $1) }
        self.init()
        names.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        marks.reserveCapacity(pairs.count)
        let first = pairs.first?.1.location
        origin = first
        let oneFile = pairs.allSatisfy { $0.1.location.file == first?.file && $0.1.location.sheet == first?.sheet }
        var all: [SourceLocation] = []
        for index in order {
            let (name, fact) = pairs[index]
            if names.last == name {
                values[values.count - 1] = fact.value
                marks[marks.count - 1] = fact.location.mark
                if !oneFile { all[all.count - 1] = fact.location }
            } else {
                names.append(name)
                values.append(fact.value)
                marks.append(fact.location.mark)
                if !oneFile { all.append(fact.location) }
            }
        }
        if !oneFile { locations = all }
    }

    public init(dictionaryLiteral elements: (String, Fact)...) {
        self.init(elements)
    }

    public init(_ dictionary: [String: Fact]) {
        self.init(dictionary.map { ($0.key, $0.value) })
    }

    public subscript(name: String) -> Fact? {
        position(of: name).map { fact(at: $0) }
    }

    /// The fact's value alone, without building where it was written.
    public func value(_ name: String) -> FactValue? {
        position(of: name).map { values[$0] }
    }

    private func fact(at index: Int) -> Fact {
        if let locations { return Fact(values[index], at: locations[index]) }
        var location = origin!
        location.mark = marks[index]
        return Fact(values[index], at: location)
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
            return (table.names[index], table.fact(at: index))
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(table: self)
    }
}
