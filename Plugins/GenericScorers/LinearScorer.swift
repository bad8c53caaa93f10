import VendorScoreCore

/// Scores a number, percentage or duration on a straight line from a floor (0 points) to a
/// target (full points), clamped at both ends. A target below the floor means lower is better.
///
/// ```yaml
/// - id: response-time
///   points: 6
///   scorer: generic.linear
///   params: {fact: response_time, floor: 4h, target: 30min}
/// ```
public struct LinearScorer: BidScorer {
    public static let id = "generic.linear"
    public static let version = "1.0.0"
    public static let summary = "Linear from a floor (0 points) to a target (full points), clamped; a target below the floor means lower is better."
    public static let parameters = [
        ParameterSpec("fact", "fact name", summary: "The fact to score: a number, percentage or duration."),
        ParameterSpec("floor", "number, percentage or duration", summary: "The value scoring 0 points; anything worse also scores 0."),
        ParameterSpec("target", "same kind as floor", summary: "The value scoring full points; anything better also scores full points."),
    ]
    public static let examples = [
        ScorerExample(
            "Percentages: halfway, below the floor, at the top",
            parameters: "fact: sla_availability\nfloor: 99.9%\ntarget: 100%",
            maximum: 10,
            bids: [
                ExampleBid("a", facts: ["sla_availability": "99.95%"]),
                ExampleBid("b", facts: ["sla_availability": "99.8%"]),
                ExampleBid("c", facts: ["sla_availability": "100%"]),
            ],
            expected: ["5.00", "0.00", "10.00"]
        ),
        ScorerExample(
            "Durations, lower is better: between, past the target, at the floor",
            parameters: "fact: response_time\nfloor: 4h\ntarget: 30min",
            maximum: 6,
            bids: [
                ExampleBid("a", facts: ["response_time": "2h"]),
                ExampleBid("b", facts: ["response_time": "15min"]),
                ExampleBid("c", facts: ["response_time": "4h"]),
            ],
            expected: ["3.43", "6.00", "0.00"]
        ),
        ScorerExample(
            "Plain numbers: halfway and exactly at the target",
            parameters: "fact: max_vcpus\nfloor: 1000\ntarget: 5000",
            maximum: 8,
            bids: [
                ExampleBid("a", facts: ["max_vcpus": "3000"]),
                ExampleBid("b", facts: ["max_vcpus": "5000"]),
            ],
            expected: ["4.00", "8.00"]
        ),
    ]

    let fact: String
    let floor: Quantity
    let rule: LinearRule

    public init(parameters: ScorerParameters) throws(ScorerError) {
        fact = try parameters.factName()
        floor = try Quantity("floor", in: parameters)
        let target = try Quantity("target", in: parameters, expected: floor.kind)
        guard floor.value != target.value else {
            throw parameters.error("expected a target different from floor \(floor.text); a line needs two ends", at: "target")
        }
        rule = LinearRule(zero: floor.value, full: target.value, zeroEnd: LinearRule.end(.floor, .value(floor.factValue)),
                          fullEnd: LinearRule.end(.target, .value(target.factValue)))
    }

    public var facts: [FactRequirement] { [FactRequirement(fact, floor.kind)] }

    public func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let value = try bid.quantity(fact, floor.kind)
        let (points, rule) = self.rule.apply(value, maximum: maximum)
        let written = Quantity.factValue(value, kind: floor.kind)
        let fact = fact
        return Award(points) { (Phrase("fact.rule", ["fact": .fact(fact), "value": .value(written), "rule": .phrase(rule)]), [fact: written]) }
    }
}
