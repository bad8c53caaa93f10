import VendorScoreCore
public enum SecurityScorers { public static let all: [any Scorer.Type] = [] }
