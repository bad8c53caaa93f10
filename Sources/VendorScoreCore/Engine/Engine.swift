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
    ///
    /// The bids are taken, not copied: handed over with `consume`, their facts are let go once
    /// scored, before ranking, so a large tender does not hold its facts and its results at once.
    public func evaluate(rubric: Rubric, bids: consuming [Bid], tender: Tender? = nil, warnings: [Diagnostic] = [],
                         detail: EvaluationDetail = .full) throws(ScorerError) -> Evaluation {
        let decisions = tender?.decisions ?? CommitteeDecisions()
        // Sorted where they lie: `sorted` would copy every bid first.
        var given = consume bids
        given.sort { $0.id < $1.id }
        let spreadAsGiven = CommitteeReview.spreadFlagsAsGiven(decisions.corrections, in: given, rubric: rubric)
        var bids = CommitteeReview.applyingCorrections(decisions.corrections, to: consume given)
        let invalid = Dictionary(decisions.invalidBids.map { ($0.vendor, $0) }, uniquingKeysWith: { first, _ in first })
        // Gates and deductions on every core: each bid's depend on that bid alone.
        var vendors: [VendorResult] = Blocks.map(bids.count) { [bids] position in
            let bid = bids[position]
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

        var facts = qualifiedIndices.map { index in
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
        let scoring = Scoring(facts: facts, committee: rubric.committee, detailed: detailed, spreadAsGiven: spreadAsGiven,
                              rounding: rubric.roundsCriteria ? rubric.rounding : nil)
        try (consume scoring).scoreAll(criteria) { column in
            for (offset, points) in column.points.enumerated() {
                vendors[qualifiedIndices[column.first + offset]].criterionPoints.append(points)
            }
            for (position, result) in column.details {
                vendors[qualifiedIndices[position]].criteria.append(result)
            }
            for (position, flags) in column.flags {
                vendors[qualifiedIndices[position]].flags += flags
            }
            warnings += column.warnings
        }
        // The lowest evaluation price is the benchmark of 第55条's rule only; another price rule
        // (an average-price benchmark, a discount rate) states its own in every reason.
        let benchmark = criteria.contains { $0.scorerEntry.scoresPrice && !$0.scorerEntry.isArticle55PriceRule }
            ? nil : facts.map(\.evaluationPrice).min()
        facts = []
        bids = []
        // Each group's maximum is a sum over its criteria: worked out once, not once a vendor.
        let groups = rubric.groups.map { (id: $0.id, title: $0.title, size: $0.criteria.count, maximum: $0.maximum) }
        let rounding = rubric.rounding
        let points = qualifiedIndices.map { vendors[$0].criterionPoints }
        // On every core; a total is the sum of the group subtotals, which is exactly the sum of
        // the criteria, in half the additions.
        let sums = Blocks.map(points.count) { position in
            var offset = 0
            let subtotals = groups.map { group in
                let sum = points[position][offset..<(offset + group.size)].reduce(Rational.zero, +)
                offset += group.size
                return GroupSubtotal(groupID: group.id, title: group.title, points: sum, maximum: group.maximum)
            }
            return (subtotals, subtotals.reduce(Rational.zero) { $0 + $1.points }.rounded(rounding))
        }
        for (position, index) in qualifiedIndices.enumerated() {
            (vendors[index].groups, vendors[index].total) = sums[position]
        }

        let ranked = Ranker.rank(qualifiedIndices.map { vendors[$0] }, keys: rubric.tieBreak,
                                 groups: rubric.groups.map(\.id), criteria: rubric.criteria.map(\.id),
                                 titles: Self.titles(rubric))
        let others = vendors.filter { !$0.qualified }
        return Evaluation(rubric: rubric, outcome: .ranked, vendors: ranked + others, benchmark: benchmark, warnings: warnings,
                          tender: tender, recommended: CommitteeReview.recommended(ranked, count: decisions.recommend))
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
