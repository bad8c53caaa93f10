import VendorScoreCore
import VendorScoreOutput

/// What the committee should look at: abnormally low prices (财库〔2026〕2号), evaluator
/// disagreement (畸高畸低), the price weight against the law, other scorer flags and the input
/// warnings. A flag never changes points or ranks.
struct FlagsSection {
    let context: ReportContext

    func section() -> ReportSection {
        let labels = context.labels
        let vendors = context.evaluation.vendors
        func lines(_ kinds: Set<Flag.Kind>) -> [String] {
            vendors.flatMap { vendor in
                vendor.flags.filter { kinds.contains($0.kind) }.map { flag in
                    let criterion = flag.criterion.flatMap { id in context.rubric.criteria.first { $0.id == id } }
                    let prefix = criterion.map { "\(vendor.name) (\(vendor.id)), \(context.text($0.title))" } ?? "\(vendor.name) (\(vendor.id))"
                    return "\(prefix): \(context.words(flag.message))" + handling(flag, vendor: vendor)
                }
            }
        }
        var blocks: [Block] = [.paragraph(labels.flagsIntroduction)]
        func add(_ title: String, _ items: [String]) {
            blocks.append(.heading(title))
            blocks.append(items.isEmpty ? .paragraph(labels.none) : .list(items))
        }
        add(labels.abnormallyLowTitle, lines([.abnormallyLowPrice]))
        add(labels.evaluatorSpreadTitle, lines([.evaluatorSpread]))
        let weight = context.priceWeight
        let range = context.rubric.method.priceWeightRange(for: context.rubric.category)
        add(labels.priceWeightTitle, [labels.priceWeightSentence(
            share: context.percent(weight.share), points: context.stated(weight.points), total: context.stated(context.rubric.totalPoints),
            lower: context.percent(range.lowerBound), upper: range.upperBound == 100 ? nil : context.percent(range.upperBound),
            basis: context.rubric.method.legalBasis, category: labels.category(context.rubric.category),
            within: range.contains(weight.share))] + lines([.priceWeight]))
        let others = lines([.scorer])
        if !others.isEmpty { add(labels.otherFlagsTitle, others) }
        add(labels.warningsTitle, context.evaluation.warnings.map(DiagnosticText(context.language).line))
        return ReportSection(id: "flags", title: labels.flagsTitle, blocks: blocks)
    }

    /// How the committee handled a flag, from the tender file: its decision on an abnormally low
    /// price, its corrections of a spread-flagged criterion, or that it recorded none.
    private func handling(_ flag: Flag, vendor: VendorResult) -> String {
        guard let tender = context.evaluation.tender else { return "" }
        let labels = context.labels
        switch flag.kind {
        case .abnormallyLowPrice:
            guard let decision = tender.decisions.abnormalPrices.first(where: { $0.vendor == vendor.id }) else {
                return "（\(labels.flagDecisionNone)）"
            }
            return "（" + labels.flagHandled(labels.abnormalDecision(
                vendor: vendor.name, accepted: decision.outcome == .accepted, reason: decision.record.reason,
                by: labels.decider(decision.record.decidedBy), date: decision.record.date)) + "）"
        case .evaluatorSpread:
            let corrections = tender.decisions.corrections.filter { $0.vendor == vendor.id && $0.criterion == flag.criterion }
            guard !corrections.isEmpty else { return "（\(labels.flagDecisionNone)）" }
            // The engine keeps the flag found on the marks as given; the correction closed it.
            return labels.spreadHandled(corrections.map {
                labels.spreadCorrection(member: $0.member, before: $0.before.decimalString(), after: $0.after.decimalString(),
                                        reason: $0.record.reason, by: labels.decider($0.record.decidedBy), date: $0.record.date)
            }.joined(separator: "; "))
        default:
            return ""
        }
    }
}
