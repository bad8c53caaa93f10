import VendorScoreCore

/// The price score of 财政部令第87号 (低价优先法): the benchmark is the lowest evaluation price
/// among the qualified bids, and each bid scores `benchmark ÷ evaluation price × maximum`.
///
/// Evaluation prices already carry the policy deductions (small and micro enterprises, domestic
/// products), so both the benchmark and each bid use the adjusted price.
///
/// ```yaml
/// - id: price
///   points: 30
///   scorer: cost.price-87
/// ```
public struct Price87Scorer: Scorer {
    public static let id = "cost.price-87"
    public static let version = "1.0.0"
    public static let summary = "财政部令第87号 price score: lowest evaluation price ÷ the bid's evaluation price × maximum."
    public static let parameters: [ParameterSpec] = []
    public static let scoresPrice = true
    public static let isArticle55PriceRule = true
    public static let examples = [
        ScorerExample(
            "The lowest price sets the benchmark",
            maximum: 30,
            bids: [
                ExampleBid("a", price: "8900000"),
                ExampleBid("b", price: "9860000"),
                ExampleBid("c", price: "12000000"),
            ],
            expected: ["30.00", "27.08", "22.25"]
        ),
        ScorerExample(
            "A small-enterprise deduction lowers the evaluation price, not the bid price",
            maximum: 10,
            bids: [
                ExampleBid("a", price: "10000000", evaluationPrice: "9000000"),
                ExampleBid("b", price: "9500000"),
            ],
            expected: ["10.00", "9.47"]
        ),
        ScorerExample(
            "Equal lowest prices both score full points",
            maximum: 20,
            bids: [
                ExampleBid("a", price: "9000000"),
                ExampleBid("b", price: "9000000"),
                ExampleBid("c", price: "18000000"),
            ],
            expected: ["20.00", "20.00", "10.00"]
        ),
    ]

    public init(parameters: ScorerParameters) throws(ScorerError) {
        // The formula is fixed by the regulation: nothing may tune it.
        if let name = parameters.names.first {
            throw parameters.error("cost.price-87 takes no parameters (the formula is fixed by 财政部令第87号); remove '\(name)'", at: name)
        }
    }

    public var facts: [FactRequirement] { [] }

    public func score(_ context: ScoringContext) throws(ScorerError) -> [Award] {
        guard let benchmark = context.bids.lazy.map(\.evaluationPrice).min() else { return [] }
        let maximum = context.maximum
        var awards: [Award] = []
        awards.reserveCapacity(context.bids.count)
        for bid in context.bids {
            // The reason and inputs keep the prices, not the bid: a bid kept by its reason would
            // keep all its facts as long as the result.
            let (price, bidPrice) = (bid.evaluationPrice, bid.price)
            let points = Scales.ratioToBest(price, best: benchmark, higherIsBetter: false, maximum: maximum)
            awards.append(Award(points) {
                (Self.reason(benchmark: benchmark, price: price, bidPrice: bidPrice, maximum: maximum),
                 ["price": .number(bidPrice), "evaluation_price": .number(price), "benchmark": .number(benchmark)])
            })
        }
        return awards
    }

    private static func reason(benchmark: Rational, price: Rational, bidPrice: Rational, maximum: Rational) -> Phrase {
        Phrase("price-87.formula", ["benchmark": .amount(benchmark), "price": .amount(price), "maximum": .number(maximum),
                                    "deducted": .optional(price == bidPrice ? nil : Phrase("price.after-deductions", ["bid": .amount(bidPrice)]))])
    }
}
