import VendorScoreCore

/// Adds up points for the security certifications a bid holds, capped at the criterion's
/// maximum. Certifications the table does not name score nothing, are named in the reason, and
/// are reported as a warning.
///
/// ```yaml
/// - id: certifications
///   points: 5
///   scorer: security.certifications
///   params:
///     points: {云计算服务安全评估: 3, 密评: 2, ISO 27001: 1}
/// ```
public struct CertificationsScorer: BidScorer {
    public static let id = "security.certifications"
    public static let version = "1.0.0"
    public static let summary = "Adds points for each certification held (e.g. 云计算服务安全评估, 密评, ISO 27001), capped at the maximum."
    public static let parameters = [
        ParameterSpec("fact", "fact name", required: false, summary: "The list of certifications held; certifications by default."),
        ParameterSpec("points", "mapping of certification to points", summary: "Points for each certification that counts."),
    ]
    public static let examples = [
        ScorerExample(
            "Points add up, are capped, and unknown certifications are ignored",
            parameters: "points: {云计算服务安全评估: 3, 密评: 2, ISO 27001: 1}",
            maximum: 5,
            bids: [
                ExampleBid("a", facts: ["certifications": "云计算服务安全评估 | ISO 27001"]),
                ExampleBid("b", facts: ["certifications": "云计算服务安全评估 | 密评 | ISO 27001"]),
                ExampleBid("c", facts: ["certifications": "CSA STAR"]),
            ],
            expected: ["4.00", "5.00", "0.00"]
        ),
        ScorerExample(
            "A certification listed twice counts once",
            parameters: "fact: held\npoints: {密评: 1.5, ISO 27001: 0.5}",
            maximum: 3,
            bids: [ExampleBid("a", facts: ["held": "密评 | ISO 27001 | 密评"])],
            expected: ["2.00"]
        ),
    ]

    let fact: String
    let points: [String: Rational]

    public init(parameters: ScorerParameters) throws(ScorerError) {
        fact = parameters.has("fact") ? try parameters.factName() : "certifications"
        points = try PointsTable("points", in: parameters).dictionary
    }

    public var facts: [FactRequirement] { [FactRequirement(fact, .list)] }

    public func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let held = try bid.list(fact)
        var seen = Set<String>()
        var total = Rational.zero
        // What counted, as names and points: phrases are made only if the reason is worded.
        var counted: [(name: String, points: Rational)] = []
        var ignored: [String] = []
        for name in held where seen.insert(name).inserted {
            if let value = points[name] {
                total += value
                counted.append((name, value))
            } else {
                ignored.append(name)
            }
        }
        let awarded = min(total, maximum)
        let (scoring, skipped, sum) = (counted, ignored, total)
        let fact = fact
        return Award(awarded, unrecognised: UnrecognisedItems.found(fact: fact, items: ignored, recognised: points.keys)) {
            (Self.reason(counted: scoring, ignored: skipped, total: sum, maximum: maximum), [fact: .list(held)])
        }
    }

    private static func reason(counted: [(name: String, points: Rational)], ignored: [String], total: Rational,
                               maximum: Rational) -> Phrase {
        var parts: [Phrase]
        if counted.isEmpty {
            parts = [Phrase("certification.none", [:])]
        } else {
            let terms = counted.map { Phrase("certification.points", ["name": .written($0.name), "points": .number($0.points)]) }
            parts = [Phrase(total > maximum ? "certification.capped" : "certification.sum",
                            ["terms": .phrases(terms), "total": .number(total), "maximum": .number(maximum)])]
        }
        if !ignored.isEmpty { parts.append(Phrase("items.ignored", ["items": .writtenList(ignored)])) }
        return Phrase("clauses", ["parts": .phrases(parts)])
    }
}
