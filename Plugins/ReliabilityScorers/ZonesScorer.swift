import VendorScoreCore

/// Scores the number of availability zones: linear from `minimum` zones (0 points) to `full`
/// zones (full points), clamped.
///
/// ```yaml
/// - id: zones
///   points: 4
///   scorer: reliability.zones
///   params: {full: 3}
/// ```
public struct ZonesScorer: BidScorer {
    public static let id = "reliability.zones"
    public static let version = "1.0.0"
    public static let summary = "Availability zones, linear from minimum zones (0 points, default 1) to full zones (full points)."
    public static let parameters = [
        ParameterSpec("fact", "fact name", required: false, summary: "The zone count fact, a whole number; availability_zones by default."),
        ParameterSpec("full", "whole number ≥ 2", summary: "Zones for full points."),
        ParameterSpec("minimum", "whole number", required: false, summary: "Zones scoring 0 points, below full; 1 by default."),
    ]
    public static let examples = [
        ScorerExample(
            "Full points from three zones; more zones are clamped",
            parameters: "full: 3",
            maximum: 4,
            bids: [
                ExampleBid("a", facts: ["availability_zones": "2"]),
                ExampleBid("b", facts: ["availability_zones": "3"]),
                ExampleBid("c", facts: ["availability_zones": "5"]),
            ],
            expected: ["2.00", "4.00", "4.00"]
        ),
        ScorerExample(
            "Two zones score nothing, four score full points",
            parameters: "full: 4\nminimum: 2",
            maximum: 3,
            bids: [
                ExampleBid("a", facts: ["availability_zones": "3"]),
                ExampleBid("b", facts: ["availability_zones": "1"]),
            ],
            expected: ["1.50", "0.00"]
        ),
    ]

    /// More zones than any region has; bounds the whole-number checks.
    static let mostZones = 1000

    let fact: String
    let rule: LinearRule

    public init(parameters: ScorerParameters) throws(ScorerError) {
        fact = parameters.has("fact") ? try parameters.factName() : "availability_zones"
        let full = try parameters.wholeNumber("full", in: 2...Self.mostZones)
        let minimum = try parameters.wholeNumber("minimum", in: 0...Self.mostZones, default: 1)
        guard minimum < full else {
            throw parameters.error("expected fewer zones than full (\(full)), found \(minimum)", at: "minimum")
        }
        rule = LinearRule(zero: Rational(minimum), full: Rational(full),
                          zeroEnd: LinearRule.end(.minimum, .number(Rational(minimum))), fullEnd: LinearRule.end(.full, .number(Rational(full))))
    }

    public var facts: [FactRequirement] { [FactRequirement(fact, .number)] }

    public func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let zones = try bid.wholeNumber(fact, in: 0...Self.mostZones, meaning: "a count of availability zones")
        let (points, phrase) = rule.apply(Rational(zones), maximum: maximum)
        let fact = fact
        return Award(points) {
            (Phrase("fact.rule", ["fact": .fact(fact), "value": .number(Rational(zones)), "rule": .phrase(phrase)]), [fact: .number(Rational(zones))])
        }
    }
}
