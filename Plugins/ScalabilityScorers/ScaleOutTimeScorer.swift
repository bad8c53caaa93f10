import VendorScoreCore

/// Scores how fast a bid adds capacity on demand: linear from the `limit` (0 points) to the
/// `target` (full points); shorter is better.
///
/// ```yaml
/// - id: scale-out
///   points: 5
///   scorer: scalability.scale-out-time
///   params: {target: 5min, limit: 30min}
/// ```
public struct ScaleOutTimeScorer: BidScorer {
    public static let id = "scalability.scale-out-time"
    public static let version = "1.0.0"
    public static let summary = "Scale-out time, linear from the limit (0 points) to the target (full points); shorter is better."
    public static let parameters = [
        ParameterSpec("fact", "fact name", required: false, summary: "The scale-out time fact, a duration; scale_out_time by default."),
        ParameterSpec("target", "duration", summary: "Time scoring full points."),
        ParameterSpec("limit", "duration", summary: "Time scoring 0 points; longer than target."),
    ]
    public static let examples = [
        ScorerExample(
            "Between, faster than the target, slower than the limit",
            parameters: "target: 5min\nlimit: 30min",
            maximum: 5,
            bids: [
                ExampleBid("a", facts: ["scale_out_time": "10min"]),
                ExampleBid("b", facts: ["scale_out_time": "2min"]),
                ExampleBid("c", facts: ["scale_out_time": "1h"]),
            ],
            expected: ["4.00", "5.00", "0.00"]
        ),
        ScorerExample(
            "Another fact; exactly at the limit scores 0",
            parameters: "fact: burst_time\ntarget: 1min\nlimit: 11min",
            maximum: 3,
            bids: [
                ExampleBid("a", facts: ["burst_time": "6min"]),
                ExampleBid("b", facts: ["burst_time": "11min"]),
            ],
            expected: ["1.50", "0.00"]
        ),
    ]

    let fact: String
    let rule: LinearRule

    public init(parameters: ScorerParameters) throws(ScorerError) {
        fact = parameters.has("fact") ? try parameters.factName() : "scale_out_time"
        let target = try parameters.duration("target")
        let limit = try parameters.duration("limit")
        let targetText = FactValue.duration(seconds: target).description
        let limitText = FactValue.duration(seconds: limit).description
        guard target < limit else {
            throw parameters.error("expected a target shorter than limit \(limitText), found \(targetText)", at: "target")
        }
        rule = LinearRule(zero: limit, full: target, zeroEnd: LinearRule.end(.limit, .value(.duration(seconds: limit))),
                          fullEnd: LinearRule.end(.target, .value(.duration(seconds: target))))
    }

    public var facts: [FactRequirement] { [FactRequirement(fact, .duration)] }

    public func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let seconds = try bid.duration(fact)
        let (points, phrase) = rule.apply(seconds, maximum: maximum)
        let (fact, value) = (fact, FactValue.duration(seconds: seconds))
        return Award(points) { (Phrase("fact.rule", ["fact": .fact(fact), "value": .value(value), "rule": .phrase(phrase)]), [fact: value]) }
    }
}
