/// A bid's facts by name: a sorted array rather than a dictionary, because a large tender holds
/// hundreds of thousands of facts and a dictionary's spare buckets would nearly double their
/// memory. Lookups are a binary search over a few dozen names.
///
/// ```swift
/// let facts: FactTable = ["sla_availability": Fact(.percent(99_99 / 100), at: location)]
/// facts["sla_availability"]?.value   // .percent(99.99)
/// ```
public struct FactTable: Sendable, Sequence, Equatable, ExpressibleByDictionaryLiteral {
    public typealias Element = (name: String, fact: Fact)

    // Parallel arrays sorted by name: the binary search reads names only, without copying facts
    // along, and tables stating the same facts share their names. A bid's facts all come from one
    // file (and sheet), so where each was written is kept as its line and column only, with the
    // file once per table: a `Fact` with its own file name would take 64 bytes, a value and a
    // mark take 32.
    private var names: FactNames
    private var values: [FactValue]
    private var marks: [Mark]
    /// The file (and sheet) every fact was written in: the first fact's location.
    private var origin: SourceLocation?
    /// Every fact's location, only when the facts come from more than one file or sheet.
    private var locations: [SourceLocation]?

    public init() {
        names = .empty
        values = []
        marks = []
    }

    /// Facts from `(name, fact)` pairs in any order; a repeated name keeps its last fact.
    public init(_ pairs: some Sequence<(String, Fact)>) {
        self.init(pairs, sharing: nil)
    }

    /// Facts from pairs, sharing the names of `previous` when they are the same (see
    /// ``init(names:values:marks:origin:locations:sharing:order:)``).
    init(_ pairs: some Sequence<(String, Fact)>, sharing previous: FactTable?) {
        let pairs = Array(pairs)
        let first = pairs.first?.1.location
        let oneFile = pairs.allSatisfy { $0.1.location.file == first?.file && $0.1.location.sheet == first?.sheet }
        self.init(names: pairs.map(\.0), values: pairs.map(\.1.value), marks: pairs.map(\.1.location.mark), origin: first,
                  locations: oneFile ? nil : pairs.map(\.1.location), sharing: previous)
    }

    /// Facts given as parallel arrays in the order written, all from the file of `origin`
    /// (`locations` gives each fact's own location when they are not). A repeated name keeps its
    /// last fact.
    ///
    /// `sharing`, the table of the bid read before, lends its sorted names when they are the same:
    /// bids list the same facts, and ten thousand bids then hold one array of names instead of
    /// ten thousand.
    ///
    /// `order` is ``order(of:)`` of the names when the caller already has it: the bid before
    /// wrote the same names in the same order.
    init(names written: [String], values: [FactValue], marks: [Mark], origin: SourceLocation?, locations: [SourceLocation]? = nil,
         sharing previous: FactTable?, order: [Int]? = nil) {
        self.init()
        self.origin = written.isEmpty ? nil : origin
        let order = order ?? Self.order(of: written)
        var names: [String] = []
        names.reserveCapacity(written.count)
        self.values.reserveCapacity(written.count)
        self.marks.reserveCapacity(written.count)
        var all: [SourceLocation] = []
        for index in order {
            let name = written[index]
            if names.last == name {
                self.values[self.values.count - 1] = values[index]
                self.marks[self.marks.count - 1] = marks[index]
                if let locations { all[all.count - 1] = locations[index] }
            } else {
                names.append(name)
                self.values.append(values[index])
                self.marks.append(marks[index])
                if let locations { all.append(locations[index]) }
            }
        }
        if locations != nil { self.locations = all }
        if let previous, previous.names.strings == names {
            self.names = previous.names
        } else {
            self.names = names.isEmpty ? .empty : FactNames(names)
        }
    }

    /// The positions of names written in this order, sorted by name, equal names in the order
    /// written: a stable sort, so the last of equal names is the one a table keeps. Names alone
    /// are compared, not whole facts, to keep the sort cheap.
    static func order(of written: [String]) -> [Int] {
        written.indices.sorted { written[$0] < written[$1] || (written[$0] == written[$1] && $0 < $1) }
    }

    /// Tables are equal when they hold the same facts, each written at the same place, however
    /// they store them.
    public static func == (lhs: FactTable, rhs: FactTable) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0.name == $1.name && $0.fact == $1.fact }
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

    /// Where the fact stands in the table, for ``value(at:)`` and ``kind(at:)``: the same in
    /// every table that ``sharesNames(with:)`` this one.
    func position(of name: String) -> Int? {
        names.position(of: name)
    }

    func value(at position: Int) -> FactValue {
        values[position]
    }

    /// The kind of the value at `position`, without copying the value.
    func kind(at position: Int) -> FactKind {
        values[position].kind
    }

    /// Whether the other table states the same facts and shares this one's names with it, as
    /// tables read one after another do.
    func sharesNames(with other: FactTable) -> Bool {
        names === other.names
    }

    /// The names, sorted.
    public var sortedNames: [String] { names.strings }
    public var count: Int { names.count }
    public var isEmpty: Bool { names.count == 0 }

    public struct Iterator: IteratorProtocol {
        fileprivate let table: FactTable
        fileprivate var index = 0

        public mutating func next() -> Element? {
            guard index < table.names.count else { return nil }
            defer { index += 1 }
            return (table.names.strings[index], table.fact(at: index))
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(table: self)
    }
}
