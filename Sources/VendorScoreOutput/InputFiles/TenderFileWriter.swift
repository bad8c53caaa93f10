import VendorScoreCore

/// Writes a ``Tender`` as a `vendorscore/tender@1` YAML file that ``TenderLoader`` reads back to
/// the same project, committee, opening record, decisions and revision.
///
/// ```swift
/// let yaml = TenderFileWriter().yaml(tender)
/// let again = try TenderLoader().load(bytes: Array(yaml.utf8), file: "tender.yaml")
/// ```
public struct TenderFileWriter: Sendable {
    public init() {}

    public func yaml(_ tender: Tender) -> String {
        let q = YAMLText.quoted
        var text = "format: \(TenderLoader.format)\n"
        if let id = tender.tenderID { text += "tender: \(q(id))\n" }

        let project = tender.project
        text += "project:\n"
        text += "  name:\n"
        if let zh = project.name.zh { text += "    zh: \(q(zh))\n" }
        if let en = project.name.en { text += "    en: \(q(en))\n" }
        text += "  number: \(q(project.number))\n"
        text += "  purchaser: \(q(project.purchaser))\n"
        if let agency = project.agency { text += "  agency: \(q(agency))\n" }
        if let budget = project.budget { text += "  budget: \(YAMLText.number(budget))\n" }
        text += "  procurement_method: \(project.procurementMethod.rawValue)\n"
        if let notice = project.notice {
            text += "  notice:\n    media: [\(notice.media.map(q).joined(separator: ", "))]\n    published: \(q(notice.published))\n"
        }
        if let opening = project.opening {
            text += "  opening:\n    time: \(q(opening.time))\n    place: \(q(opening.place))\n"
        }

        text += "committee:\n  leader: \(q(tender.committee.leader))\n  members:\n"
        for member in tender.committee.members {
            text += "    - id: \(q(member.id))\n      name: \(q(member.name))\n      role: \(member.role.rawValue)\n"
            if let aside = member.steppedAside {
                text += "      conflicts:\n        stepped_aside: [\(aside.bidders.map(q).joined(separator: ", "))]\n"
                text += "        reason: \(q(aside.reason))\n"
            } else {
                text += "      conflicts: none\n"
            }
        }

        if !tender.opening.isEmpty {
            text += "opening_record:\n"
            for entry in tender.opening {
                text += "  - vendor: \(q(entry.vendor))\n    price: \(YAMLText.number(entry.price))\n"
                text += "    declarations: [\(entry.declarations.map(q).joined(separator: ", "))]\n"
            }
        }

        let decisions = tender.decisions
        func record(_ record: DecisionRecord, indent: String) -> String {
            "\(indent)reason: \(q(record.reason))\n\(indent)decided_by: \(q(record.decidedBy))\n\(indent)date: \(q(record.date))\n"
        }
        text += "decisions:\n"
        if !decisions.abnormalPrices.isEmpty {
            text += "  abnormal_prices:\n"
            for decision in decisions.abnormalPrices {
                text += "    - vendor: \(q(decision.vendor))\n      outcome: \(decision.outcome.rawValue)\n"
                text += record(decision.record, indent: "      ")
            }
        }
        if !decisions.invalidBids.isEmpty {
            text += "  invalid_bids:\n"
            for decision in decisions.invalidBids {
                text += "    - vendor: \(q(decision.vendor))\n      stage: \(decision.stage.rawValue)\n"
                text += record(decision.record, indent: "      ")
            }
        }
        if !decisions.corrections.isEmpty {
            text += "  corrections:\n"
            for correction in decisions.corrections {
                text += "    - member: \(q(correction.member))\n      vendor: \(q(correction.vendor))\n"
                text += "      criterion: \(q(correction.criterion))\n"
                text += "      before: \(YAMLText.number(correction.before))\n      after: \(YAMLText.number(correction.after))\n"
                text += "      case: \(correction.legalCase.rawValue)\n"
                text += record(correction.record, indent: "      ")
            }
        }
        if !decisions.clarifications.isEmpty {
            text += "  clarifications:\n"
            for clarification in decisions.clarifications {
                text += "    - " + (clarification.vendor.map { "vendor: \(q($0))\n      " } ?? "")
                text += "text: \(q(clarification.text))\n      date: \(q(clarification.date))\n"
            }
        }
        if !decisions.dissents.isEmpty {
            text += "  dissents:\n"
            for dissent in decisions.dissents {
                text += "    - member: \(q(dissent.member))\n      reasons: \(q(dissent.reasons))\n"
            }
        }
        text += "  recommend: \(decisions.recommend)\n"
        if let revision = tender.revision {
            text += "revision:\n  number: \(revision.number)\n  supersedes: \(revision.supersedes)\n"
            text += "  reason: \(q(revision.reason))\n  opened_at: \(q(revision.openedAt))\n  opened_by: \(q(revision.openedBy))\n"
        }
        return text
    }
}
