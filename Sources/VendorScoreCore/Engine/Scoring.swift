import Dispatch
import Foundation
import Synchronization

/// Hands each criterion to its scorer, on every core, and works out beside the scoring what the
/// engine keeps of each award: the points rounded by the rubric's rule, the criterion's detail
/// for the bids that keep it, flags, and warnings about list items a scorer does not recognise.
/// What is left for the engine to do in order is to place these in each vendor's result.
struct Scoring: Sendable {
    /// One criterion's results for every bid, in bid order.
    struct Column: Sendable {
        /// Each bid's points, rounded when the rubric rounds criteria.
        var points: [Rational] = []
        /// The criterion's result for each bid that keeps its detail, by position.
        var details: [(position: Int, result: CriterionResult)] = []
        /// The flags of each bid that has any, by position.
        var flags: [(position: Int, flags: [Flag])] = []
        var warnings: [Diagnostic] = []
    }

    let facts: [BidFacts]
    let committee: CommitteePolicy
    /// Whether each bid keeps every criterion's reason and inputs.
    let detailed: [Bool]
    /// The spread flags of corrected marks as given, by vendor and criterion.
    let spreadAsGiven: [String: [String: Flag]]
    /// The rubric's rule when it rounds each criterion's points.
    let rounding: RoundingRule?

    /// Scores the criteria a batch at a time, several per core, handing each criterion's column
    /// to `consume` in rubric order. Scorers are pure and Sendable, so the order they run in
    /// cannot change a result; batches keep only a few criteria's awards in memory at once.
    func scoreAll(_ criteria: [Criterion], consume: (Column) -> Void) throws(ScorerError) {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let batchSize = 4 * width
        var start = 0
        while start < criteria.count {
            let batch = criteria[start..<min(start + batchSize, criteria.count)]
            let results = Mutex<[Result<Column, ScorerError>?]>(Array(repeating: nil, count: batch.count))
            DispatchQueue.concurrentPerform(iterations: batch.count) { offset in
                let result = Result { () throws(ScorerError) in try column(batch[batch.startIndex + offset]) }
                results.withLock { $0[offset] = result }
            }
            // The first failing criterion in rubric order is reported, whichever finished first.
            for result in results.withLock({ $0 }) {
                consume(try result!.get())
            }
            start = batch.endIndex
        }
    }

    private func column(_ criterion: Criterion) throws(ScorerError) -> Column {
        let awards = try score(criterion)
        let info = CriterionInfo(criterion)
        var column = Column()
        column.points.reserveCapacity(awards.count)
        var hints = UnrecognisedItems.Hints()
        for (position, var award) in awards.enumerated() {
            let bid = facts[position]
            // A corrected criterion keeps the spread flag its marks had as given.
            if !spreadAsGiven.isEmpty, let flag = spreadAsGiven[bid.id]?[criterion.id] {
                award.flags = award.flags.filter { $0.kind != .evaluatorSpread } + [flag]
            }
            let points = rounding.map { award.points.rounded($0) } ?? award.points
            column.points.append(points)
            if detailed[position] { column.details.append((position, CriterionResult(criterion: info, points: points, award: award))) }
            if !award.flags.isEmpty { column.flags.append((position, award.flags)) }
            // Bids tend to repeat the same unknown items, so each item's hint is worked out once.
            for items in award.unrecognised {
                column.warnings.append(items.diagnostic(vendor: bid.id, criterion: criterion, at: bid.location(of: items.fact), hints: &hints))
            }
        }
        return column
    }

    private func score(_ criterion: Criterion) throws(ScorerError) -> [Award] {
        let context = ScoringContext(criterionID: criterion.id, maximum: criterion.maximum, bids: facts, committee: committee)
        let awards: [Award]
        do {
            awards = try criterion.scorer.score(context)
        } catch {
            var located = error
            located.message = "\(criterion.id) (\(criterion.scorerID)): \(error.message)"
            if located.location == nil { located.location = criterion.location }
            throw located
        }
        guard awards.count == facts.count else {
            throw ScorerError(Messages.awardCount(scorer: criterion.scorerID, found: awards.count, expected: facts.count),
                              at: criterion.location)
        }
        for (bid, award) in zip(facts, awards) where award.points.isNegative || award.points > criterion.maximum {
            throw ScorerError(Messages.awardOutOfRange(scorer: criterion.scorerID, vendor: bid.id, points: award.points,
                                                       maximum: criterion.maximum), at: criterion.location)
        }
        return awards
    }
}
