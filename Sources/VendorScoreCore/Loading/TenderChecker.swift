/// Checks a tender file against the rubric and the bids before anything is scored: the file is
/// for this tender and method; the committee that marked the bids is the one named, every sitting
/// member marked every subjective criterion of every bid scored, and nobody who stepped aside
/// marked anything; the opening record matches the bids; every decision names a real bid, member
/// and mark, and every abnormal-price flag has the committee's decision.
///
/// ```swift
/// let problems = TenderChecker.check(tender, rubric: rubric, bids: loaded)
/// ```
public enum TenderChecker {
    /// Who, besides a sitting member, may be named as having decided something.
    static let collectiveDeciders = ["committee", "purchaser"]

    public static func check(_ tender: Tender, rubric: Rubric, bids loaded: BidsLoader.Loaded) -> [Diagnostic] {
        let sink = DiagnosticCollector()
        if let id = tender.tenderID, id != rubric.id {
            sink.error(at: tender.location, path: "tender", Messages.wrongTenderFile(id, rubric: rubric.id))
        }
        let procedure = tender.project.procurementMethod
        if procedure.evaluationMethod != rubric.method {
            sink.error(at: tender.location, path: "project.procurement_method", Messages.procedureMismatch(procedure, method: rubric.method))
        }
        let sitting = tender.committee.sitting
        if let expected = rubric.committee.evaluators, expected != sitting.count {
            sink.error(at: tender.location, path: "committee.members", Messages.committeeSizeMismatch(sitting: sitting.count, rubric: expected))
        }

        let bids = Dictionary(loaded.bids.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let vendorIDs = loaded.bids.map(\.id).sorted()
        func checkVendor(_ id: String, at location: SourceLocation, path: String) -> Bool {
            guard bids[id] == nil else { return true }
            sink.error(at: location, path: path, Messages.unknownVendor(id), hint: Suggestions.hint(for: id, in: vendorIDs))
            return false
        }
        for (index, member) in tender.committee.members.enumerated() {
            for bidder in member.steppedAside?.bidders ?? [] {
                _ = checkVendor(bidder, at: member.location, path: "committee.members[\(index)].conflicts.stepped_aside")
            }
        }
        checkMarks(tender, rubric: rubric, bids: loaded.bids, sink: sink)
        checkOpening(tender, bids: loaded.bids, sink: sink)

        let decisions = tender.decisions
        let screen = CommitteeReview.screen(loaded.bids, rubric: rubric, decisions: decisions)
        let sittingIDs = Set(sitting.map(\.id))
        func checkDecider(_ record: DecisionRecord, at location: SourceLocation, path: String) {
            if !sittingIDs.contains(record.decidedBy) && !collectiveDeciders.contains(record.decidedBy) {
                sink.error(at: location, path: path + ".decided_by", Messages.decidedByUnknown(record.decidedBy),
                           hint: Suggestions.hint(for: record.decidedBy, in: collectiveDeciders + sittingIDs.sorted()))
            }
        }

        // One decision of each kind per vendor, naming a real bid and a real decider.
        func checkDecision(_ kind: Messages.Decision, vendor: String, record: DecisionRecord, at location: SourceLocation, path: String,
                           seen: inout [String: SourceLocation]) -> Bool {
            checkDecider(record, at: location, path: path)
            guard checkVendor(vendor, at: location, path: path + ".vendor") else { return false }
            if let first = seen[vendor] {
                sink.error(at: location, path: path, Messages.duplicateDecision(kind, vendor: vendor, first: first))
            }
            seen[vendor] = seen[vendor] ?? location
            return true
        }
        var invalidSeen: [String: SourceLocation] = [:]
        for (index, decision) in decisions.invalidBids.enumerated()
        where checkDecision(.invalidBid, vendor: decision.vendor, record: decision.record, at: decision.location,
                            path: "decisions.invalid_bids[\(index)]", seen: &invalidSeen) {
            if let bid = bids[decision.vendor], !GateEvaluator.passesAll(rubric.gates, bid: bid, defaults: rubric.factDefaults) {
                sink.warning(at: decision.location, path: "decisions.invalid_bids[\(index)]", Messages.decisionOnExcludedBid(decision.vendor))
            }
        }
        var abnormalSeen: [String: SourceLocation] = [:]
        for (index, decision) in decisions.abnormalPrices.enumerated()
        where checkDecision(.abnormalPrice, vendor: decision.vendor, record: decision.record, at: decision.location,
                            path: "decisions.abnormal_prices[\(index)]", seen: &abnormalSeen) {
            if screen.valid.contains(decision.vendor) && !screen.flagged.contains(decision.vendor) {
                sink.error(at: decision.location, path: "decisions.abnormal_prices[\(index)].vendor",
                           Messages.abnormalDecisionWithoutFlag(decision.vendor))
            }
        }
        for vendor in screen.flagged.sorted() where abnormalSeen[vendor] == nil {
            sink.warning(at: tender.location, path: "decisions.abnormal_prices", Messages.flagWithoutDecision(vendor))
        }
        checkCorrections(tender, rubric: rubric, bids: bids, sittingIDs: sittingIDs, sink: sink, checkVendor: checkVendor,
                         checkDecider: checkDecider)
        for (index, dissent) in decisions.dissents.enumerated() where !sittingIDs.contains(dissent.member) {
            sink.error(at: dissent.location, path: "decisions.dissents[\(index)].member", Messages.dissentByNonMember(dissent.member),
                       hint: Suggestions.hint(for: dissent.member, in: sittingIDs.sorted()))
        }
        for (index, clarification) in decisions.clarifications.enumerated() {
            if let vendor = clarification.vendor {
                _ = checkVendor(vendor, at: clarification.location, path: "decisions.clarifications[\(index)].vendor")
            }
        }
        return sink.diagnostics
    }

    /// Every mark is by a sitting member; every sitting member marked every subjective criterion
    /// of every bid that is scored.
    private static func checkMarks(_ tender: Tender, rubric: Rubric, bids: [Bid], sink: DiagnosticCollector) {
        let sitting = tender.committee.sitting.map(\.id)
        let sittingSet = Set(sitting)
        let subjective = rubric.criteria.filter { $0.nature == .subjective }.map(\.id)
        let scored = CommitteeReview.screen(bids, rubric: rubric, decisions: tender.decisions).scored
        for bid in bids {
            for criterion in bid.evaluatorScores.keys.sorted() {
                for (evaluator, mark) in bid.evaluatorScores[criterion]!.sorted(by: { $0.key < $1.key }) where !sittingSet.contains(evaluator) {
                    let path = "bids[\(bid.id)].scores.\(criterion).\(evaluator)"
                    if tender.committee.member(evaluator) != nil {
                        sink.error(at: mark.location, path: path, Messages.markBySteppedAside(evaluator: evaluator, vendor: bid.id, criterion: criterion))
                    } else {
                        sink.error(at: mark.location, path: path, Messages.markByNonMember(evaluator: evaluator, vendor: bid.id, criterion: criterion),
                                   hint: Suggestions.hint(for: evaluator, in: sitting))
                    }
                }
            }
            guard scored.contains(bid.id) else { continue }
            for criterion in subjective {
                let marks = bid.evaluatorScores[criterion] ?? [:]
                // A bid with no marks at all on the criterion is already reported by BidChecker.
                guard !marks.isEmpty else { continue }
                for member in sitting where marks[member] == nil {
                    sink.error(at: bid.location, path: "bids[\(bid.id)].scores.\(criterion)",
                               Messages.memberWithoutMark(member: member, vendor: bid.id, criterion: criterion))
                }
            }
        }
    }

    /// The opening record lists every bid, and each quoted price as read out is the bid's price.
    private static func checkOpening(_ tender: Tender, bids: [Bid], sink: DiagnosticCollector) {
        guard !tender.opening.isEmpty else { return }
        let opened = Dictionary(tender.opening.map { ($0.vendor, $0) }, uniquingKeysWith: { first, _ in first })
        let vendorIDs = bids.map(\.id).sorted()
        for (index, entry) in tender.opening.enumerated() {
            guard let bid = bids.first(where: { $0.id == entry.vendor }) else {
                sink.error(at: entry.location, path: "opening_record[\(index)].vendor", Messages.unknownVendor(entry.vendor),
                           hint: Suggestions.hint(for: entry.vendor, in: vendorIDs))
                continue
            }
            if entry.price != bid.price {
                sink.error(at: entry.priceLocation, path: "opening_record[\(index)].price",
                           Messages.openingPriceDiffers(vendor: bid.id, opened: entry.price, bid: bid.price))
            }
        }
        for bid in bids where opened[bid.id] == nil {
            sink.error(at: bid.location, path: "bids[\(bid.id)]", Messages.notInOpeningRecord(bid.id), hint: Messages.openingRecordNeedsEveryBid)
        }
    }

    private static func checkCorrections(_ tender: Tender, rubric: Rubric, bids: [String: Bid], sittingIDs: Set<String>,
                                         sink: DiagnosticCollector, checkVendor: (String, SourceLocation, String) -> Bool,
                                         checkDecider: (DecisionRecord, SourceLocation, String) -> Void) {
        let criteria = Dictionary(rubric.criteria.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen: [BidChecker.MarkKey: SourceLocation] = [:]
        for (index, correction) in tender.decisions.corrections.enumerated() {
            let path = "decisions.corrections[\(index)]"
            checkDecider(correction.record, correction.location, path)
            if !sittingIDs.contains(correction.member) {
                sink.error(at: correction.location, path: path + ".member", Messages.unknownMember(correction.member),
                           hint: Suggestions.hint(for: correction.member, in: sittingIDs.sorted()))
            }
            guard checkVendor(correction.vendor, correction.location, path + ".vendor") else { continue }
            guard let criterion = criteria[correction.criterion], criterion.nature == .subjective else {
                sink.error(at: correction.location, path: path + ".criterion", Messages.correctionCriterionNotSubjective(correction.criterion),
                           hint: Suggestions.hint(for: correction.criterion, in: rubric.criteria.filter { $0.nature == .subjective }.map(\.id)))
                continue
            }
            let key = BidChecker.MarkKey(correction.vendor, correction.criterion, correction.member)
            if let first = seen[key] {
                sink.error(at: correction.location, path: path,
                           Messages.duplicateCorrection(member: correction.member, vendor: correction.vendor,
                                                        criterion: correction.criterion, first: first))
            }
            seen[key] = seen[key] ?? correction.location
            let original = bids[correction.vendor]?.evaluatorScores[correction.criterion]?[correction.member]
            if original?.points != correction.before {
                sink.error(at: correction.beforeLocation, path: path + ".before",
                           Messages.correctionBeforeDiffers(member: correction.member, vendor: correction.vendor,
                                                            criterion: correction.criterion, before: correction.before,
                                                            found: original?.points))
            }
            if correction.after > criterion.maximum || correction.after.isNegative {
                sink.error(at: correction.location, path: path + ".after",
                           Messages.correctionOutOfRange(correction.after, maximum: criterion.maximum))
            }
        }
    }
}
