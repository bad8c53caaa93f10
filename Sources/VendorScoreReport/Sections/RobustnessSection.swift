import VendorScoreAnalysis
import VendorScoreCore
import VendorScoreOutput

/// How firm the ranking is (`report --analysis`): the advisory note, SMAA rank acceptability as
/// stacked bars, each group's weight interval around its current points, the evaluators'
/// influence, and the sensitivity and second-opinion tables. Every chart's numbers are also given
/// in a table.
struct RobustnessSection {
    let context: ReportContext
    let analysis: Analysis

    func section() -> ReportSection {
        let tables = AnalysisTables(analysis, rubric: context.rubric, language: context.language)
        let labels = tables.labels
        var blocks: [Block] = [.paragraph(labels.advisory)]
        for section in tables.sections {
            blocks.append(.heading(section.title))
            blocks += section.notes.map { .paragraph($0) }
            for (index, table) in section.tables.enumerated() {
                let report = Self.table(table)
                if section.title == labels.smaa && index == 0 {
                    let names = analysis.table.names.enumerated().map { "\(analysis.table.ranks[$0.offset])  \($0.element)" }
                    blocks.append(.figure(AcceptabilityChart(result: analysis.smaa, names: names, labels: labels)
                        .figure(alternative: report)))
                } else if section.title == labels.sensitivity, let groups = groupFigure(labels) {
                    blocks.append(.figure(groups))
                    blocks.append(.table(report))
                } else {
                    blocks.append(.table(report))
                }
            }
        }
        return ReportSection(id: "robustness", title: labels.reportSection, blocks: blocks)
    }

    /// The groups' weight intervals, when the rubric has two groups or more.
    private func groupFigure(_ labels: AnalysisLabels) -> ReportFigure? {
        let groups = analysis.sensitivity.filter { $0.kind == .group }
        guard !groups.isEmpty else { return nil }
        let titles = groups.map { item in context.rubric.groups.first { $0.id == item.id }.map { context.text($0.title) } ?? item.id }
        let rows = zip(groups, titles).map { item, title in
            ReportTable.Row([ReportTable.Cell(title), ReportTable.Cell(item.current.decimalString(maxDecimals: 2)),
                             ReportTable.Cell(AnalysisTables.interval(item.winnerInterval, none: labels.none)),
                             ReportTable.Cell(AnalysisTables.interval(item.topThreeInterval, none: labels.none))])
        }
        let table = ReportTable(id: nil, caption: labels.intervalTableCaption,
                                columns: [.init(labels.item), .init(labels.current, numeric: true),
                                          .init(labels.winnerInterval, numeric: true), .init(labels.topThreeInterval, numeric: true)],
                                rows: rows, compact: true)
        return WeightIntervalChart(items: groups, titles: titles, total: analysis.table.total, labels: labels).figure(alternative: table)
    }

    private static func table(_ table: AnalysisTables.Table) -> ReportTable {
        ReportTable(id: nil, caption: table.title,
                    columns: zip(table.columns, table.alignments).map { ReportTable.Column($0, numeric: $1 == .right) },
                    rows: table.rows.map { ReportTable.Row($0.map { ReportTable.Cell($0) }) }, compact: table.columns.count > 8)
    }
}
