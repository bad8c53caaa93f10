import VendorScoreCore

/// Scorers for price and cost: the 财政部令第87号 price score, the average-price benchmark, bids
/// quoted as a discount rate, and total cost of ownership.
///
/// ```swift
/// let registry = try ScorerRegistry([ScorerModule("CostScorers", CostScorers.all)])
/// ```
public enum CostScorers {
    public static let all: [any Scorer.Type] = [
        Price87Scorer.self,
        MeanBenchmarkScorer.self,
        DiscountRateScorer.self,
        TCOScorer.self,
    ]
}
