/// Reads a bid straight from the parser's recorded events into a ``Bid``, without a node tree or
/// a `String` for every value: numbers, percentages and durations are read from the bytes, and
/// fact names are shared with the bid read before when they are the same.
///
/// It reads only bids that are plainly well formed: known keys, untagged values of the expected
/// kinds, nothing to report. For anything else (a problem, a tag, an id that is not ASCII, a price
/// written as `986万元`) it returns `nil`, and the bid is read from its tree by
/// ``BidsLoader/readBid(_:)``, which reports exactly what it always has. The two readers therefore
/// never disagree on a message; on a bid both read, they build the same ``Bid``.
struct BidEventReader {
    let file: String
    /// The facts of the bid read before, whose sorted names the next bid shares when it has the
    /// same facts.
    private var previousFacts: FactTable?
    /// The fact names of the bid read before, by position, for sharing their strings.
    private var recentNames: [String] = []
    /// The fact names the last table was made of, as written, and their sorted order.
    private var previousNames: [String] = []
    private var previousOrder: [Int] = []

    init(file: String) {
        self.file = file
    }

    private enum Field {
        case id, name, price, declarations, facts, scores

        static let words: [(Field, [UInt8])] = [(.id, Array("id".utf8)), (.name, Array("name".utf8)), (.price, Array("price".utf8)),
                                                (.declarations, Array("declarations".utf8)), (.facts, Array("facts".utf8)),
                                                (.scores, Array("scores".utf8))]
    }

    /// The bid whose mapping starts at event `start`, or `nil` when the tree reader must read it.
    mutating func read(_ events: YAMLEvents, at start: Int) -> Bid? {
        let list = events.events
        guard list[start].kind == .mappingStart, events.tag(at: start) == nil else { return nil }
        var id: String?
        var name: String?
        var price: Rational?
        var priceMark = list[start].mark
        var declarations = Declarations()
        var facts = FactTable()
        var scores: [String: [String: EvaluatorScore]] = [:]
        var position = start + 1
        while list[position].kind != .end {
            let value = position + 1
            guard isUntaggedScalar(events, position),
                  let field = events.withText(of: position, { text in Field.words.first { $0.1.elementsEqual(text) }?.0 })
            else { return nil }
            switch field {
            case .id:
                guard let text = identifier(events, value) else { return nil }
                id = text
            case .name:
                guard isUntaggedScalar(events, value), !events.isNull(at: value) else { return nil }
                name = events.string(at: value)
            case .price:
                guard case .number(let number)? = plainValue(events, value), number > 0 else { return nil }
                price = number
                priceMark = list[value].mark
            case .declarations:
                guard let read = readDeclarations(events, value) else { return nil }
                declarations = read
            case .facts:
                guard let read = readFacts(events, value) else { return nil }
                facts = read
            case .scores:
                guard let read = readScores(events, value) else { return nil }
                scores = read
            }
            position = events.end(of: value)
        }
        guard let id, let name, let price else { return nil }
        return Bid(id: id, name: name, price: price, declarations: declarations, facts: facts, evaluatorScores: scores,
                   location: SourceLocation(file: file, mark: list[start].mark),
                   priceLocation: SourceLocation(file: file, mark: priceMark))
    }

    private func isUntaggedScalar(_ events: YAMLEvents, _ index: Int) -> Bool {
        events.events[index].kind == .scalar && events.tag(at: index) == nil
    }

