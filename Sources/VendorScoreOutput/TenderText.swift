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
    static func legalCase(_ number: Int, _ language: Language = .en) -> String {
        TextLabels(language).article64Case(number)
    }

    static func decided(_ decision: EvaluationDocument.Decided, _ language: Language = .en) -> String {
        TextLabels(language).decided(reason: decision.reason, by: decision.decidedBy, date: decision.date)
    }

    static func project(_ tender: EvaluationDocument.TenderInfo, _ language: Language) -> String {
        let project = tender.project
        let labels = TextLabels(language)
        let name = LocalizedText(zh: project.name.zh, en: project.name.en).text(preferring: language)
        var parts = [labels.projectNumber(name: name, number: project.number), labels.purchaser(project.purchaser)]
        if let agency = project.agency { parts.append(labels.agency(agency)) }
        if let budget = project.budget { parts.append(labels.budget(ReportText.amount(budget))) }
        return parts.joined(separator: labels.clauseSeparator)
    }

    static func members(_ tender: EvaluationDocument.TenderInfo, _ language: Language = .en) -> [String] {
        let labels = TextLabels(language)
        return tender.committee.members.map { member in
            var text = "\(member.id) \(member.name)"
            var roles: [String] = []
            if member.id == tender.committee.leader { roles.append(labels.leader) }
            if member.role == CommitteeMember.Role.purchaserRepresentative.rawValue { roles.append(labels.purchaserRepresentative) }
            if !roles.isEmpty { text += labels.parenthesised(roles.joined(separator: labels.clauseSeparator)) }
            if !member.steppedAsideFrom.isEmpty {
                text += labels.steppedAside(from: member.steppedAsideFrom.joined(separator: labels.listSeparator),
                                            reason: member.steppedAsideReason ?? "")
            }
            return text
        }
    }

    static func abnormalPrice(_ decision: EvaluationDocument.AbnormalPrice, _ language: Language = .en) -> String {
        let labels = TextLabels(language)
        let accepted = decision.outcome == AbnormalPriceDecision.Outcome.accepted.rawValue
        return labels.abnormalPriceDecision(vendor: decision.vendor, accepted: accepted, decided: decided(decision.decision, language))
    }

    static func invalidBid(_ decision: EvaluationDocument.InvalidBid, _ language: Language = .en) -> String {
        let labels = TextLabels(language)
        return labels.invalidBidDecision(vendor: decision.vendor, stage: labels.stage(decision.stage), decided: decided(decision.decision, language))
    }

    /// A correction with both marks: the one given and the one scored.
    public static func correction(_ correction: EvaluationDocument.Correction, _ language: Language = .en) -> String {
        TextLabels(language).correction(vendor: correction.vendor, criterion: correction.criterion, member: correction.member,
                                        before: correction.before, after: correction.after,
                                        legalCase: legalCase(correction.legalCase, language), decided: decided(correction.decision, language))
    }

    static func clarification(_ clarification: EvaluationDocument.ClarificationNote) -> String {
        (clarification.vendor.map { "\($0) " } ?? "") + "(\(clarification.date)): \(clarification.text)"
    }

    static func dissent(_ dissent: EvaluationDocument.DissentNote) -> String {
        "\(dissent.member): \(dissent.reasons)"
    }

    /// `1. ctyun (中国电信), 87.05`, in rank order.
    static func recommended(_ ids: [String], vendors: [(id: String, name: String, rank: Int?, total: String?)],
                            _ language: Language) -> [String] {
        ids.compactMap { id in
            guard let vendor = vendors.first(where: { $0.id == id }) else { return nil }
            let rank = vendor.rank.map(String.init) ?? "-", total = vendor.total ?? "-"
            return language == .zh ? "\(rank). \(vendor.id)（\(vendor.name)），\(total)" : "\(rank). \(vendor.id) (\(vendor.name)), \(total)"
        }
    }

    /// The notes a tender file adds under a results table, titled.
    static func sections(_ tender: EvaluationDocument.TenderInfo?, _ language: Language) -> [(title: String, lines: [String])] {
        guard let tender else { return [] }
        let labels = TextLabels(language)
        var sections: [(String, [String])] = [(labels.projectTitle, [project(tender, language)])]
        if let revision = tender.revision { sections.append((labels.revisionTitle, [labels.revisionLine(revision)])) }
        sections.append((labels.committeeTitle, members(tender, language)))
        let decisions = tender.abnormalPrices.map { abnormalPrice($0, language) } + tender.invalidBids.map { invalidBid($0, language) }
        if !decisions.isEmpty { sections.append((labels.decisionsTitle, decisions)) }
        if !tender.corrections.isEmpty { sections.append((labels.correctionsTitle, tender.corrections.map { correction($0, language) })) }
        if !tender.clarifications.isEmpty { sections.append((labels.clarificationsTitle, tender.clarifications.map(clarification))) }
        if !tender.dissents.isEmpty { sections.append((labels.dissentsTitle, tender.dissents.map(dissent))) }
        return sections
    }
}
