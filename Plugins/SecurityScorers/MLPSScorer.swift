import VendorScoreCore

/// Scores the 网络安全等级保护 2.0 (等保, MLPS) level the cloud platform is certified at, 1–5,
/// by a table of points per level. Levels not listed score 0; a level below 3 is normally
/// excluded by a gate before scoring.
///
/// ```yaml
/// - id: mlps
///   points: 6
///   scorer: security.mlps
///   params:
///     levels: {3: 4, 4: 6}
/// ```
public struct MLPSScorer: BidScorer {
    public static let id = "security.mlps"
    public static let version = "1.0.0"
    public static let summary = "等保 2.0 level (1–5) scored by a table of points per level; levels not listed score 0."
    public static let parameters = [
        ParameterSpec("fact", "fact name", required: false, summary: "The level fact, a whole number 1–5; mlps_level by default."),
        ParameterSpec("levels", "mapping of level to points", summary: "Points for each level 1–5, e.g. {3: 4, 4: 6}."),
    ]
    public static let examples = [
        ScorerExample(
            "Levels 3 and 4 listed; level 2 is not",
            parameters: "levels: {3: 4, 4: 6}",
            maximum: 6,
            bids: [
                ExampleBid("a", facts: ["mlps_level": "4"]),
                ExampleBid("b", facts: ["mlps_level": "3"]),
                ExampleBid("c", facts: ["mlps_level": "2"]),
            ],
            expected: ["6.00", "4.00", "0.00"]
        ),
        ScorerExample(
            "Level 5 listed too, from another fact",
            parameters: "fact: platform_mlps\nlevels: {3: 2, 4: 4, 5: 5}",
            maximum: 5,
            bids: [
                ExampleBid("a", facts: ["platform_mlps": "5"]),
                ExampleBid("b", facts: ["platform_mlps": "3"]),
            ],
            expected: ["5.00", "2.00"]
        ),
    ]

    let fact: String
    /// Points by level (index 0 unused); `nil` for a level the table does not list.
    let points: [Rational?]
    /// The listed levels, for reasons.
    let listed: [String]
    /// The criterion's points, which reasons quote.
    let outOf: Rational

    public init(parameters: ScorerParameters) throws(ScorerError) {
        fact = parameters.has("fact") ? try parameters.factName() : "mlps_level"
        var points = [Rational?](repeating: nil, count: 6)
        for entry in try PointsTable("levels", in: parameters).entries {
            guard let level = Int(entry.key), (1...5).contains(level) else {
                throw parameters.error("expected a level from 1 to 5, found '\(entry.key)'", at: entry.keyNode, path: "levels.\(entry.key)")
            }
            guard points[level] == nil else {
                throw parameters.error("level \(level) is listed twice", at: entry.keyNode, path: "levels.\(entry.key)")
            }
            points[level] = entry.points
        }
        self.points = points
        listed = (1...5).filter { points[$0] != nil }.map(String.init)
        outOf = parameters.maximum
    }

    public var facts: [FactRequirement] { [FactRequirement(fact, .number)] }

    public func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let level = try bid.wholeNumber(fact, in: 1...5, meaning: "a 等保 level")
        let (value, fact, outOf) = (Rational(level), fact, outOf)
        guard let awarded = points[level] else {
            let listed = listed
            return Award(.zero) {
                (Phrase("mlps.unlisted", ["level": .quantity(value, .level), "levels": .writtenList(listed), "maximum": .quantity(outOf, .points)]),
                 [fact: .number(value)])
            }
        }
        return Award(awarded) {
            (Phrase("mlps.level", ["level": .quantity(value, .level), "points": .number(awarded), "maximum": .quantity(outOf, .points)]),
             [fact: .number(value)])
        }
    }
}
