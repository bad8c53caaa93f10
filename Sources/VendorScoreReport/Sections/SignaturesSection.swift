import VendorScoreCore

/// The signature and date line of every member who sat on the committee, with any dissent they
/// recorded (政府采购法实施条例 第41条). Without a tender file, blank lines to write names on.
struct SignaturesSection {
    let context: ReportContext

    /// Blank lines offered when the committee is not known.
    static let blankLines = 5

    func section() -> ReportSection {
        let labels = context.labels
        var blocks: [Block] = [.paragraph(labels.signaturesIntroduction)]
        let blank = "＿＿＿＿＿＿＿＿＿＿"
        let columns: [ReportTable.Column] = [.names(labels.memberName), .init(labels.memberRole), .init(labels.signature),
                                             .init(labels.signatureDate), .init(labels.dissentColumn)]
        let rows: [ReportTable.Row]
        if let tender = context.evaluation.tender {
            rows = tender.committee.sitting.map { member in
                let dissent = tender.decisions.dissents.filter { $0.member == member.id }.map(\.reasons).joined(separator: "；")
                return ReportTable.Row([.init(member.name, note: member.id),
                                        .init(labels.memberRole(member.role, leader: member.id == tender.committee.leader)),
                                        .init(blank), .init(blank), .init(dissent)])
            }
        } else {
            blocks.append(.paragraph(labels.noMembers))
            rows = (0..<Self.blankLines).map { _ in ReportTable.Row([.init(blank), "", .init(blank), .init(blank), ""]) }
        }
        blocks.append(.table(ReportTable(id: "signatures", caption: nil, columns: columns, rows: rows)))
        return ReportSection(id: "signatures", title: labels.signaturesTitle, blocks: blocks)
    }
}
