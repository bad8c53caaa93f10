import VendorScoreCore

/// Scorers for security and compliance: 等保 level, certifications and data residency.
///
/// ```swift
/// let registry = try ScorerRegistry([ScorerModule("SecurityScorers", SecurityScorers.all)])
/// ```
public enum SecurityScorers {
    public static let all: [any Scorer.Type] = [
        MLPSScorer.self,
        CertificationsScorer.self,
        DataResidencyScorer.self,
    ]
}
