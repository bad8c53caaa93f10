import VendorScoreCore

/// Scorers for service reliability: SLA availability, RTO and RPO, disaster-recovery level and
/// availability zones.
///
/// ```swift
/// let registry = try ScorerRegistry([ScorerModule("ReliabilityScorers", ReliabilityScorers.all)])
/// ```
public enum ReliabilityScorers {
    public static let all: [any Scorer.Type] = [
        SLAScorer.self,
        RecoveryScorer.self,
        DRLevelScorer.self,
        ZonesScorer.self,
    ]
}
