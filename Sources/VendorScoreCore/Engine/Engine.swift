import Foundation
import Synchronization

/// Scores and ranks bids against a rubric.
///
/// The engine applies the gates, computes evaluation prices (policy deductions), flags abnormally
/// low prices, hands each criterion to its scorer, rounds by the rubric's rule, adds up group
/// subtotals and totals, and ranks. Bids are processed in order of vendor id, so the result does
/// not depend on the order of the bids file.
///
/// ```swift
/// let registry = try ScorerRegistry(modules)
/// let (rubric, _) = try RubricLoader(registry: registry).load(path: rubricPath)
/// let bids = try BidsLoader().load(path: bidsPath)
/// let evaluation = try Engine().evaluate(rubric: rubric, bids: bids.bids)
/// for vendor in evaluation.qualified { print(vendor.rank!, vendor.name, vendor.total!.fixed(2)) }
/// ```
public struct Engine: Sendable {
    public init() {}

    /// Scores and ranks `bids`. `detail` says for which vendors to keep every criterion's reason
    /// and inputs; points, subtotals, totals, flags and ranks are always kept for all.
    ///
    /// With a `tender` (checked by ``TenderChecker``), the committee's decisions are inputs like
    /// facts: corrected marks are scored, and bids found invalid or whose abnormally low price was
    /// not justified are excluded before scoring, so they set no benchmark.
    public func evaluate(rubric: Rubric, bids: [Bid], tender: Tender? = nil, warnings: [Diagnostic] = [],
                         detail: EvaluationDetail = .full) throws(ScorerError) -> Evaluation {
        let decisions = tender?.decisions ?? CommitteeDecisions()
        let given = bids.sorted { $0.id < $1.id }
        let bids = CommitteeReview.applyingCorrections(decisions.corrections, to: given)
        let spreadAsGiven = CommitteeReview.spreadFlagsAsGiven(decisions.corrections, in: given, rubric: rubric)
        let invalid = Dictionary(decisions.invalidBids.map { ($0.vendor, $0) }, uniquingKeysWith: { first, _ in first })
        var vendors: [VendorResult] = bids.map { bid in
            let (evaluationPrice, adjustments) = PriceAdjuster.evaluationPrice(for: bid, policy: rubric.price)
            var gates = GateEvaluator.evaluate(rubric.gates, bid: bid, defaults: rubric.factDefaults)
            if let decision = invalid[bid.id] { gates.append(CommitteeReview.invalidity(decision)) }
            return VendorResult(id: bid.id, name: bid.name, price: bid.price, evaluationPrice: evaluationPrice,
                                adjustments: adjustments, gates: gates,
                                criteria: [], criterionPoints: [], groups: [], total: nil, rank: nil,
                                rankNote: nil, flags: [])
        }
        // Abnormal prices are flagged among the bids still valid after review; the committee's
        // decision on a flag then keeps the bid or makes it invalid (第60条).
        let validIndices = vendors.indices.filter { vendors[$0].qualified }
        let lowFlags = AbnormalPriceCheck.flags(prices: validIndices.map { (vendors[$0].id, vendors[$0].price) }, policy: rubric.price)
        for decision in decisions.abnormalPrices where decision.outcome == .rejected {
            if let index = validIndices.first(where: { vendors[$0].id == decision.vendor }), lowFlags[decision.vendor] != nil {
                vendors[index].gates.append(CommitteeReview.rejection(decision))
            }
        }
        let qualifiedIndices = validIndices.filter { vendors[$0].qualified }
        guard qualifiedIndices.count >= rubric.minimumQualified else {
            return Evaluation(rubric: rubric,
                              outcome: .tooFewQualified(qualified: qualifiedIndices.count, minimum: rubric.minimumQualified),
                              vendors: vendors, benchmark: nil, warnings: warnings, tender: tender)
        }
        for index in validIndices where !vendors[index].qualified {
            vendors[index].flags = lowFlags[vendors[index].id] ?? []
        }

        let facts = qualifiedIndices.map { index in
            BidFacts(id: bids[index].id, name: bids[index].name, price: bids[index].price,
                     evaluationPrice: vendors[index].evaluationPrice, facts: bids[index].facts,
                     defaults: rubric.factDefaults, evaluatorScores: bids[index].evaluatorScores)
        }
        let detailed = qualifiedIndices.map { detail.includes(vendors[$0].id) }
        let criteria = rubric.criteria
        for (position, index) in qualifiedIndices.enumerated() {
            vendors[index].flags = lowFlags[vendors[index].id] ?? []
            vendors[index].criterionPoints.reserveCapacity(criteria.count)
            if detailed[position] { vendors[index].criteria.reserveCapacity(criteria.count) }
        }
        var warnings = warnings
        try scoreAll(criteria, facts: facts, committee: rubric.committee) { criterion, awards, unrecognised in
            let info = CriterionInfo(criterion)
            for (position, var award) in awards.enumerated() {
                let index = qualifiedIndices[position]
                // A corrected criterion keeps the spread flag its marks had as given.
                if !spreadAsGiven.isEmpty, let flag = spreadAsGiven[vendors[index].id]?[criterion.id] {
                    award.flags = award.flags.filter { $0.kind != .evaluatorSpread } + [flag]
                }
                let points = rubric.roundsCriteria ? award.points.rounded(rubric.rounding) : award.points
                vendors[index].criterionPoints.append(points)
                if detailed[position] {
                    vendors[index].criteria.append(CriterionResult(criterion: info, points: points, award: award))
                }
                if !award.flags.isEmpty { vendors[index].flags += award.flags }
            }
            warnings += unrecognised
        }
        for index in qualifiedIndices {
            var offset = 0
            vendors[index].groups = rubric.groups.map { group in
                let points = vendors[index].criterionPoints[offset..<(offset + group.criteria.count)].reduce(Rational.zero, +)
                offset += group.criteria.count
                return GroupSubtotal(groupID: group.id, title: group.title, points: points, maximum: group.maximum)
            }
            vendors[index].total = vendors[index].criterionPoints.reduce(Rational.zero, +).rounded(rubric.rounding)
        }

        let ranked = Ranker.rank(qualifiedIndices.map { vendors[$0] }, keys: rubric.tieBreak,
                                 groups: rubric.groups.map(\.id), criteria: rubric.criteria.map(\.id),
                                 titles: Self.titles(rubric))
        let others = vendors.filter { !$0.qualified }
        // The lowest evaluation price is the benchmark of 第55条's rule only; another price rule
        // (an average-price benchmark, a discount rate) states its own in every reason.
        let benchmark = criteria.contains { $0.scorerEntry.scoresPrice && !$0.scorerEntry.isArticle55PriceRule }
            ? nil : facts.map(\.evaluationPrice).min()
        return Evaluation(rubric: rubric, outcome: .ranked, vendors: ranked + others, benchmark: benchmark, warnings: warnings,
                          tender: tender, recommended: CommitteeReview.recommended(ranked, count: decisions.recommend))
    }

