import VendorScoreCore

/// The committee's marks in floating point, for sampling noise on them: for every subjective
/// criterion scored by `committee.panel`, every qualified vendor's marks in evaluator order.
public struct CommitteeMarks: Sendable {
    public struct Criterion: Sendable {
        /// Position in the rubric's criteria.
        public var index: Int
        public var maximum: Double
        public var trimmed: Bool
        /// `marks[vendor]`, vendors in the table's order, marks by evaluator id.
        public var marks: [[Double]]
    }

    public var criteria: [Criterion]

    /// The marks of the vendors in `table`, read from the bids the evaluation was made from with
    /// the corrections of the evaluation's tender file in place.
    public init(rubric: Rubric, bids: [Bid], evaluation: Evaluation, table: PerformanceTable) {
        let bids = Rerun(rubric: rubric, bids: bids, evaluation: evaluation).bids
        let byID = Dictionary(bids.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        criteria = rubric.criteria.enumerated().compactMap { index, criterion in
            guard let scorer = criterion.scorer as? CommitteeScorer else { return nil }
            let combination = scorer.combination ?? rubric.committee.combination
            let marks = table.vendors.map { vendor in
                (byID[vendor]?.evaluatorScores[criterion.id] ?? [:]).sorted { $0.key < $1.key }.map { $0.value.points.approximateDouble }
            }
            return Criterion(index: index, maximum: criterion.maximum.approximateDouble, trimmed: combination == .trimmedMean, marks: marks)
        }
    }

    public init(criteria: [Criterion]) {
        self.criteria = criteria
    }
}
