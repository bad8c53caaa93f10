import VendorScoreCore

/// Renders an evaluation as a terminal table: rank (ties shown as `=2`), vendor, evaluation
/// price, one column per group subtotal, total, flags and failed gates, followed by the
/// benchmark price, ranking notes, flags, failed gates with reasons and warnings.
///
/// Columns line up by display width, so Chinese vendor names and titles align.
///
/// ```swift
/// let text = TableRenderer(language: .zh).render(evaluation)
/// ```
public struct TableRenderer: EvaluationRenderer {
    /// Totals, subtotals, flags and ranks only.
    public var detail: EvaluationDetail { .pointsOnly }

    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    public func render(_ evaluation: Evaluation) -> String {
        let rubric = evaluation.rubric
        var text = ReportText.heading(rubric, language) + "\n" + ReportText.method(rubric, language) + "\n\n"
        switch evaluation.outcome {
        case .ranked:
            text += resultsTable(evaluation).render()
        case .tooFewQualified(let qualified, let minimum):
            text += TextLabels(language).noRanking(qualified: qualified, minimum: minimum) + "\n\n"
            let gates = GateTable(evaluation, language: language)
            var table = TextTable(columns: gates.columns.indices.map { index in
                TextTable.Column(gates.columns[index], alignment: gates.rightAligned.contains(index) ? .right : .left)
            })
            for row in gates.rows { table.append(row) }
            text += table.render()
        }
        for section in ReportNotes(evaluation, language: language).sections {
            text += "\n" + section.title + (language == .zh ? "：" : ":") + "\n" + section.lines.map { "  \($0)\n" }.joined()
        }
        // Names and titles reach a terminal: no control character is passed on raw.
        return text.visibleControls(keepingLineBreaks: true)
    }

    func resultsTable(_ evaluation: Evaluation) -> TextTable {
        let rubric = evaluation.rubric
        let labels = TextLabels(language)
        var columns = [TextTable.Column(labels.rank, alignment: .right), TextTable.Column(labels.vendor), TextTable.Column(labels.name),
                       TextTable.Column(labels.evaluationPrice, alignment: .right)]
        for group in rubric.groups {
            columns.append(TextTable.Column(labels.withMaximum(group.title.text(preferring: language), group.maximum.decimalString()),
                                            alignment: .right))
        }
        columns += [TextTable.Column(labels.total(rubric.totalPoints.decimalString()), alignment: .right),
                    TextTable.Column(labels.flags, alignment: .right), TextTable.Column(labels.failedGates)]
        var table = TextTable(columns: columns)
        for vendor in evaluation.vendors {
            let subtotals = rubric.groups.map { group in
                vendor.groups.first { $0.groupID == group.id }.map { ReportText.points($0.points, rubric) } ?? "-"
            }
            table.append([ReportText.rank(vendor), vendor.id, vendor.name, ReportText.amount(vendor.evaluationPrice)]
                + subtotals
                + [vendor.total.map { ReportText.points($0, rubric) } ?? "-",
                   vendor.qualified ? "\(vendor.flags.count)" : "-",
                   vendor.failedGates.map { $0.title.text(preferring: language) }.joined(separator: language == .zh ? "、" : ", ")])
        }
        return table
    }
}
