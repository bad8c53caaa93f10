import VendorScoreCore

/// Total cost of ownership over the service term: `one_time_cost + annual_cost × years`. The
/// lowest TCO scores full points, others `lowest ÷ TCO × maximum`. Costs are amounts in yuan,
/// written as a price is (`2800000`, `2,800,000`, `¥2,800,000`, `280万元`).
///
/// It is not the price score: the 87号令 price weight counts only `cost.price-87`.
///
/// ```yaml
/// - id: tco
///   points: 10
///   scorer: cost.tco
///   params: {years: 3}
/// ```
public struct TCOScorer: Scorer {
    public static let id = "cost.tco"
    public static let version = "1.0.0"
    public static let summary = "Total cost of ownership (one-time + annual × years); lowest TCO ÷ the bid's TCO × maximum."
    public static let parameters = [
        ParameterSpec("years", "whole number", summary: "The service term in years, at least 1."),
    ]
    public static let examples = [
        ScorerExample(
            "The cheaper bid over three years wins, though its one-time cost is higher",
            parameters: "years: 3",
            maximum: 10,
            bids: [
                ExampleBid("a", facts: ["one_time_cost": "1200000", "annual_cost": "300000"]),
                ExampleBid("b", facts: ["one_time_cost": "600000", "annual_cost": "400000"]),
            ],
            expected: ["8.57", "10.00"]
        ),
        ScorerExample(
            "Equal lowest TCO both score full points",
            parameters: "years: 5",
            maximum: 6,
            bids: [
                ExampleBid("a", facts: ["one_time_cost": "500000", "annual_cost": "100000"]),
                ExampleBid("b", facts: ["one_time_cost": "0", "annual_cost": "200000"]),
                ExampleBid("c", facts: ["one_time_cost": "1000000", "annual_cost": "200000"]),
            ],
            expected: ["6.00", "6.00", "3.00"]
        ),
        ScorerExample(
            "Costs written as in a price cell are read exactly: the first example's bids again",
            parameters: "years: 3",
            maximum: 10,
            bids: [
                ExampleBid("a", facts: ["one_time_cost": "¥1,200,000", "annual_cost": "30万元"]),
                ExampleBid("b", facts: ["one_time_cost": "600,000", "annual_cost": "400000元"]),
            ],
            expected: ["8.57", "10.00"]
        ),
    ]

    let years: Int
    let yearsValue: Rational

    public init(parameters: ScorerParameters) throws(ScorerError) {
        years = try parameters.count("years")
        yearsValue = Rational(years)
    }

    public var facts: [FactRequirement] {
        [FactRequirement("one_time_cost", .amount), FactRequirement("annual_cost", .amount)]
    }

    public func score(_ context: ScoringContext) throws(ScorerError) -> [Award] {
        var costs: [(oneTime: Rational, annual: Rational, total: Rational)] = []
        costs.reserveCapacity(context.bids.count)
        for bid in context.bids {
            let oneTime = try bid.amount("one_time_cost")
            let annual = try bid.amount("annual_cost")
            costs.append((oneTime, annual, oneTime + annual * yearsValue))
        }
        guard let lowest = costs.lazy.map(\.total).min() else { return [] }
        let maximum = context.maximum
        let years = self.years
        return costs.map { cost in
            let points = Scales.ratioToBest(cost.total, best: lowest, higherIsBetter: false, maximum: maximum)
            return Award(points) {
                (Phrase("tco.rule", [
                    "one_time": .amount(cost.oneTime), "annual": .amount(cost.annual), "years": .quantity(Rational(years), .years),
                    "total": .amount(cost.total), "lowest": .amount(lowest), "maximum": .number(maximum),
                ]), [
                    "one_time_cost": .number(cost.oneTime), "annual_cost": .number(cost.annual),
                    "tco": .number(cost.total), "lowest_tco": .number(lowest),
                ])
            }
        }
    }
}
