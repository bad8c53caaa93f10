import VendorScoreCore
public enum GenericScorers { public static let all: [any Scorer.Type] = [] }
