import VendorScoreCore

/// The average-price benchmark of works tenders and state-owned enterprises (平均价基准法): the
/// benchmark is the mean of the qualified bids' evaluation prices, optionally without the
/// highest and the lowest, times a factor K; a bid at the benchmark scores full points, and
/// points are deducted per 1% it lies above (`above`) or below (`below`) the benchmark, down to
/// `floor`.
///
/// The deviation is `|price − benchmark| ÷ benchmark × 100`, in percent. A partial percent counts
/// in proportion by default (`partial_percent: proportional`, 0.5% above deducts half of
/// `above`); `ignore` deducts only whole percents (不足1%不扣分), `count-as-one` counts a started
/// percent as a whole one (不足1%按1%计). Everything is exact; only the rubric's rounding rounds.
///
/// This is not the price rule of 财政部令第87号 第55条: a government-procurement rubric using it
/// gets a warning.
///
/// ```yaml
/// - id: price
///   points: 40
///   scorer: cost.price-mean-benchmark
///   params: { factor: 0.95, drop_extremes: true, above: 0.8, below: 0.4, floor: 5 }
/// ```
public struct MeanBenchmarkScorer: Scorer {
    public static let id = "cost.price-mean-benchmark"
    public static let version = "1.0.0"
    public static let summary = "Average-price benchmark (mean of qualified bids × K); points deducted per 1% above and below it."
    public static let parameters = [
        ParameterSpec("above", "points", summary: "Points deducted per 1% above the benchmark."),
        ParameterSpec("below", "points", summary: "Points deducted per 1% below the benchmark (0 for none)."),
        ParameterSpec("factor", "number", required: false, summary: "K, the benchmark's factor on the mean; 1 by default."),
        ParameterSpec("drop_extremes", "true or false", required: false,
                      summary: "Leave the highest and the lowest price out of the mean; false by default."),
        ParameterSpec("drop_from", "whole number", required: false,
                      summary: "Leave them out only with at least this many qualified bids; 5 by default, at least 3."),
        ParameterSpec("floor", "points", required: false, summary: "The fewest points a bid can score; 0 by default."),
        ParameterSpec("partial_percent", "proportional, ignore or count-as-one", required: false,
                      summary: "How a part of a percent deducts: in proportion (default), not at all, or as a whole percent."),
    ]
    public static let scoresPrice = true
    public static let examples = [
        ScorerExample(
            "The mean is the benchmark; above deducts more than below",
            parameters: "above: 1\nbelow: 0.5",
            maximum: 30,
            bids: [
                ExampleBid("a", price: "9000000"),
                ExampleBid("b", price: "10000000"),
                ExampleBid("c", price: "11000000"),
            ],
            expected: ["25.00", "30.00", "20.00"]
        ),
        ScorerExample(
            "Highest and lowest left out, K = 0.95, a floor: benchmark 10,000,000 × 0.95 = 9,500,000",
            parameters: "factor: 0.95\ndrop_extremes: true\nabove: 0.8\nbelow: 0.4\nfloor: 5",
            maximum: 40,
            bids: [
                ExampleBid("a", price: "8000000"),
                ExampleBid("b", price: "9500000"),
                ExampleBid("c", price: "10000000"),
                ExampleBid("d", price: "10500000"),
                ExampleBid("e", price: "14000000"),
            ],
            expected: ["33.68", "40.00", "35.79", "31.58", "5.00"]
        ),
        ScorerExample(
            "Fewer bids than drop_from: all four are in the mean",
            parameters: "drop_extremes: true\nabove: 1\nbelow: 0.5",
            maximum: 30,
            bids: [
                ExampleBid("a", price: "9000000"),
                ExampleBid("b", price: "9500000"),
                ExampleBid("c", price: "10000000"),
                ExampleBid("d", price: "11500000"),
            ],
            expected: ["25.00", "27.50", "30.00", "15.00"]
        ),
        ScorerExample(
            "Only whole percents deduct: 3.5% below deducts 3 × 1, 3.5% above 3 × 2",
            parameters: "above: 2\nbelow: 1\npartial_percent: ignore",
            maximum: 20,
            bids: [
                ExampleBid("a", price: "9650000"),
                ExampleBid("b", price: "10000000"),
                ExampleBid("c", price: "10350000"),
            ],
            expected: ["17.00", "20.00", "14.00"]
        ),
        ScorerExample(
            "A started percent counts as one: 3.5% deducts as 4%",
            parameters: "above: 2\nbelow: 1\npartial_percent: count-as-one",
            maximum: 20,
            bids: [
                ExampleBid("a", price: "9650000"),
                ExampleBid("b", price: "10000000"),
                ExampleBid("c", price: "10350000"),
            ],
            expected: ["16.00", "20.00", "12.00"]
        ),
        ScorerExample(
            "The mean is of evaluation prices: a's small-enterprise deduction puts it at 9,000,000, not 10,000,000",
            parameters: "above: 0.5\nbelow: 0.2",
            maximum: 10,
            bids: [
                ExampleBid("a", price: "10000000", evaluationPrice: "9000000"),
                ExampleBid("b", price: "9000000"),
                ExampleBid("c", price: "12000000"),
            ],
            expected: ["8.00", "8.00", "0.00"]
        ),
    ]

