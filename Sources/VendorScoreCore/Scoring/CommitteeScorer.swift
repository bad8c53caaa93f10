/// Scores a subjective criterion from the evaluation committee's marks (评标委员会评分).
///
/// Each evaluator scores every bid independently (the bids file carries their marks); the
/// criterion's points are the mean, or the trimmed mean (drop one highest and one lowest) when
/// the rubric or the criterion says so. A spread above the rubric's share of the criterion's
/// points is flagged 畸高畸低 for re-evaluation (财政部令第87号 第64条); it changes no points.
public struct CommitteeScorer: Scorer {
    public static let id = "committee.panel"
    public static let version = "1.0.0"
    public static let summary = "Combines the evaluation committee's scores on a subjective criterion (mean or trimmed mean)."
    public static let parameters = [
        ParameterSpec("combine", "mean | trimmed-mean", required: false,
                      summary: "How evaluators' scores are combined; defaults to the rubric's committee.combine."),
    ]
    public static let examples = [
        ScorerExample(
            "Mean of five evaluators",
            maximum: 10,
            bids: [ExampleBid("a", scores: ["E1": "8", "E2": "9", "E3": "7", "E4": "8", "E5": "8.5"])],
            expected: ["8.10"]
        ),
        ScorerExample(
            "Trimmed mean drops the highest and the lowest",
            parameters: "combine: trimmed-mean",
            maximum: 10,
            bids: [ExampleBid("a", scores: ["E1": "2", "E2": "9", "E3": "7", "E4": "8", "E5": "10"])],
            expected: ["8.00"]
        ),
    ]

    /// The criterion's own `combine` parameter; `nil` means the rubric's committee policy.
    public let combination: CommitteePolicy.Combination?

    public init(parameters: ScorerParameters) throws(ScorerError) {
        if parameters.has("combine") {
            let word = try parameters.choice("combine", from: CommitteePolicy.Combination.allCases.map(\.rawValue), default: "mean")
            combination = CommitteePolicy.Combination(rawValue: word)
        } else {
            combination = nil
        }
    }

    public var facts: [FactRequirement] { [] }

    public func score(_ context: ScoringContext) throws(ScorerError) -> [Award] {
        let combination = self.combination ?? context.committee.combination
        var awards: [Award] = []
        for bid in context.bids {
            let marks = bid.evaluatorScores(context.criterionID)
            guard !marks.isEmpty else {
                throw ScorerError(Messages.noEvaluatorScores(criterion: context.criterionID, vendor: bid.id))
            }
            var used = marks.map(\.points).sorted()
            if combination == .trimmedMean {
                guard used.count >= 3 else {
                    throw ScorerError(Messages.trimmedMeanNeedsThree(criterion: context.criterionID, vendor: bid.id, count: used.count))
                }
                used = Array(used.dropFirst().dropLast())
            }
            let mean = used.reduce(Rational.zero, +) / Rational(used.count)
            let all = marks.map(\.points)
            let spread = all.max()! - all.min()!
            var flags: [Flag] = []
            if context.committee.isFlagged(spread: spread, maximum: context.maximum) {
                flags.append(Flag(.evaluatorSpread,
                                  EnginePhrases.evaluatorSpread(spread: spread, maximum: context.maximum, share: context.committee.spreadFlagShare),
                                  criterion: context.criterionID))
            }
            let (count, trimmed) = (used.count, combination == .trimmedMean)
            awards.append(Award(mean, flags: flags) {
                (EnginePhrases.committeeMean(count: count, mean: mean, trimmed: trimmed),
                 Dictionary(uniqueKeysWithValues: marks.map { ("evaluator:" + $0.evaluator, .number($0.points)) }))
            })
        }
        return awards
    }
}
