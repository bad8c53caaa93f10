import VendorScoreCore

/// Scores a text, number or true/false fact by looking its value up in a table of points.
///
/// Keys are the fact as written (`三级`, `true`, `"3"`); a value missing from the table scores
/// `otherwise` when given and is an error when not, so a new value is never silently zero.
///
/// ```yaml
/// - id: support
///   points: 6
///   scorer: generic.lookup
///   params:
///     fact: mlps_grade
///     table: {三级: 4, 四级: 6}
/// ```
public struct LookupScorer: BidScorer {
    public static let id = "generic.lookup"
    public static let version = "1.0.0"
    public static let summary = "Points from a table keyed by the fact's value; values not listed score otherwise, or fail."
    public static let parameters = [
        ParameterSpec("fact", "fact name", summary: "The fact to look up: text, a number or true/false."),
        ParameterSpec("table", "mapping of value to points", summary: "Points for each value, keyed as the value is written."),
        ParameterSpec("otherwise", "points", required: false,
                      summary: "Points for a value the table does not list; without it such a value is an error."),
    ]
    public static let examples = [
        ScorerExample(
            "Text keys",
            parameters: "fact: mlps_grade\ntable: {三级: 4, 四级: 6}",
            maximum: 6,
            bids: [
                ExampleBid("a", facts: ["mlps_grade": "四级"]),
                ExampleBid("b", facts: ["mlps_grade": "三级"]),
            ],
            expected: ["6.00", "4.00"]
        ),
        ScorerExample(
            "Number keys, and otherwise for a value not listed",
            parameters: "fact: dr_level\ntable: {\"5\": 4, \"6\": 6}\notherwise: 1",
            maximum: 6,
            bids: [
                ExampleBid("a", facts: ["dr_level": "6"]),
                ExampleBid("b", facts: ["dr_level": "4"]),
                ExampleBid("c", facts: ["dr_level": "5"]),
            ],
            expected: ["6.00", "1.00", "4.00"]
        ),
        ScorerExample(
            "True/false keys",
            parameters: "fact: local_ops_24x7\ntable: {true: 3, false: 0.5}",
            maximum: 3,
            bids: [
                ExampleBid("a", facts: ["local_ops_24x7": "true"]),
                ExampleBid("b", facts: ["local_ops_24x7": "false"]),
            ],
            expected: ["3.00", "0.50"]
        ),
    ]

    let fact: String
    /// Points by the canonical text of the value (`3` for a key written `3.0`).
    let table: [String: Rational]
    /// The keys as written, in document order, for messages.
    let keys: [String]
    let otherwise: Rational?
    /// The criterion's points, which reasons quote.
    let outOf: Rational

    public init(parameters: ScorerParameters) throws(ScorerError) {
        fact = try parameters.factName()
        var table: [String: Rational] = [:]
        var keys: [String] = []
        for entry in try PointsTable("table", in: parameters).entries {
            let key = Self.canonical(entry.key)
            guard table[key] == nil else {
                throw parameters.error("'\(entry.key)' is the same value as an earlier key", at: entry.keyNode, path: "table.\(entry.key)")
            }
            table[key] = entry.points
            keys.append(entry.key)
        }
        self.table = table
        self.keys = keys
        otherwise = parameters.has("otherwise") ? try parameters.points("otherwise") : nil
        outOf = parameters.maximum
    }

    public var facts: [FactRequirement] { [FactRequirement(fact, .text, .number, .bool)] }

    public func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let value = try bid.value(fact)
        let key: String
        switch value {
        case .text(let text): key = text
        case .number, .bool: key = value.description
        default: key = try bid.text(fact)
        }
        let (fact, outOf) = (fact, outOf)
        if let points = table[key] {
            return Award(points) {
                (Phrase("lookup.listed", ["fact": .fact(fact), "value": .value(value), "points": .number(points), "maximum": .quantity(outOf, .points)]),
                 [fact: value])
            }
        }
        guard let otherwise else {
            throw ScorerError("vendor '\(bid.id)': \(fact) is '\(key)', which the table does not list (\(keys.joined(separator: ", "))); add it, or set otherwise",
                              at: bid.location(of: fact))
        }
        // A value one typo away from a key ("本 省" for "本省") most likely meant that key: say so.
        let likelyTypo = value.kind == .text && !Suggestions.closest(to: key, in: keys, limit: 1).isEmpty
        return Award(otherwise, unrecognised: likelyTypo ? [UnrecognisedItems(fact: fact, items: [key], recognised: keys,
                                                                              earning: "the otherwise points, \(otherwise.decimalString())")] : []) {
            (Phrase("lookup.otherwise", ["fact": .fact(fact), "value": .value(value), "points": .number(otherwise), "maximum": .quantity(outOf, .points)]),
             [fact: value])
        }
    }

    /// A key as the matching fact's text: numbers and true/false in canonical form, so `3.0`
    /// matches the number 3 and `True` matches true.
    static func canonical(_ key: String) -> String {
        switch try? FactValue.parse(key) {
        case .number(let number)?: return number.decimalString()
        case .bool(let flag)?: return flag ? "true" : "false"
        default: return key
        }
    }
}
