import VendorScoreCore

/// Scores the disaster-recovery capability level of GB/T 20988-2007 (灾难恢复能力等级, 1–6):
/// linear from the `minimum` level (0 points) to the `full` level (full points).
///
/// ```yaml
/// - id: dr
///   points: 5
///   scorer: reliability.dr-level
///   params: {minimum: 3, full: 5}
/// ```
public struct DRLevelScorer: BidScorer {
    public static let id = "reliability.dr-level"
    public static let version = "1.0.0"
    public static let summary = "GB/T 20988-2007 disaster-recovery level (1–6), linear from the minimum level (0) to the full level."
    public static let parameters = [
        ParameterSpec("fact", "fact name", required: false, summary: "The level fact, a whole number 1–6; dr_level by default."),
        ParameterSpec("minimum", "whole number 1–5", required: false, summary: "The level scoring 0 points; 1 by default."),
        ParameterSpec("full", "whole number 2–6", required: false, summary: "The level scoring full points, above minimum; 6 by default."),
    ]
    public static let examples = [
        ScorerExample(
            "Default scale from level 1 to level 6",
            maximum: 5,
            bids: [
                ExampleBid("a", facts: ["dr_level": "6"]),
                ExampleBid("b", facts: ["dr_level": "4"]),
                ExampleBid("c", facts: ["dr_level": "1"]),
            ],
            expected: ["5.00", "3.00", "0.00"]
        ),
        ScorerExample(
            "Levels 3 to 5: above full is clamped, below minimum scores 0",
            parameters: "minimum: 3\nfull: 5",
            maximum: 6,
            bids: [
                ExampleBid("a", facts: ["dr_level": "4"]),
                ExampleBid("b", facts: ["dr_level": "6"]),
                ExampleBid("c", facts: ["dr_level": "2"]),
            ],
            expected: ["3.00", "6.00", "0.00"]
        ),
    ]

    let fact: String
    let rule: LinearRule

    public init(parameters: ScorerParameters) throws(ScorerError) {
        fact = parameters.has("fact") ? try parameters.factName() : "dr_level"
        let minimum = try parameters.wholeNumber("minimum", in: 1...5, default: 1)
        let full = try parameters.wholeNumber("full", in: 2...6, default: 6)
        guard full > minimum else {
            throw parameters.error("expected a full level above minimum level \(minimum), found \(full)", at: "full")
        }
        rule = LinearRule(zero: Rational(minimum), full: Rational(full),
                          zeroEnd: LinearRule.end(.minimum, .quantity(Rational(minimum), .level)),
                          fullEnd: LinearRule.end(.full, .quantity(Rational(full), .level)))
    }

    public var facts: [FactRequirement] { [FactRequirement(fact, .number)] }

    public func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let level = try bid.wholeNumber(fact, in: 1...6, meaning: "a GB/T 20988-2007 disaster-recovery level")
        let (points, phrase) = rule.apply(Rational(level), maximum: maximum)
        let fact = fact
        return Award(points) {
            (Phrase("dr-level.rule", ["fact": .fact(fact), "level": .quantity(Rational(level), .level),
                                      "basis": .citation("GB/T 20988-2007"), "rule": .phrase(phrase)]),
             [fact: .number(Rational(level))])
        }
    }
}
