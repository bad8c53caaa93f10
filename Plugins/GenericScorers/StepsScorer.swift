import VendorScoreCore

/// Scores by thresholds checked in order, the first one met giving its points: the sub-ranges
/// with their own points that 财政部令第87号 第55条 asks quantified factors to use.
///
/// All steps use `at_least` (thresholds decreasing) or all use `at_most` (thresholds
/// increasing); a value meeting no step scores `otherwise`.
///
/// ```yaml
/// - id: sla
///   points: 10
///   scorer: generic.steps
///   params:
///     fact: sla_availability
///     steps:
///       - {at_least: 99.99%, points: 10}
///       - {at_least: 99.95%, points: 6}
///       - {at_least: 99.9%, points: 3}
/// ```
public struct StepsScorer: BidScorer {
    public static let id = "generic.steps"
    public static let version = "1.0.0"
    public static let summary = "Points by thresholds checked in order (at_least or at_most); the first step met wins."
    public static let parameters = [
        ParameterSpec("fact", "fact name", summary: "The fact to score: a number, percentage or duration."),
        ParameterSpec("steps", "list of {at_least: V, points: P} or of {at_most: V, points: P}",
                      summary: "Thresholds in order, best first; at_least values decrease, at_most values increase."),
        ParameterSpec("otherwise", "points", required: false, summary: "Points when no step is met; 0 by default."),
    ]
    public static let examples = [
        ScorerExample(
            "At least: above the top step, exactly on a threshold, the lowest step, no step",
            parameters: """
                fact: sla_availability
                steps:
                  - {at_least: 99.99%, points: 10}
                  - {at_least: 99.95%, points: 6}
                  - {at_least: 99.9%, points: 3}
                """,
            maximum: 10,
            bids: [
                ExampleBid("a", facts: ["sla_availability": "99.995%"]),
                ExampleBid("b", facts: ["sla_availability": "99.95%"]),
                ExampleBid("c", facts: ["sla_availability": "99.92%"]),
                ExampleBid("d", facts: ["sla_availability": "99.5%"]),
            ],
            expected: ["10.00", "6.00", "3.00", "0.00"]
        ),
        ScorerExample(
            "At most, with points for meeting no step",
            parameters: """
                fact: rto
                steps:
                  - {at_most: 30min, points: 5}
                  - {at_most: 2h, points: 3}
                otherwise: 1
                """,
            maximum: 5,
            bids: [
                ExampleBid("a", facts: ["rto": "15min"]),
                ExampleBid("b", facts: ["rto": "2h"]),
                ExampleBid("c", facts: ["rto": "3h"]),
            ],
            expected: ["5.00", "3.00", "1.00"]
        ),
    ]

    /// One threshold and its points.
    struct Step: Sendable {
        let threshold: Rational
        let points: Rational
        /// `≥ 99.9%: 3 of 5 points`, for reasons.
        let rule: Phrase
    }

    let fact: String
    let kind: FactKind
    let atLeast: Bool
    let steps: [Step]
    let otherwise: Rational
    let otherwiseRule: Phrase

    public init(parameters: ScorerParameters) throws(ScorerError) {
        fact = try parameters.factName()
        let items = try parameters.list("steps")
        let first = items[0]
        try first.expectOnly(["at_least", "at_most", "points"])
        guard first.has("at_least") || first.has("at_most") else {
            throw ScorerError("a step needs at_least or at_most, with points", at: first.location, path: first.path)
        }
        atLeast = first.has("at_least")
        let key = atLeast ? "at_least" : "at_most"
        let other = atLeast ? "at_most" : "at_least"
        let outOf = PhraseValue.quantity(parameters.maximum, .points)
        var kind: FactKind?
        var steps: [Step] = []
        for item in items {
            try item.expectOnly([key, "points", other])
            if item.has(other) {
                let problem = item.has(key) ? "a step takes \(key) or \(other), not both"
                                            : "every step must use \(key) like the first one; found \(other)"
                throw item.error(problem, at: other)
            }
            let threshold = try Quantity(key, in: item, expected: kind)
            kind = threshold.kind
            if let previous = steps.last {
                let inOrder = atLeast ? threshold.value < previous.threshold : threshold.value > previous.threshold
                guard inOrder else {
                    let previousText = Quantity.describe(previous.threshold, kind: threshold.kind)
                    let order = atLeast ? "below" : "above"
                    throw item.error("expected \(key) \(order) the previous step's \(previousText); thresholds go from best to worst", at: key)
                }
            }
            let points = try item.points("points")
            steps.append(Step(threshold: threshold.value, points: points,
                              rule: Phrase(atLeast ? "steps.at-least" : "steps.at-most",
                                          ["threshold": .value(threshold.factValue), "points": .number(points), "maximum": outOf])))
        }
        self.kind = kind ?? .number
        self.steps = steps
        otherwise = parameters.has("otherwise") ? try parameters.points("otherwise") : .zero
        let last = Quantity.factValue(steps[steps.count - 1].threshold, kind: self.kind)
        otherwiseRule = Phrase(atLeast ? "steps.none-below" : "steps.none-above",
                               ["threshold": .value(last), "points": .number(otherwise), "maximum": outOf])
    }

    public var facts: [FactRequirement] { [FactRequirement(fact, kind)] }

    public func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let value = try bid.quantity(fact, kind)
        let (fact, written) = (fact, Quantity.factValue(value, kind: kind))
        let (points, rule) = steps.first { atLeast ? value >= $0.threshold : value <= $0.threshold }.map { ($0.points, $0.rule) }
            ?? (otherwise, otherwiseRule)
        return Award(points) { (Phrase("fact.rule", ["fact": .fact(fact), "value": .value(written), "rule": .phrase(rule)]), [fact: written]) }
    }
}
