/// The values a ``Phrase`` quotes, by name, written as a dictionary literal.
///
/// They are kept in the order of their names' UTF-8 bytes, the order a document or a record
/// writes them in. A detailed evaluation builds a few phrases for every criterion of every bid,
/// so a phrase's values are a short sorted list: made without hashing, written without sorting,
/// and looked up by going through a handful of names.
///
/// ```swift
/// let values: PhraseValues = ["price": .amount(9_860_000), "benchmark": .amount(8_900_000)]
/// values["price"]          // .amount(9860000)
/// values.map(\.key)        // ["benchmark", "price"]
/// ```
public struct PhraseValues: Sendable, Hashable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: PhraseValue)

    private var entries: [(String, PhraseValue)]

    /// Values from `(name, value)` pairs in any order; a repeated name keeps its last value.
    public init(dictionaryLiteral elements: (String, PhraseValue)...) {
        self.init(pairs: elements)
    }

    /// The values of a dictionary.
    public init(_ values: [String: PhraseValue]) {
        self.init(pairs: values.map { ($0.key, $0.value) })
    }

    private init(pairs: [(String, PhraseValue)]) {
        entries = []
        entries.reserveCapacity(pairs.count)
        // An insertion sort: a phrase has a few values.
        for (key, value) in pairs {
            var index = entries.endIndex
            while index > 0, key.precedesInUTF8(entries[index - 1].0) { index -= 1 }
            if index > 0, entries[index - 1].0 == key {
                entries[index - 1].1 = value
            } else {
                entries.insert((key, value), at: index)
            }
        }
    }

    /// The value of `name`, or `nil`; setting `nil` removes it.
    public subscript(name: String) -> PhraseValue? {
        get { position(of: name).map { entries[$0].1 } }
        set {
            switch (position(of: name), newValue) {
            case (let index?, let value?): entries[index].1 = value
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): self = PhraseValues(pairs: entries + [(name, value)])
            case (nil, nil): break
            }
        }
    }

    private func position(of name: String) -> Int? {
        entries.firstIndex { $0.0 == name }
    }

    public var startIndex: Int { entries.startIndex }
    public var endIndex: Int { entries.endIndex }
    public subscript(position: Int) -> Element { (entries[position].0, entries[position].1) }

    public static func == (lhs: PhraseValues, rhs: PhraseValues) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries.count)
        for (key, value) in entries {
            hasher.combine(key)
            hasher.combine(value)
        }
    }
}
