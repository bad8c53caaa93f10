import VendorScoreCore

/// Scores recovery time (RTO) and recovery point (RPO) objectives: each part is linear from its
/// limit (0) to its target (full), and RTO takes `rto_share` of the points, RPO the rest.
///
/// Reads the facts `rto` and `rpo` (durations).
///
/// ```yaml
/// - id: recovery
///   points: 10
///   scorer: reliability.recovery
///   params: {rto_target: 1h, rto_limit: 4h, rpo_target: 15min, rpo_limit: 1h}
/// ```
public struct RecoveryScorer: BidScorer {
    public static let id = "reliability.recovery"
    public static let version = "1.0.0"
    public static let summary = "RTO and RPO, each linear from its limit (0) to its target (full); RTO weighs rto_share of the points."
    public static let parameters = [
        ParameterSpec("rto_target", "duration", summary: "RTO scoring the RTO part in full."),
        ParameterSpec("rto_limit", "duration", summary: "RTO scoring 0 for the RTO part; longer than rto_target."),
        ParameterSpec("rpo_target", "duration", summary: "RPO scoring the RPO part in full."),
        ParameterSpec("rpo_limit", "duration", summary: "RPO scoring 0 for the RPO part; longer than rpo_target."),
        ParameterSpec("rto_share", "percentage", required: false, summary: "Share of the points for RTO; 50% by default, RPO has the rest."),
    ]
    public static let examples = [
        ScorerExample(
            "Halfway on both, better than both targets, at both limits",
            parameters: "rto_target: 1h\nrto_limit: 4h\nrpo_target: 15min\nrpo_limit: 1h",
            maximum: 10,
            bids: [
                ExampleBid("a", facts: ["rto": "2h", "rpo": "30min"]),
                ExampleBid("b", facts: ["rto": "30min", "rpo": "0s"]),
                ExampleBid("c", facts: ["rto": "5h", "rpo": "1h"]),
            ],
            expected: ["6.67", "10.00", "0.00"]
        ),
        ScorerExample(
            "RTO weighs 70%",
            parameters: "rto_target: 1h\nrto_limit: 4h\nrpo_target: 15min\nrpo_limit: 1h\nrto_share: 70%",
            maximum: 10,
            bids: [
                ExampleBid("a", facts: ["rto": "1h", "rpo": "2h"]),
                ExampleBid("b", facts: ["rto": "4h", "rpo": "15min"]),
            ],
            expected: ["7.00", "3.00"]
        ),
    ]

    let rto: LinearRule
    let rpo: LinearRule
    /// RTO's share of the points, as a fraction.
    let rtoShare: Rational

    public init(parameters: ScorerParameters) throws(ScorerError) {
        rto = try Self.rule("rto", parameters)
        rpo = try Self.rule("rpo", parameters)
        rtoShare = parameters.has("rto_share") ? try parameters.percent("rto_share") / 100 : Rational(1, 2)
    }

    /// The line for `rto` or `rpo`, from `<part>_limit` to `<part>_target`.
    private static func rule(_ part: String, _ parameters: ScorerParameters) throws(ScorerError) -> LinearRule {
        let target = try parameters.duration("\(part)_target")
        let limit = try parameters.duration("\(part)_limit")
        guard target < limit else {
            throw parameters.error("expected \(part)_target shorter than \(part)_limit (\(FactValue.duration(seconds: limit))), found \(FactValue.duration(seconds: target))",
                                   at: "\(part)_target")
        }
        return LinearRule(zero: limit, full: target,
                          zeroEnd: LinearRule.end(.limit, .value(.duration(seconds: limit))),
                          fullEnd: LinearRule.end(.target, .value(.duration(seconds: target))))
    }

    public var facts: [FactRequirement] { [FactRequirement("rto", .duration), FactRequirement("rpo", .duration)] }

    public func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let rtoSeconds = try bid.duration("rto")
        let rpoSeconds = try bid.duration("rpo")
        let rtoMaximum = maximum * rtoShare
        let rpoMaximum = maximum - rtoMaximum
        let (rtoPoints, rtoRule) = rto.apply(rtoSeconds, maximum: rtoMaximum)
        let (rpoPoints, rpoRule) = rpo.apply(rpoSeconds, maximum: rpoMaximum)
        let rtoValue = FactValue.duration(seconds: rtoSeconds)
        let rpoValue = FactValue.duration(seconds: rpoSeconds)
        return Award(rtoPoints + rpoPoints) {
            (Phrase("recovery.rule", [
                "rto": .value(rtoValue), "rto_rule": .phrase(rtoRule), "rto_points": .number(rtoPoints, decimals: 2),
                "rto_maximum": .number(rtoMaximum, decimals: 2),
                "rpo": .value(rpoValue), "rpo_rule": .phrase(rpoRule), "rpo_points": .number(rpoPoints, decimals: 2),
                "rpo_maximum": .number(rpoMaximum, decimals: 2),
            ]), ["rto": rtoValue, "rpo": rpoValue])
        }
    }
}
