import VendorScoreCore

/// This package's scorers, registered by the executable with
/// `ScorerModule("DataCentreScorers", DataCentreScorers.all)`.
public enum DataCentreScorers {
    public static let all: [any Scorer.Type] = [PUEScorer.self]
}
