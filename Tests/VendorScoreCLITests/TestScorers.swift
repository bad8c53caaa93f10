import VendorScoreCore

/// A third-party style scorer: full points when a number fact reaches a target.
struct TargetScorer: Scorer {
    static let id = "test.target"
    static let version = "2.0.1"
    static let summary = "Full points when the fact reaches the target."
    static let parameters = [
        ParameterSpec("fact", "fact name", summary: "The number fact to compare."),
        ParameterSpec("target", "number", required: false, summary: "The value for full points; 1 by default."),
    ]
    static let examples: [ScorerExample] = []

    let fact: String
    let target: Rational

    init(parameters: ScorerParameters) throws(ScorerError) {
        fact = try parameters.factName()
        target = try parameters.number("target", default: 1)
    }

    var facts: [FactRequirement] { [FactRequirement(fact, .number)] }

    func score(_ context: ScoringContext) throws(ScorerError) -> [Award] {
        var awards: [Award] = []
        for bid in context.bids {
            let value = try bid.number(fact)
            awards.append(Award(value >= target ? context.maximum : .zero, reason: "\(fact) against \(target.decimalString())"))
        }
        return awards
    }
}

/// A scorer that always fails while scoring, to check how scorer errors are reported.
struct FailingScorer: Scorer {
    static let id = "test.failing"
    static let version = "1.0.0"
    static let summary = "Always fails."
    static let parameters: [ParameterSpec] = []
    static let examples: [ScorerExample] = []

    init(parameters: ScorerParameters) throws(ScorerError) {}

    var facts: [FactRequirement] { [] }

    func score(_ context: ScoringContext) throws(ScorerError) -> [Award] {
        throw ScorerError("no data for vendor '\(context.bids.first?.id ?? "")'")
    }
}

let testModule = ScorerModule("TestScorers", [TargetScorer.self, FailingScorer.self])
