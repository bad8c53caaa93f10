import VendorScoreCore

/// General-purpose scorers that work on any fact: lines, steps, tables, true/false, item
/// counts and ratios to the best bid.
///
/// ```swift
/// let registry = try ScorerRegistry([ScorerModule("GenericScorers", GenericScorers.all)])
/// ```
public enum GenericScorers {
    public static let all: [any Scorer.Type] = [
        LinearScorer.self,
        StepsScorer.self,
        LookupScorer.self,
        BooleanScorer.self,
        PerItemScorer.self,
        RatioToBestScorer.self,
    ]
}
