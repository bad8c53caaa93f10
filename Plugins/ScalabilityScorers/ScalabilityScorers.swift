import VendorScoreCore

/// Scorers for scalability: elastic capacity, scale-out time and 信创 coverage.
///
/// ```swift
/// let registry = try ScorerRegistry([ScorerModule("ScalabilityScorers", ScalabilityScorers.all)])
/// ```
public enum ScalabilityScorers {
    public static let all: [any Scorer.Type] = [
        ElasticCapacityScorer.self,
        ScaleOutTimeScorer.self,
        XinchuangScorer.self,
    ]
}