    /// An id of ASCII letters, digits, `-`, `_` and `.`; other letters are left to the tree reader.
    private func identifier(_ events: YAMLEvents, _ index: Int) -> String? {
        guard isUntaggedScalar(events, index), !events.isNull(at: index) else { return nil }
        let valid = events.withText(of: index) { bytes in
            !bytes.isEmpty && bytes.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                    return true
                default:
                    return false
                }
            }
        }
        return valid ? events.string(at: index) : nil
    }

    /// A scalar typed as an unquoted fact is (``FactValue/parse(_:)``), or as text when quoted;
    /// `nil` for null, a tag, a collection or a value that does not parse.
    private func plainValue(_ events: YAMLEvents, _ index: Int) -> FactValue? {
        guard isUntaggedScalar(events, index), !events.isNull(at: index) else { return nil }
        guard events.events[index].style.isPlain else { return .text(events.string(at: index)) }
        return events.withText(of: index) { bytes in try? FactValue.parse(utf8: bytes) { String(decoding: bytes, as: UTF8.self) } }
    }

    private func readDeclarations(_ events: YAMLEvents, _ start: Int) -> Declarations? {
        guard events.events[start].kind == .mappingStart, events.tag(at: start) == nil else { return nil }
        var declarations = Declarations()
        var position = start + 1
        while events.events[position].kind != .end {
            let value = position + 1
            guard isUntaggedScalar(events, position) else { return nil }
            switch events.string(at: position) {
            case "enterprise_size":
                guard isUntaggedScalar(events, value), !events.isNull(at: value),
                      let size = EnterpriseSize(rawValue: events.string(at: value)) else { return nil }
                declarations.enterpriseSize = size
            case "small_share":
                guard events.events[value].style.isPlain, case .percent(let share)? = plainValue(events, value) else { return nil }
                declarations.smallEnterpriseShare = share
            case "domestic_share":
                guard events.events[value].style.isPlain, case .percent(let share)? = plainValue(events, value) else { return nil }
                declarations.domesticShare = share
            default:
                return nil
            }
            position = events.end(of: value)
        }
        return declarations
    }

    private mutating func readFacts(_ events: YAMLEvents, _ start: Int) -> FactTable? {
        let list = events.events
        guard list[start].kind == .mappingStart, events.tag(at: start) == nil else { return nil }
        var names: [String] = []
        var values: [FactValue] = []
        var marks: [Mark] = []
        names.reserveCapacity(recentNames.count)
        values.reserveCapacity(recentNames.count)
        marks.reserveCapacity(recentNames.count)
        var position = start + 1
        while list[position].kind != .end {
            let value = position + 1
            // A fact's name is its key's text, whatever the key's style or tag, as in the tree.
            guard list[position].kind == .scalar else { return nil }
            names.append(name(events, position, number: names.count))
            switch list[value].kind {
            case .scalar:
                guard let fact = plainValue(events, value) else { return nil }
                values.append(fact)
            case .sequenceStart:
                guard events.tag(at: value) == nil else { return nil }
                var items: [String] = []
                var item = value + 1
                while list[item].kind != .end {
                    guard isUntaggedScalar(events, item), !events.isNull(at: item) else { return nil }
                    items.append(events.string(at: item))
                    item += 1
                }
                values.append(.list(items))
            case .mappingStart, .end:
                return nil
            }
            marks.append(list[value].mark)
            position = events.end(of: value)
        }
        // Names shared with the bid before, in its order, sort the same way: the sort is done once.
        if names != previousNames {
            previousOrder = FactTable.order(of: names)
            previousNames = names
        }
        let table = FactTable(names: names, values: values, marks: marks,
                              origin: marks.first.map { SourceLocation(file: file, mark: $0) }, sharing: previousFacts,
                              order: previousOrder)
        previousFacts = table
        return table
    }

    /// The name of the fact at `number` in its bid: the string of the bid before when its bytes
    /// are the same, since bids list the same facts in the same order.
    private mutating func name(_ events: YAMLEvents, _ key: Int, number: Int) -> String {
        if number < recentNames.count {
            var recent = recentNames[number]
            if events.withText(of: key, { bytes in recent.withUTF8 { $0.elementsEqual(bytes) } }) { return recent }
        }
        let name = events.string(at: key)
        if number < recentNames.count {
            recentNames[number] = name
        } else if number == recentNames.count {
            recentNames.append(name)
        }
        return name
    }

    private func readScores(_ events: YAMLEvents, _ start: Int) -> [String: [String: EvaluatorScore]]? {
        let list = events.events
        guard list[start].kind == .mappingStart, events.tag(at: start) == nil else { return nil }
        var scores: [String: [String: EvaluatorScore]] = [:]
        var position = start + 1
        while list[position].kind != .end {
            let criterion = position + 1
            guard list[position].kind == .scalar, list[criterion].kind == .mappingStart, events.tag(at: criterion) == nil else { return nil }
            var marks: [String: EvaluatorScore] = [:]
            var evaluator = criterion + 1
            while list[evaluator].kind != .end {
                let value = evaluator + 1
                guard list[evaluator].kind == .scalar, events.events[value].style.isPlain,
                      case .number(let points)? = plainValue(events, value) else { return nil }
                marks[events.string(at: evaluator)] = EvaluatorScore(points, at: SourceLocation(file: file, mark: list[value].mark))
                evaluator = value + 1
            }
            scores[events.string(at: position)] = marks
            position = evaluator + 1
        }
        return scores
    }
}
