import VendorScoreCore

/// Scores each bid relative to the best bid on a fact: `value ÷ best × maximum` when higher is
/// better, `best ÷ value × maximum` when lower is better, the shape of the 87号令 price formula.
///
/// ```yaml
/// - id: capacity
///   points: 10
///   scorer: generic.ratio-to-best
///   params: {fact: max_vcpus, better: higher}
/// ```
public struct RatioToBestScorer: Scorer {
    public static let id = "generic.ratio-to-best"
    public static let version = "1.0.0"
    public static let summary = "Relative to the best bid: value ÷ best (higher is better) or best ÷ value (lower is better), × maximum."
    public static let parameters = [
        ParameterSpec("fact", "fact name", summary: "The fact compared across bids: a number, percentage or duration."),
        ParameterSpec("better", "higher | lower", summary: "Whether a higher or a lower value is better."),
    ]
    public static let examples = [
        ScorerExample(
            "Higher is better",
            parameters: "fact: max_vcpus\nbetter: higher",
            maximum: 10,
            bids: [
                ExampleBid("a", facts: ["max_vcpus": "8000"]),
                ExampleBid("b", facts: ["max_vcpus": "10000"]),
                ExampleBid("c", facts: ["max_vcpus": "2500"]),
            ],
            expected: ["8.00", "10.00", "2.50"]
        ),
        ScorerExample(
            "Lower is better, two bids tied for best",
            parameters: "fact: scale_out_time\nbetter: lower",
            maximum: 5,
            bids: [
                ExampleBid("a", facts: ["scale_out_time": "10min"]),
                ExampleBid("b", facts: ["scale_out_time": "10min"]),
                ExampleBid("c", facts: ["scale_out_time": "30min"]),
            ],
            expected: ["5.00", "5.00", "1.67"]
        ),
        ScorerExample(
            "Higher is better but every bid has 0",
            parameters: "fact: spare_racks\nbetter: higher",
            maximum: 2,
            bids: [
                ExampleBid("a", facts: ["spare_racks": "0"]),
                ExampleBid("b", facts: ["spare_racks": "0"]),
            ],
            expected: ["0.00", "0.00"]
        ),
    ]

    let fact: String
    let higherIsBetter: Bool

    public init(parameters: ScorerParameters) throws(ScorerError) {
        fact = try parameters.factName()
        let better = try parameters.string("better")
        guard better == "higher" || better == "lower" else {
            throw parameters.error("expected higher or lower, found '\(better)'", at: "better")
        }
        higherIsBetter = better == "higher"
    }

    public var facts: [FactRequirement] { [FactRequirement(fact, kinds: Quantity.kinds)] }

    public func score(_ context: ScoringContext) throws(ScorerError) -> [Award] {
        guard let first = context.bids.first else { return [] }
        // Every bid must state the fact the same way, or "best" would compare 4h with 30%.
        let kind = try first.value(fact).kind
        var values: [Rational] = []
        values.reserveCapacity(context.bids.count)
        for bid in context.bids {
            values.append(try bid.quantity(fact, kind))
        }
        let best = (higherIsBetter ? values.max() : values.min()) ?? .zero
        let maximum = context.maximum
        var awards: [Award] = []
        awards.reserveCapacity(values.count)
        for value in values {
            let points = Scales.ratioToBest(value, best: best, higherIsBetter: higherIsBetter, maximum: maximum)
            awards.append(Award(points) {
                (reason(value, best: best, kind: kind, maximum: maximum),
                 [fact: Quantity.factValue(value, kind: kind), "best": Quantity.factValue(best, kind: kind)])
            })
        }
        return awards
    }

    private func reason(_ value: Rational, best: Rational, kind: FactKind, maximum: Rational) -> Phrase {
        let values: PhraseValues = ["fact": .fact(fact), "value": .value(Quantity.factValue(value, kind: kind)),
                                             "best": .value(Quantity.factValue(best, kind: kind)), "maximum": .number(maximum)]
        if higherIsBetter && best.isZero { return Phrase("ratio.none-more", values) }
        if value == best { return Phrase("ratio.best", values) }
        return Phrase(higherIsBetter ? "ratio.higher" : "ratio.lower", values)
    }
}
