import VendorScoreCore

/// Whether a criterion's points follow its maximum, so that the weight sensitivity's "this
/// criterion at x points" is what the scorer would really award.
///
/// Found by asking the criterion's own scorer to score the same bids with twice the maximum:
/// a scorer linear in the maximum (price formula, linear interpolation, yes/no) doubles every
/// bid's points; one whose points the rubric writes down (a points table, steps) or that adds up
/// evaluators' marks does not.
///
/// ```swift
/// let scaling = PointsScaling.check(rubric: rubric, bids: bids, evaluation: evaluation)
/// for (criterion, kind) in zip(rubric.criteria, scaling) where kind != .proportional { print(criterion.id, kind) }
/// ```
public enum PointsScaling: String, Sendable, CaseIterable {
    /// Points are performance × maximum: a new maximum rescales them.
    case proportional
    /// Committee marks, given on the criterion's present scale: a new maximum needs new marks.
    case committeeMarks = "committee-marks"
    /// Points the rubric sets (tables, steps) or the scorer fixes: they do not follow the maximum.
    case fixedPoints = "fixed-points"

    /// One answer per criterion, in rubric order. `bids` are the bids the evaluation scored.
    public static func check(rubric: Rubric, bids: [Bid], evaluation: Evaluation) -> [PointsScaling] {
        let bids = Rerun(rubric: rubric, bids: bids, evaluation: evaluation).bids
        let qualified = Set(evaluation.qualified.map(\.id))
        let prices = Dictionary(evaluation.vendors.map { ($0.id, $0.evaluationPrice) }, uniquingKeysWith: { first, _ in first })
        let facts = bids.filter { qualified.contains($0.id) }.sorted { $0.id < $1.id }.map { bid in
            BidFacts(id: bid.id, name: bid.name, price: bid.price, evaluationPrice: prices[bid.id] ?? bid.price,
                     facts: bid.facts, defaults: rubric.factDefaults, evaluatorScores: bid.evaluatorScores)
        }
        return rubric.criteria.map { criterion in
            if criterion.scorerID == CommitteeScorer.id { return .committeeMarks }
            let scaled = criterion.maximum * 2
            do {
                let once = try criterion.scorer.score(ScoringContext(criterionID: criterion.id, maximum: criterion.maximum,
                                                                     bids: facts, committee: rubric.committee))
                let twice = try criterion.scorer.score(ScoringContext(criterionID: criterion.id, maximum: scaled,
                                                                      bids: facts, committee: rubric.committee))
                let doubled = once.count == twice.count && zip(once, twice).allSatisfy { $0.points * 2 == $1.points }
                return doubled ? .proportional : .fixedPoints
            } catch {
                return .fixedPoints
            }
        }
    }
}
