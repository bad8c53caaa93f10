import VendorScoreCore

/// Full points when a true/false fact is true, `when_false` points (0 by default) when false.
///
/// ```yaml
/// - id: local-ops
///   points: 4
///   scorer: generic.boolean
///   params: {fact: local_ops_24x7}
/// ```
public struct BooleanScorer: BidScorer {
    public static let id = "generic.boolean"
    public static let version = "1.0.0"
    public static let summary = "Full points when the fact is true; when_false points (default 0) when it is false."
    public static let parameters = [
        ParameterSpec("fact", "fact name", summary: "The true/false fact to score."),
        ParameterSpec("when_false", "points", required: false, summary: "Points when the fact is false; 0 by default."),
    ]
    public static let examples = [
        ScorerExample(
            "True scores full points, false none",
            parameters: "fact: local_ops_24x7",
            maximum: 4,
            bids: [
                ExampleBid("a", facts: ["local_ops_24x7": "true"]),
                ExampleBid("b", facts: ["local_ops_24x7": "false"]),
            ],
            expected: ["4.00", "0.00"]
        ),
        ScorerExample(
            "Partial points when false",
            parameters: "fact: local_ops_24x7\nwhen_false: 1.5",
            maximum: 4,
            bids: [
                ExampleBid("a", facts: ["local_ops_24x7": "false"]),
                ExampleBid("b", facts: ["local_ops_24x7": "true"]),
            ],
            expected: ["1.50", "4.00"]
        ),
    ]

    let fact: String
    let whenFalse: Rational
    let falseReason: Phrase

    public init(parameters: ScorerParameters) throws(ScorerError) {
        fact = try parameters.factName()
        whenFalse = parameters.has("when_false") ? try parameters.points("when_false") : .zero
        falseReason = Phrase("boolean.false", ["fact": .fact(fact), "points": .number(whenFalse),
                                               "maximum": .quantity(parameters.maximum, .points)])
    }

    public var facts: [FactRequirement] { [FactRequirement(fact, .bool)] }

    public func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let (fact, falseReason) = (fact, falseReason)
        if try bid.bool(fact) {
            return Award(maximum) { (Phrase("boolean.true", ["fact": .fact(fact)]), [fact: .bool(true)]) }
        }
        return Award(whenFalse) { (falseReason, [fact: .bool(false)]) }
    }
}
