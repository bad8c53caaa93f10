import VendorScoreCore
public enum ScalabilityScorers { public static let all: [any Scorer.Type] = [] }
