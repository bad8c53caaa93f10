import VendorScoreCore
public enum ReliabilityScorers { public static let all: [any Scorer.Type] = [] }
