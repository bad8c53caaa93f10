/// The committee's decisions from a tender file, as the engine applies them: corrected marks
/// replace the originals before marks are combined; a bid found invalid, or whose abnormally low
/// price the committee did not accept, fails a review like a gate and is not scored.
enum CommitteeReview {
    /// The review a bid found invalid fails; its stage is the decision's.
    static let invalidBidGate = "committee-invalid-bid"
    /// The review a bid fails when its abnormally low price is not justified (第60条).
    static let abnormalPriceGate = "committee-abnormal-price"

    /// The bids with every correction's mark in place of the original.
    static func applyingCorrections(_ corrections: [MarkCorrection], to bids: [Bid]) -> [Bid] {
        guard !corrections.isEmpty else { return bids }
        let byVendor = Dictionary(grouping: corrections, by: \.vendor)
        return bids.map { bid in
            guard let mine = byVendor[bid.id] else { return bid }
            var bid = bid
            for correction in mine {
                bid.evaluatorScores[correction.criterion, default: [:]][correction.member] =
                    EvaluatorScore(correction.after, at: correction.location)
            }
            return bid
        }
    }

    /// The 畸高畸低 flag on each corrected criterion, worked out on the marks as given: the flag is
    /// why the committee corrected a mark (第64条), so it stays on record after the correction
    /// has closed the spread. Keyed by vendor, then criterion; only flagged pairs are present.
    static func spreadFlagsAsGiven(_ corrections: [MarkCorrection], in bids: [Bid], rubric: Rubric) -> [String: [String: Flag]] {
        guard !corrections.isEmpty else { return [:] }
        let given = Dictionary(bids.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var flags: [String: [String: Flag]] = [:]
        for correction in corrections {
            guard let bid = given[correction.vendor],
                  let criterion = rubric.criteria.first(where: { $0.id == correction.criterion }),
                  let marks = bid.evaluatorScores[correction.criterion]?.values.map(\.points),
                  let highest = marks.max(), let lowest = marks.min() else { continue }
            let spread = highest - lowest
            guard rubric.committee.isFlagged(spread: spread, maximum: criterion.maximum) else { continue }
            flags[correction.vendor, default: [:]][correction.criterion] = Flag(
                .evaluatorSpread,
                EnginePhrases.evaluatorSpread(spread: spread, maximum: criterion.maximum, share: rubric.committee.spreadFlagShare),
                criterion: correction.criterion)
        }
        return flags
    }

    /// The failed review recording that the bid was found invalid.
    static func invalidity(_ decision: InvalidBidDecision) -> GateResult {
        GateResult(gateID: invalidBidGate, stage: decision.stage,
                   title: LocalizedText(zh: "认定为无效投标", en: "Found invalid"), passed: false,
                   reason: EnginePhrases.invalidByDecision(decision.record.reason, decidedBy: decision.record.decidedBy,
                                                      date: decision.record.date))
    }

    /// The failed review recording that the bidder did not justify its abnormally low price.
    static func rejection(_ decision: AbnormalPriceDecision) -> GateResult {
        GateResult(gateID: abnormalPriceGate, stage: .compliance,
                   title: LocalizedText(zh: "异常低价说明未被接受", en: "Abnormally low price not justified"), passed: false,
                   reason: EnginePhrases.abnormalRejected(decision.record.reason, decidedBy: decision.record.decidedBy,
                                                     date: decision.record.date))
    }

    /// Which bids the review leaves: `valid` pass every gate and were not found invalid; `flagged`
    /// are the valid ones with an abnormally low price; `scored` are the valid ones the committee
    /// did not reject on that price. The engine applies the same steps with full gate reasons.
    static func screen(_ bids: [Bid], rubric: Rubric, decisions: CommitteeDecisions)
        -> (valid: Set<String>, flagged: Set<String>, scored: Set<String>) {
        let invalid = Set(decisions.invalidBids.map(\.vendor))
        let valid = bids.filter { !invalid.contains($0.id) && GateEvaluator.passesAll(rubric.gates, bid: $0, defaults: rubric.factDefaults) }
        let flagged = Set(AbnormalPriceCheck.flags(prices: valid.map { ($0.id, $0.price) }, policy: rubric.price).keys)
        let rejected = Set(decisions.abnormalPrices.filter { $0.outcome == .rejected }.map(\.vendor)).intersection(flagged)
        let validIDs = Set(valid.map(\.id))
        return (validIDs, flagged, validIDs.subtracting(rejected))
    }

    /// The vendors recommended as candidates: those ranked within the first `count` places, in
    /// rank order. Vendors tied (并列) on the last place are all included, since nothing lawful
    /// separates them; the tender document decides between them.
    static func recommended(_ ranked: [VendorResult], count: Int) -> [String] {
        ranked.filter { ($0.rank ?? .max) <= count }.map(\.id)
    }
}

extension CommitteeDecisions {
    /// The bids with every corrected mark in place of the original, as the engine scores them.
    ///
    /// ```swift
    /// let scored = tender.decisions.applyingCorrections(to: bids)
    /// ```
    public func applyingCorrections(to bids: [Bid]) -> [Bid] {
        CommitteeReview.applyingCorrections(corrections, to: bids)
    }
}
