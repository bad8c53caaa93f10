import VendorScoreCore

/// Every point of every vendor, in rank order: per criterion the facts the scorer read, the
/// rule it applied, and the points (raw, rounded, maximum), grouped with subtotals; vendors that
/// were not scored say why.
struct DetailSection {
    let context: ReportContext

    func section() -> ReportSection {
        var blocks: [Block] = []
        for vendor in context.evaluation.vendors {
            blocks += self.blocks(vendor)
        }
        return ReportSection(id: "detail", title: context.labels.detailTitle, blocks: blocks)
    }

    func blocks(_ vendor: VendorResult) -> [Block] {
        let labels = context.labels
        let heading = vendor.rank == nil
            ? "\(vendor.name) (\(vendor.id)) · \(vendor.qualified ? labels.notScored : labels.disqualified)"
            : "\(context.rank(vendor))  \(vendor.name) (\(vendor.id))"
        var blocks: [Block] = [.heading(heading)]
        var fields = [Field(label: labels.bidPrice, value: context.amount(vendor.price))]
        if vendor.qualified {
            fields.append(Field(label: labels.evaluationPrice, value: context.amount(vendor.evaluationPrice)))
            for adjustment in vendor.adjustments {
                fields.append(Field(label: labels.deduction, value: "\(labels.deductionShort(adjustment)): \(context.words(adjustment.reason))"))
            }
        }
        if let total = vendor.total {
            fields.append(Field(label: labels.total, value: "\(context.points(total)) / \(context.stated(context.rubric.totalPoints))"))
        }
        if vendor.rank != nil {
            fields.append(Field(label: labels.rank, value: labels.standing(rank: context.rank(vendor), tiedWith: vendor.tiedWith,
                                                                          of: context.evaluation.qualified.count)))
        }
        if let note = vendor.rankNote { fields.append(Field(label: labels.rankingNote, value: context.words(note))) }
        blocks.append(.fields(fields))

        guard !vendor.criteria.isEmpty else {
            let reason: String
            if !vendor.qualified {
                reason = labels.notScoredFailed(vendor.failedGates.map { "\(context.text($0.title)) (\(context.words($0.reason)))" }
                    .joined(separator: context.language == .zh ? "；" : "; "))
            } else if case .tooFewQualified(let qualified, let minimum) = context.evaluation.outcome {
                reason = labels.noRanking(qualified: qualified, minimum: minimum)
            } else {
                reason = labels.notScored
            }
            blocks.append(.paragraph(reason))
            return blocks
        }
        var rows: [ReportTable.Row] = []
        for group in context.rubric.groups {
            let subtotal = context.subtotal(vendor, group)
            rows.append(ReportTable.Row([
                .init(context.text(group.title), note: group.id), "", "",
                .init(subtotal.map { "\(context.points($0.points)) / \(context.stated($0.maximum))" } ?? "—"),
            ], kind: .group))
            for criterion in vendor.criteria where criterion.groupID == group.id {
                let facts = criterion.inputs.map { "\($0.name) = \($0.value)" }.joined(separator: "; ")
                let raw = criterion.rawPoints == criterion.points ? nil : labels.rawPoints(criterion.rawPoints.decimalString())
                rows.append(ReportTable.Row([
                    .init(context.text(criterion.title), note: "\(criterion.criterionID) · \(criterion.scorerID) \(criterion.scorerVersion)"),
                    .init(facts.isEmpty ? "—" : facts),
                    .init(context.words(criterion.reason), note: criterion.flags.isEmpty ? nil
                          : criterion.flags.map { context.words($0.message) }.joined(separator: context.language == .zh ? "；" : "; ")),
                    .init("\(context.points(criterion.points)) / \(context.stated(criterion.maximum))", note: raw),
                ]))
            }
        }
        blocks.append(.table(ReportTable(
            id: "detail-\(vendor.id)", caption: nil, title: heading,
            columns: [.titles(labels.criterion), .init(labels.factsRead), .init(labels.rule), .init(labels.points, numeric: true)],
            rows: rows, compact: true)))
        return blocks
    }
}
