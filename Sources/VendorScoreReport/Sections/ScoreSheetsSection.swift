import VendorScoreCore

/// Each committee member's own score sheet: the member's marks on every subjective criterion of
/// every scored bid, with a mark corrected under 第64条 shown as given and as scored. Members come
/// from the tender file (those who sat); without one, from the evaluator ids in the marks.
struct ScoreSheetsSection {
    let context: ReportContext

    func section() -> ReportSection {
        let labels = context.labels
        let evaluation = context.evaluation
        let subjective = context.rubric.criteria.filter { $0.nature == .subjective }
        guard !subjective.isEmpty else {
            return ReportSection(id: "score-sheets", title: labels.scoreSheetsTitle, blocks: [.paragraph(labels.noSubjectiveCriteria)])
        }
        let scored = evaluation.vendors.filter { !$0.criteria.isEmpty }
        // Each vendor's marks by criterion, then member, as the engine read them (corrected).
        let marks: [String: [String: [String: FactValue]]] = Dictionary(uniqueKeysWithValues: scored.map { vendor in
            (vendor.id, Dictionary(uniqueKeysWithValues: vendor.criteria.filter { $0.nature == .subjective }.map { criterion in
                (criterion.criterionID, Dictionary(criterion.inputs.compactMap { input in
                    input.name.hasPrefix(Self.evaluatorPrefix) ? (String(input.name.dropFirst(Self.evaluatorPrefix.count)), input.value) : nil
                }, uniquingKeysWith: { first, _ in first }))
            }))
        })
        let members: [(id: String, name: String?)] = evaluation.tender.map { $0.committee.sitting.map { ($0.id, $0.name) } }
            ?? Set(marks.values.flatMap { $0.values.flatMap(\.keys) }).sorted().map { ($0, nil) }
        let corrections = evaluation.tender?.decisions.corrections ?? []
        var blocks: [Block] = []
        for member in members {
            let title = labels.scoreSheetTitle(member: member.id, name: member.name)
            blocks.append(.heading(title))
            let rows = scored.map { vendor in
                ReportTable.Row([.init(vendor.name, note: vendor.id)] + subjective.map { criterion -> ReportTable.Cell in
                    let given = marks[vendor.id]?[criterion.id]?[member.id]?.description ?? "—"
                    guard let correction = corrections.first(where: {
                        $0.member == member.id && $0.vendor == vendor.id && $0.criterion == criterion.id
                    }) else { return .init(given) }
                    return .init("\(correction.before.decimalString()) → \(correction.after.decimalString())", note: labels.correctedNote)
                })
            }
            blocks.append(.table(ReportTable(
                id: "score-sheet-\(member.id)", caption: nil, title: title,
                columns: [.names(labels.vendor)] + subjective.map { .init("\(context.text($0.title)) (\(context.stated($0.maximum)))", numeric: true) },
                rows: rows, compact: true)))
        }
        return ReportSection(id: "score-sheets", title: labels.scoreSheetsTitle, blocks: blocks)
    }

    /// How the committee scorer names an evaluator's mark among a criterion's inputs.
    static let evaluatorPrefix = "evaluator:"
}
