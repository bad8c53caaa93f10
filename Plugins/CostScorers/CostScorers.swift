import VendorScoreCore
public enum CostScorers { public static let all: [any Scorer.Type] = [] }
