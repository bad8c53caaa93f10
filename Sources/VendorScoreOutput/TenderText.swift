import VendorScoreCore

/// Phrases for the tender file's content in text outputs: the committee, the decisions, the
/// corrections with both marks and the recommended candidates. Read from the document form, so an
/// evaluation and a record word them the same way.
///
/// ```swift
/// TenderText.correction(info.corrections[0])
/// // "chinac, solution-design, member E4: 4 → 7 (第64条 case 4, 畸高畸低): … (committee, 2026-03-18)"
/// ```
public enum TenderText {
    /// The four cases of 财政部令第87号 第64条, by number.
    static func legalCase(_ number: Int) -> String {
        switch number {
        case 1: return "case 1, 分值汇总计算错误"
        case 2: return "case 2, 分项评分超出评分标准规定的分值范围"
        case 3: return "case 3, 客观评审因素评分不一致"
        default: return "case 4, 畸高畸低"
        }
    }

    static func decided(_ decision: EvaluationDocument.Decided) -> String {
        "\(decision.reason) (\(decision.decidedBy), \(decision.date))"
    }

    static func project(_ tender: EvaluationDocument.TenderInfo, _ language: Language) -> String {
        let project = tender.project
        let name = LocalizedText(zh: project.name.zh, en: project.name.en).text(preferring: language)
        var parts = ["\(name), project number \(project.number)", "purchaser \(project.purchaser)"]
        if let agency = project.agency { parts.append("agency \(agency)") }
        if let budget = project.budget { parts.append("budget \(ReportText.amount(budget))") }
        return parts.joined(separator: "; ")
    }

    static func members(_ tender: EvaluationDocument.TenderInfo) -> [String] {
        tender.committee.members.map { member in
            var text = "\(member.id) \(member.name)"
            var roles: [String] = []
            if member.id == tender.committee.leader { roles.append("leader, 评标组长") }
            if member.role == CommitteeMember.Role.purchaserRepresentative.rawValue { roles.append("purchaser's representative") }
            if !roles.isEmpty { text += " (\(roles.joined(separator: "; ")))" }
            if !member.steppedAsideFrom.isEmpty {
                text += ": stepped aside (回避) over \(member.steppedAsideFrom.joined(separator: ", ")): \(member.steppedAsideReason ?? "")"
            }
            return text
        }
    }

    static func abnormalPrice(_ decision: EvaluationDocument.AbnormalPrice) -> String {
        let outcome = decision.outcome == AbnormalPriceDecision.Outcome.accepted.rawValue
            ? "explanation of the abnormally low price accepted; the bid is scored"
            : "explanation of the abnormally low price rejected; the bid is invalid (第60条)"
        return "\(decision.vendor): \(outcome): \(decided(decision.decision))"
    }

    static func invalidBid(_ decision: EvaluationDocument.InvalidBid) -> String {
        "\(decision.vendor): found invalid at \(decision.stage) review: \(decided(decision.decision))"
    }

    /// A correction with both marks: the one given and the one scored.
    public static func correction(_ correction: EvaluationDocument.Correction) -> String {
        "\(correction.vendor), \(correction.criterion), member \(correction.member): \(correction.before) → \(correction.after) "
            + "(第64条 \(legalCase(correction.legalCase))): \(decided(correction.decision))"
    }

    static func clarification(_ clarification: EvaluationDocument.ClarificationNote) -> String {
        (clarification.vendor.map { "\($0) " } ?? "") + "(\(clarification.date)): \(clarification.text)"
    }

    static func dissent(_ dissent: EvaluationDocument.DissentNote) -> String {
        "\(dissent.member): \(dissent.reasons)"
    }

    /// `1. ctyun (中国电信), 87.05`, in rank order.
    static func recommended(_ ids: [String], vendors: [(id: String, name: String, rank: Int?, total: String?)]) -> [String] {
        ids.compactMap { id in
            guard let vendor = vendors.first(where: { $0.id == id }) else { return nil }
            return "\(vendor.rank.map(String.init) ?? "-"). \(vendor.id) (\(vendor.name)), \(vendor.total ?? "-")"
        }
    }

    /// The notes a tender file adds under a results table, titled.
    static func sections(_ tender: EvaluationDocument.TenderInfo?, _ language: Language) -> [(title: String, lines: [String])] {
        guard let tender else { return [] }
        let labels = TextLabels(language)
        var sections: [(String, [String])] = [(labels.projectTitle, [project(tender, language)])]
        if let revision = tender.revision { sections.append((labels.revisionTitle, [labels.revisionLine(revision)])) }
        sections.append((labels.committeeTitle, members(tender)))
        let decisions = tender.abnormalPrices.map(abnormalPrice) + tender.invalidBids.map(invalidBid)
        if !decisions.isEmpty { sections.append((labels.decisionsTitle, decisions)) }
        if !tender.corrections.isEmpty { sections.append((labels.correctionsTitle, tender.corrections.map(correction))) }
        if !tender.clarifications.isEmpty { sections.append((labels.clarificationsTitle, tender.clarifications.map(clarification))) }
        if !tender.dissents.isEmpty { sections.append((labels.dissentsTitle, tender.dissents.map(dissent))) }
        return sections
    }
}
