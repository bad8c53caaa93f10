import VendorScoreCore

/// Bids quoted as a discount rate (下浮率) on a base the tender sets, as property services and
/// food supply are bought: the evaluation price is `(1 − rate) × base`, and the price score is
/// then 财政部令第87号's low-price formula on it, `lowest ÷ evaluation price × maximum`, so the
/// highest rate scores full points.
///
/// Policy deductions apply as to any price: a bid whose evaluation price is 90% of its bid price
/// (a 10% small-enterprise deduction) is evaluated at 90% of `(1 − rate) × base`. The bid's
/// `price` must be the total the rate gives, which the ceiling and abnormally-low checks read: a
/// bid whose price and rate disagree is an error naming both, never scored on one of them.
///
/// Rates are scored through the price they give rather than by steps of rate, because that is
/// how 政府采购 scores a price (第55条) and it keeps the bid with the lowest resulting price on top.
///
/// ```yaml
/// - id: price
///   points: 30
///   scorer: cost.discount-rate
///   params: { base: 10_000_000 }   # facts: { discount_rate: 8% }
/// ```
public struct DiscountRateScorer: Scorer {
    public static let id = "cost.discount-rate"
    public static let version = "1.0.0"
    public static let summary = "Discount-rate bids (下浮率): (1 − rate) × base, then lowest ÷ that price × maximum."
    public static let parameters = [
        ParameterSpec("base", "number", summary: "The base the rate is taken off, in yuan (the tender's 控制价 or 基准价)."),
        ParameterSpec("fact", "fact name", required: false, summary: "The fact holding the rate; discount_rate by default."),
    ]
    public static let scoresPrice = true
    public static let examples = [
        ScorerExample(
            "The highest rate gives the lowest price and full points",
            parameters: "base: 10000000",
            maximum: 30,
            bids: [
                ExampleBid("a", price: "9200000", facts: ["discount_rate": "8%"]),
                ExampleBid("b", price: "8800000", facts: ["discount_rate": "12%"]),
                ExampleBid("c", price: "9500000", facts: ["discount_rate": "5%"]),
            ],
            expected: ["28.70", "30.00", "27.79"]
        ),
        ScorerExample(
            "A small-enterprise deduction (evaluation price 90% of the bid price) applies to the rate's price",
            parameters: "base: 2000000\nfact: 下浮率",
            maximum: 20,
            bids: [
                ExampleBid("a", price: "1840000", evaluationPrice: "1656000", facts: ["下浮率": "8%"]),
                ExampleBid("b", price: "1800000", facts: ["下浮率": "10%"]),
            ],
            expected: ["20.00", "18.40"]
        ),
    ]

    let base: Rational
    let fact: String

    public init(parameters: ScorerParameters) throws(ScorerError) {
        try parameters.expectOnly(["base", "fact"])
        base = try parameters.number("base")
        guard base > 0 else { throw parameters.error("expected a base above 0, found \(base.decimalString())", at: "base") }
        fact = parameters.has("fact") ? try parameters.factName() : "discount_rate"
    }

    public var facts: [FactRequirement] { [FactRequirement(fact, .percent)] }

    public func score(_ context: ScoringContext) throws(ScorerError) -> [Award] {
        var priced: [(rate: Rational, quoted: Rational, evaluated: Rational)] = []
        priced.reserveCapacity(context.bids.count)
        for bid in context.bids {
            let rate = try bid.percent(fact)
            guard rate < 100 else {
                throw ScorerError("vendor '\(bid.id)': a discount rate of \(rate.decimalString())% leaves no price; expected a rate below 100%",
                                  at: bid.location(of: fact))
            }
            let quoted = (Rational.one - rate / Rational(100)) * base
            guard quoted == bid.price else {
                throw ScorerError("vendor '\(bid.id)': the price \(bid.price.grouped) is not what its \(fact) gives, "
                    + "(1 − \(rate.decimalString())%) × base \(base.grouped) = \(quoted.grouped); expected the two to agree",
                                  at: bid.location(of: fact))
            }
            // The policy deduction, as the ratio of the evaluation price to the bid price.
            priced.append((rate, quoted, quoted * bid.evaluationPrice / bid.price))
        }
        guard let lowest = priced.lazy.map(\.evaluated).min() else { return [] }
        let (maximum, base) = (context.maximum, self.base)
        return priced.map { price in
            let points = Scales.ratioToBest(price.evaluated, best: lowest, higherIsBetter: false, maximum: maximum)
            return Award(points) {
                (Self.reason(price, base: base, lowest: lowest, maximum: maximum),
                 ["discount_rate": .percent(price.rate), "evaluation_price": .number(price.evaluated), "benchmark": .number(lowest)])
            }
        }
    }

    private static func reason(_ price: (rate: Rational, quoted: Rational, evaluated: Rational), base: Rational, lowest: Rational,
                               maximum: Rational) -> Phrase {
        let deducted = price.evaluated == price.quoted ? nil : Phrase("discount.after-deductions", ["evaluated": .amount(price.evaluated)])
        return Phrase("discount.rule", ["rate": .percent(price.rate), "base": .amount(base), "quoted": .amount(price.quoted),
                                        "deducted": .optional(deducted), "lowest": .amount(lowest), "evaluated": .amount(price.evaluated),
                                        "maximum": .number(maximum)])
    }
}
