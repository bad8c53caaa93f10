import VendorScoreCore

/// Scores where the data is kept: full points for an allowed location, the `partial` points for
/// a location given partial credit, 0 elsewhere.
///
/// ```yaml
/// - id: residency
///   points: 4
///   scorer: security.data-residency
///   params:
///     allowed: [本省]
///     partial: {山东省: 2}
/// ```
public struct DataResidencyScorer: BidScorer {
    public static let id = "security.data-residency"
    public static let version = "1.0.0"
    public static let summary = "Full points when data stays in an allowed location, partial points for listed others, else 0."
    public static let parameters = [
        ParameterSpec("fact", "fact name", required: false, summary: "Where the data is kept, text; data_location by default."),
        ParameterSpec("allowed", "list", summary: "Locations scoring full points, e.g. [本省]."),
        ParameterSpec("partial", "mapping of location to points", required: false, summary: "Locations scoring partial points, e.g. {山东省: 2}."),
    ]
    public static let examples = [
        ScorerExample(
            "Allowed, partial credit, elsewhere",
            parameters: "allowed: [本省]\npartial: {山东省: 2}",
            maximum: 4,
            bids: [
                ExampleBid("a", facts: ["data_location": "本省"]),
                ExampleBid("b", facts: ["data_location": "山东省"]),
                ExampleBid("c", facts: ["data_location": "境外"]),
            ],
            expected: ["4.00", "2.00", "0.00"]
        ),
        ScorerExample(
            "Two allowed locations, no partial credit",
            parameters: "allowed: [本省, 山东省]",
            maximum: 3,
            bids: [
                ExampleBid("a", facts: ["data_location": "山东省"]),
                ExampleBid("b", facts: ["data_location": "北京市"]),
            ],
            expected: ["3.00", "0.00"]
        ),
    ]

    let fact: String
    let allowed: Set<String>
    let partial: [String: Rational]
    /// The allowed locations as the rubric lists them, for reasons.
    let allowedList: [String]
    /// The criterion's points, which reasons quote.
    let outOf: Rational

    public init(parameters: ScorerParameters) throws(ScorerError) {
        fact = parameters.has("fact") ? try parameters.factName() : "data_location"
        let locations = try parameters.strings("allowed")
        guard !locations.isEmpty else { throw parameters.error("expected a list of at least one location", at: "allowed") }
        let allowed = Set(locations)
        var partial: [String: Rational] = [:]
        if parameters.has("partial") {
            for entry in try PointsTable("partial", in: parameters).entries {
                guard !allowed.contains(entry.key) else {
                    throw parameters.error("'\(entry.key)' is already allowed (full points); expected only other locations here",
                                           at: entry.keyNode, path: "partial.\(entry.key)")
                }
                partial[entry.key] = entry.points
            }
        }
        self.allowed = allowed
        self.partial = partial
        allowedList = locations
        outOf = parameters.maximum
    }

    public var facts: [FactRequirement] { [FactRequirement(fact, .text)] }

    public func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let (location, fact) = (try bid.text(fact), fact)
        if allowed.contains(location) {
            return Award(maximum) { (Phrase("residency.allowed", ["location": .written(location)]), [fact: .text(location)]) }
        }
        if let points = partial[location] {
            let outOf = outOf
            return Award(points) {
                (Phrase("residency.partial", ["location": .written(location), "points": .number(points), "maximum": .quantity(outOf, .points)]),
                 [fact: .text(location)])
            }
        }
        let allowedList = allowedList
        return Award(.zero) {
            (Phrase("residency.not-allowed", ["location": .written(location), "allowed": .writtenList(allowedList)]), [fact: .text(location)])
        }
    }
}
