import VendorScoreCore

/// Points for each distinct item a list fact holds, capped at the criterion's maximum.
///
/// With `items`, only those items count and others are ignored (and named in the reason).
///
/// ```yaml
/// - id: cpu-lines
///   points: 5
///   scorer: generic.per-item
///   params: {fact: domestic_cpus, points_per_item: 1, items: [鲲鹏, 海光, 飞腾, 龙芯, 兆芯, 申威]}
/// ```
public struct PerItemScorer: BidScorer {
    public static let id = "generic.per-item"
    public static let version = "1.0.0"
    public static let summary = "Points per distinct item in a list fact, capped at the maximum; optionally only listed items count."
    public static let parameters = [
        ParameterSpec("fact", "fact name", summary: "The list fact whose items are counted."),
        ParameterSpec("points_per_item", "points", summary: "Points for each distinct counted item; more than 0."),
        ParameterSpec("items", "list", required: false,
                      summary: "The items that count; others are ignored. By default every distinct item counts."),
    ]
    public static let examples = [
        ScorerExample(
            "Every distinct item counts, capped at the maximum",
            parameters: "fact: certifications\npoints_per_item: 2",
            maximum: 6,
            bids: [
                ExampleBid("a", facts: ["certifications": "ISO 27001 | 密评"]),
                ExampleBid("b", facts: ["certifications": "ISO 27001 | 密评 | 云计算服务安全评估 | CSA STAR"]),
                ExampleBid("c", facts: ["certifications": "ISO 27001 | ISO 27001"]),
            ],
            expected: ["4.00", "6.00", "2.00"]
        ),
        ScorerExample(
            "Only listed items count",
            parameters: "fact: domestic_cpus\npoints_per_item: 1.5\nitems: [鲲鹏, 海光, 飞腾]",
            maximum: 5,
            bids: [
                ExampleBid("a", facts: ["domestic_cpus": "鲲鹏 | Intel | 海光"]),
                ExampleBid("b", facts: ["domestic_cpus": "AMD"]),
            ],
            expected: ["3.00", "0.00"]
        ),
    ]

    let fact: String
    let pointsPerItem: Rational
    /// The items that count, or `nil` when every item does.
    let counted: Set<String>?

    public init(parameters: ScorerParameters) throws(ScorerError) {
        fact = try parameters.factName()
        pointsPerItem = try parameters.points("points_per_item")
        guard pointsPerItem > .zero else {
            throw parameters.error("expected points per item greater than 0, found 0", at: "points_per_item")
        }
        if parameters.has("items") {
            counted = Set(try parameters.distinctStrings("items", what: "items"))
        } else {
            counted = nil
        }
    }

    public var facts: [FactRequirement] { [FactRequirement(fact, .list)] }

    public func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let items = try bid.list(fact)
        var seen = Set<String>()
        var used: [String] = []
        var ignored: [String] = []
        for item in items where seen.insert(item).inserted {
            if counted?.contains(item) ?? true { used.append(item) } else { ignored.append(item) }
        }
        let total = Rational(used.count) * pointsPerItem
        let points = min(total, maximum)
        let (counted, skipped) = (used, ignored)
        return Award(points, unrecognised: UnrecognisedItems.found(fact: fact, items: ignored, recognised: self.counted ?? [])) {
            (reason(used: counted, ignored: skipped, total: total, maximum: maximum), [fact: .list(items)])
        }
    }

    private func reason(used: [String], ignored: [String], total: Rational, maximum: Rational) -> Phrase {
        var parts = [Phrase(total > maximum ? "per-item.capped" : "per-item.total", [
            "count": .quantity(Rational(used.count), .items), "each": .number(pointsPerItem), "total": .number(total),
            "maximum": .quantity(maximum, .points),
            "listed": .optional(used.isEmpty ? nil : Phrase("items.listed", ["items": .writtenList(used)])),
        ])]
        if !ignored.isEmpty { parts.append(Phrase("items.ignored", ["items": .writtenList(ignored)])) }
        return Phrase("clauses", ["parts": .phrases(parts)])
    }
}
