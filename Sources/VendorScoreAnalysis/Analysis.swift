import VendorScoreCore

/// Everything `vendorscore analyze` reports about one evaluation. Advisory: the official scores
/// and ranking are the evaluation's and are not changed.
///
/// ```swift
/// let evaluation = try Engine().evaluate(rubric: rubric, bids: bids)
/// let analysis = try Analysis(rubric: rubric, bids: bids, evaluation: evaluation,
///                             smaa: SMAA.Options(samples: 10_000, seed: 1))
/// print(analysis.smaa.acceptability[0][0])
/// ```
public struct Analysis: Sendable {
    public var table: PerformanceTable
    /// Per criterion, in rubric order: whether its points follow its maximum.
    public var scaling: [PointsScaling]
    public var sensitivity: [WeightSensitivity]
    public var influence: ExpertInfluence
    public var smaa: SMAA.Result
    public var secondOpinions: SecondOpinions

    /// Analyses `evaluation`, made from `rubric` and `bids` (and the tender file the evaluation holds).
    public init(rubric: Rubric, bids: [Bid], evaluation: Evaluation, smaa options: SMAA.Options = SMAA.Options())
        throws(AnalysisError) {
        table = try PerformanceTable(evaluation)
        scaling = PointsScaling.check(rubric: rubric, bids: bids, evaluation: evaluation)
        sensitivity = WeightSensitivity.analyse(table)
        influence = try ExpertInfluence.analyse(rubric: rubric, bids: bids, evaluation: evaluation)
        smaa = SMAA.run(table, marks: CommitteeMarks(rubric: rubric, bids: bids, evaluation: evaluation, table: table), options: options)
        secondOpinions = SecondOpinions(table)
    }
}
