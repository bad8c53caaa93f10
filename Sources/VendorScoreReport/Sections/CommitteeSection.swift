import VendorScoreCore

/// The committee and what it decided, from the tender file: the members with their conflict
/// declarations, the recommended candidates in order, the decisions on abnormally low prices and
/// invalid bids, the 第64条 corrections with both marks, clarifications and dissents. Without a
/// tender file it says so and still lists the recommended candidates.
struct CommitteeSection {
    let context: ReportContext

    func section() -> ReportSection {
        let labels = context.labels
        let evaluation = context.evaluation
        var blocks: [Block] = []
        blocks.append(.heading(labels.recommendedTitle))
        let names = Dictionary(evaluation.vendors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let recommended = evaluation.recommended.compactMap { id in
            names[id].map { labels.recommendedLine(rank: $0.rank ?? 0, name: $0.name, id: $0.id, total: $0.total.map(context.points) ?? "-") }
        }
        blocks.append(recommended.isEmpty ? .paragraph(labels.noRecommendation) : .list(recommended))

        guard let tender = evaluation.tender else {
            blocks.append(.paragraph(labels.noTenderFile))
            return ReportSection(id: "committee", title: labels.committeeTitle, blocks: blocks)
        }
        blocks.append(.heading(labels.committeeMembersTitle))
        blocks.append(.table(ReportTable(
            id: "committee-members", caption: nil,
            columns: [.names(labels.memberID), .names(labels.memberName), .init(labels.memberRole), .init(labels.memberDeclaration)],
            rows: tender.committee.members.map { member in
                let role = labels.memberRole(member.role, leader: member.id == tender.committee.leader)
                let declaration = member.steppedAside.map { labels.steppedAside(bidders: $0.bidders.joined(separator: ", "), reason: $0.reason) }
                    ?? labels.noConflict
                return ReportTable.Row([.init(member.id), .init(member.name), .init(role), .init(declaration)],
                                       kind: member.steppedAside == nil ? .normal : .excluded)
            })))

        blocks.append(.heading(labels.openingRecordTitle))
        if tender.opening.isEmpty {
            blocks.append(.paragraph(labels.noOpeningRecord))
        } else {
            blocks.append(.table(ReportTable(
                id: "opening-record", caption: nil,
                columns: [.names(labels.vendor), .init(labels.bidPrice, numeric: true), .init(labels.openingDeclarations)],
                rows: tender.opening.map { entry in
                    ReportTable.Row([.init(vendorName(entry.vendor, names)), .init(labels.money(context.amount(entry.price))),
                                     .init(entry.declarations.joined(separator: "；"))])
                })))
        }

        let decisions = tender.decisions
        blocks.append(.heading(labels.decisionsTitle))
        let decided = decisions.abnormalPrices.map { decision in
            labels.abnormalDecision(vendor: vendorName(decision.vendor, names), accepted: decision.outcome == .accepted,
                                    reason: decision.record.reason, by: labels.decider(decision.record.decidedBy), date: decision.record.date)
        } + decisions.invalidBids.map { decision in
            labels.invalidDecision(vendor: vendorName(decision.vendor, names), stage: labels.stage(decision.stage),
                                   reason: decision.record.reason, by: labels.decider(decision.record.decidedBy), date: decision.record.date)
        }
        blocks.append(decided.isEmpty ? .paragraph(labels.none) : .list(decided))

        blocks.append(.heading(labels.correctionsTitle))
        if decisions.corrections.isEmpty {
            blocks.append(.paragraph(labels.none))
        } else {
            let criteria = Dictionary(context.rubric.criteria.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            blocks.append(.table(ReportTable(
                id: "corrections", caption: nil,
                columns: [.names(labels.memberID), .names(labels.vendor), .titles(labels.criterion), .init(labels.markBefore, numeric: true),
                          .init(labels.markAfter, numeric: true), .init(labels.correctionCase), .init(labels.reason)],
                rows: decisions.corrections.map { correction in
                    ReportTable.Row([.init(correction.member), .init(vendorName(correction.vendor, names)),
                                     .init(criteria[correction.criterion].map { context.text($0.title) } ?? correction.criterion),
                                     .init(correction.before.decimalString()), .init(correction.after.decimalString()),
                                     .init(labels.correctionCase(correction.legalCase.rawValue)),
                                     .init(correction.record.reason, note: "\(labels.decider(correction.record.decidedBy)), \(correction.record.date)")])
                })))
        }
        if !decisions.clarifications.isEmpty {
            blocks.append(.heading(labels.clarificationsTitle))
            blocks.append(.list(decisions.clarifications.map { item in
                (item.vendor.map { "\(vendorName($0, names)), " } ?? "") + "\(item.date): \(item.text)"
            }))
        }
        if !decisions.dissents.isEmpty {
            blocks.append(.heading(labels.dissentsTitle))
            blocks.append(.list(decisions.dissents.map { dissent in
                "\(tender.committee.member(dissent.member)?.name ?? dissent.member) (\(dissent.member)): \(dissent.reasons)"
            }))
        }
        return ReportSection(id: "committee", title: labels.committeeTitle, blocks: blocks)
    }

    private func vendorName(_ id: String, _ vendors: [String: VendorResult]) -> String {
        vendors[id].map { "\($0.name) (\(id))" } ?? id
    }
}