    enum Partial: String, CaseIterable {
        case proportional, ignore
        case countAsOne = "count-as-one"
    }

    let above: Rational
    let below: Rational
    let factor: Rational
    let dropExtremes: Bool
    let dropFrom: Int
    let floor: Rational
    let partial: Partial

    public init(parameters: ScorerParameters) throws(ScorerError) {
        try parameters.expectOnly(Self.parameters.map(\.name))
        above = try parameters.points("above")
        below = try parameters.points("below")
        factor = try parameters.number("factor", default: .one)
        guard factor > 0 else { throw parameters.error("expected a factor above 0, found \(factor.decimalString())", at: "factor") }
        dropExtremes = try parameters.bool("drop_extremes", default: false)
        dropFrom = try parameters.wholeNumber("drop_from", in: 3...1000, default: 5)
        floor = parameters.has("floor") ? try parameters.points("floor") : .zero
        partial = Partial(rawValue: try parameters.choice("partial_percent", from: Partial.allCases.map(\.rawValue),
                                                          default: Partial.proportional.rawValue))!
    }

    public var facts: [FactRequirement] { [] }

    public func score(_ context: ScoringContext) throws(ScorerError) -> [Award] {
        guard !context.bids.isEmpty else { return [] }
        let (mean, dropped) = Self.mean(context.bids.map(\.evaluationPrice), dropExtremes: dropExtremes, from: dropFrom)
        let benchmark = mean * factor
        let maximum = context.maximum
        return context.bids.map { bid in
            let price = bid.evaluationPrice
            let deviation = (price - benchmark) / benchmark * Rational(100)
            let isAbove = deviation > 0
            let counted = counted(isAbove ? deviation : -deviation)
            let deduction = counted * (isAbove ? above : below)
            let points = max(floor, maximum - deduction)
            let (rate, floor, factor, bidPrice) = (isAbove ? above : below, self.floor, self.factor, bid.price)
            return Award(points) {
                (Self.reason(price: price, bidPrice: bidPrice, mean: mean, dropped: dropped, factor: factor, benchmark: benchmark,
                             deviation: deviation, counted: counted, rate: rate, maximum: maximum, floor: floor, points: points),
                 ["price": .number(bidPrice), "evaluation_price": .number(price), "benchmark": .number(benchmark)])
            }
        }
    }

    /// The mean, leaving out one highest and one lowest price when asked and there are enough.
    static func mean(_ prices: [Rational], dropExtremes: Bool, from: Int) -> (mean: Rational, dropped: Bool) {
        var used = prices.sorted()
        let dropped = dropExtremes && used.count >= from
        if dropped { used = Array(used.dropFirst().dropLast()) }
        return (used.reduce(.zero, +) / Rational(used.count), dropped)
    }

    /// The percents that deduct, by the `partial_percent` rule.
    func counted(_ percent: Rational) -> Rational {
        switch partial {
        case .proportional: return percent
        // Deviations are never negative, so rounding down is the floor and rounding up the ceiling.
        case .ignore: return percent.rounded(RoundingRule(mode: .down, decimals: 0))
        case .countAsOne: return percent.rounded(RoundingRule(mode: .up, decimals: 0))
        }
    }

    private static func reason(price: Rational, bidPrice: Rational, mean: Rational, dropped: Bool, factor: Rational,
                               benchmark: Rational, deviation: Rational, counted: Rational, rate: Rational,
                               maximum: Rational, floor: Rational, points: Rational) -> Phrase {
        var parts = [Phrase(dropped ? "mean-benchmark.trimmed" : "mean-benchmark.mean", [
            "mean": .amount(mean), "benchmark": .amount(benchmark),
            "factor": .optional(factor == .one ? nil : Phrase("times", ["factor": .number(factor)])),
        ])]
        let deducted = PhraseValue.optional(price == bidPrice ? nil : Phrase("price.after-deductions", ["bid": .amount(bidPrice)]))
        if deviation.isZero {
            parts.append(Phrase("mean-benchmark.at-benchmark", ["price": .amount(price), "deducted": deducted]))
            return Phrase("clauses", ["parts": .phrases(parts)])
        }
        let magnitude = deviation > 0 ? deviation : -deviation
        parts.append(Phrase(deviation > 0 ? "mean-benchmark.above" : "mean-benchmark.below", [
            "price": .amount(price), "deducted": deducted, "deviation": .percent(magnitude, decimals: 4),
            "counted": .optional(counted == magnitude ? nil
                                 : Phrase("mean-benchmark.counted", ["counted": .percent(counted, decimals: 4)])),
        ]))
        parts.append(Phrase("mean-benchmark.deduction", [
            "maximum": .number(maximum), "counted": .number(counted, decimals: 4), "rate": .number(rate),
            "floor": .optional(points == floor && !floor.isZero || points.isZero
                               ? Phrase("mean-benchmark.floor", ["floor": .number(floor)]) : nil),
        ]))
        return Phrase("clauses", ["parts": .phrases(parts)])
    }
}
