import Dispatch
import Foundation
import Synchronization

/// Hands each criterion to its scorer, on every core, and works out beside the scoring what the
/// engine keeps of each award: the points rounded by the rubric's rule, the criterion's detail
/// for the bids that keep it, flags, and warnings about list items a scorer does not recognise.
/// What is left for the engine to do in order is to place these in each vendor's result.
struct Scoring: Sendable {
    /// One criterion's results for a run of bids, in bid order: every bid, or a block of them.
    struct Column: Sendable {
        /// The position of the run's first bid.
        var first = 0
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

    /// Scores every criterion on every core and hands each criterion's column to `consume` in
    /// rubric order, a column in several runs of bids (in bid order) when it was scored so.
    /// Scorers are pure and Sendable, so the order they run in cannot change a result; the
    /// error reported is the one of the first failing criterion in rubric order.
    ///
    /// Criteria are scored a batch at a time, so that only a few criteria's awards are held at
    /// once. In a batch, criteria whose scorer scores each bid on its own (``BidScorer``) are
    /// scored a block of bids at a time, every such criterion on one block before the next: the
    /// block's facts stay in the core's cache for all of them, where a column at a time would
    /// read every bid's facts from memory once per criterion. The others see the whole column.
    func scoreAll(_ criteria: [Criterion], consume: (Column) -> Void) throws(ScorerError) {
        let batchSize = 4 * max(1, ProcessInfo.processInfo.activeProcessorCount)
        var start = 0
        while start < criteria.count {
            let batch = Array(criteria[start..<min(start + batchSize, criteria.count)])
            for column in score(batch) {
                // Each run is let go once consumed: a detailed evaluation's columns are its largest part.
                var runs = try column.get()
                for run in runs.indices {
                    consume(runs[run])
                    runs[run] = Column()
                }
            }
            start += batch.count
        }
    }

    /// The columns of a batch of criteria, in its order.
    private func score(_ batch: [Criterion]) -> [Result<[Column], ScorerError>] {
        var columns = [Result<[Column], ScorerError>?](repeating: nil, count: batch.count)
        let perBid = batch.indices.compactMap { index in
            (batch[index].scorer as? any BidScorer).map { (index: index, criterion: batch[index], scorer: $0) }
        }
        for (item, column) in zip(perBid, scoreByBlocks(perBid.map { ($0.criterion, $0.scorer) })) { columns[item.index] = column }
        let whole = batch.indices.filter { columns[$0] == nil }
        let results = Mutex<[Result<[Column], ScorerError>?]>(Array(repeating: nil, count: whole.count))
        DispatchQueue.concurrentPerform(iterations: whole.count) { offset in
            let criterion = batch[whole[offset]]
            let result = Result { () throws(ScorerError) in
                [try column(criterion, CriterionInfo(criterion), awards: score(criterion), from: 0)]
            }
            results.withLock { $0[offset] = result }
        }
        for (index, result) in zip(whole, results.withLock({ $0 })) { columns[index] = result }
        return columns.map { $0! }
    }

    /// What scoring one criterion on one block of bids gave.
    private enum BlockOutcome: Sendable {
        case column(Column)
        /// The scorer failed on a bid of the block: the first such bid's error.
        case failed(ScorerError)
        /// Points outside the criterion's range for a bid of the block: the first such bid.
        case outOfRange(ScorerError)
    }

    /// Per-bid criteria scored block by block; each criterion's column is its blocks' runs in bid
    /// order. A criterion reports what a whole column reports: the first bid the scorer failed
    /// on, else the first bid given points out of range.
    private func scoreByBlocks(_ criteria: [(criterion: Criterion, scorer: any BidScorer)]) -> [Result<[Column], ScorerError>] {
        guard !criteria.isEmpty else { return [] }
        let infos = criteria.map { CriterionInfo($0.criterion) }
        let blocks = Blocks.eachBlock(facts.count) { range in
            criteria.indices.map { number -> BlockOutcome in
                let (criterion, scorer) = criteria[number]
                var awards: [Award] = []
                awards.reserveCapacity(range.count)
                for position in range {
                    do throws(ScorerError) {
                        awards.append(try scorer.score(facts[position], maximum: criterion.maximum))
                    } catch {
                        return .failed(located(error, criterion))
                    }
                }
                if let problem = outOfRange(awards, of: facts[range], criterion) { return .outOfRange(problem) }
                return .column(column(criterion, infos[number], awards: awards, from: range.lowerBound))
            }
        }
        return criteria.indices.map { number in
            let outcomes = blocks.map { $0[number] }
            for outcome in outcomes { if case .failed(let error) = outcome { return .failure(error) } }
            for outcome in outcomes { if case .outOfRange(let error) = outcome { return .failure(error) } }
            return .success(outcomes.compactMap { if case .column(let run) = $0 { run } else { nil } })
        }
    }

    /// The column of the awards of the bids from position `first` on; `info` is what every
    /// result of the criterion shares.
    private func column(_ criterion: Criterion, _ info: CriterionInfo, awards: [Award], from first: Int) -> Column {
        var column = Column(first: first)
        column.points.reserveCapacity(awards.count)
        var hints = UnrecognisedItems.Hints()
        for (offset, var award) in awards.enumerated() {
            let position = first + offset
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
            throw located(error, criterion)
        }
        guard awards.count == facts.count else {
            throw ScorerError(Messages.awardCount(scorer: criterion.scorerID, found: awards.count, expected: facts.count),
                              at: criterion.location)
        }
        if let problem = outOfRange(awards, of: facts[...], criterion) { throw problem }
        return awards
    }

    /// A scorer's error, naming the criterion and, when the scorer named no place, at the criterion.
    private func located(_ error: ScorerError, _ criterion: Criterion) -> ScorerError {
        var located = error
        located.message = "\(criterion.id) (\(criterion.scorerID)): \(error.message)"
        if located.location == nil { located.location = criterion.location }
        return located
    }

    /// The first award outside `[0, maximum]`, as an error naming its vendor.
    private func outOfRange(_ awards: [Award], of bids: ArraySlice<BidFacts>, _ criterion: Criterion) -> ScorerError? {
        for (bid, award) in zip(bids, awards) where award.points.isNegative || award.points > criterion.maximum {
            return ScorerError(Messages.awardOutOfRange(scorer: criterion.scorerID, vendor: bid.id, points: award.points,
                                                        maximum: criterion.maximum), at: criterion.location)
        }
        return nil
    }
}