    /// Scores the criteria a few at a time, one per core, handing each criterion's awards and
    /// the warnings about list items it does not recognise to `consume` in rubric order. Scorers
    /// are pure and Sendable, so the order they run in cannot change a result; small batches keep
    /// only a few criteria's awards in memory at once.
    private func scoreAll(_ criteria: [Criterion], facts: [BidFacts], committee: CommitteePolicy,
                          consume: (Criterion, [Award], [Diagnostic]) -> Void) throws(ScorerError) {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var start = 0
        while start < criteria.count {
            let batch = Array(criteria[start..<min(start + width, criteria.count)])
            let results = Mutex<[Result<([Award], [Diagnostic]), ScorerError>?]>(Array(repeating: nil, count: batch.count))
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                let result = Result { () throws(ScorerError) in
                    let awards = try score(batch[index], facts: facts, committee: committee)
                    return (awards, Self.unrecognisedItems(awards, criterion: batch[index], facts: facts))
                }
                results.withLock { $0[index] = result }
            }
            // The first failing criterion in rubric order is reported, whichever finished first.
            for (criterion, result) in zip(batch, results.withLock { $0 }) {
                let (awards, unrecognised) = try result!.get()
                consume(criterion, awards, unrecognised)
            }
            start += width
        }
    }

    private func score(_ criterion: Criterion, facts: [BidFacts], committee: CommitteePolicy) throws(ScorerError) -> [Award] {
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

    /// A warning for each bid's list items the criterion's scorer does not recognise, in bid
    /// order. Bids tend to repeat the same unknown items, so each item's hint is worked out once.
    private static func unrecognisedItems(_ awards: [Award], criterion: Criterion, facts: [BidFacts]) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        var hints = UnrecognisedItems.Hints()
        for (bid, award) in zip(facts, awards) {
            for items in award.unrecognised {
                warnings.append(items.diagnostic(vendor: bid.id, criterion: criterion, at: bid.location(of: items.fact), hints: &hints))
            }
        }
        return warnings
    }

    /// The titles of the groups and criteria, keyed as tie-break keys name them (`group:ID`,
    /// `criterion:ID`), for ranking notes.
    static func titles(_ rubric: Rubric) -> [String: LocalizedText] {
        var titles: [String: LocalizedText] = [:]
        for group in rubric.groups { titles[TieBreakKey.higherGroup(group.id).description] = group.title }
        for criterion in rubric.criteria { titles[TieBreakKey.higherCriterion(criterion.id).description] = criterion.title }
        return titles
    }
}
