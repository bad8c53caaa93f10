import VendorScoreCore

/// Renders the same content as ``TableRenderer`` as GitHub Markdown: the results table, the
/// gate table (every vendor against every gate), then benchmark, ranking notes, flags, failed
/// gates and warnings as lists. Suits a report attached to a tender file or a pull request.
///
/// ```swift
/// let markdown = MarkdownRenderer(language: .zh).render(evaluation)
/// ```
public struct MarkdownRenderer: EvaluationRenderer {
    /// Totals, subtotals, flags and ranks only.
    public var detail: EvaluationDetail { .pointsOnly }

    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    public func render(_ evaluation: Evaluation) -> String {
        let rubric = evaluation.rubric
        var text = "## " + Self.escape(ReportText.heading(rubric, language)) + "\n\n" + ReportText.method(rubric, language) + "\n\n"
        switch evaluation.outcome {
        case .ranked:
            let table = TableRenderer(language: language).resultsTable(evaluation)
            text += Self.table(columns: table.columns.map(\.title), alignments: table.columns.map(\.alignment), rows: table.rows)
        case .tooFewQualified(let qualified, let minimum):
            text += "**" + TextLabels(language).noRanking(qualified: qualified, minimum: minimum) + "**\n"
        }
        let gates = GateTable(evaluation, language: language)
        text += "\n### Gates\n\n"
        text += Self.table(columns: gates.columns,
                           alignments: gates.columns.indices.map { gates.rightAligned.contains($0) ? .right : .left },
                           rows: gates.rows)
        for section in ReportNotes(evaluation, language: language).sections {
            text += "\n### \(section.title)\n\n" + section.lines.map { "- \(Self.escape($0))\n" }.joined()
        }
        return text.visibleControls(keepingLineBreaks: true)
    }

    static func table(columns: [String], alignments: [TextAlignment], rows: [[String]]) -> String {
        func line(_ cells: [String]) -> String { "| " + cells.map(escape).joined(separator: " | ") + " |\n" }
        return line(columns)
            + "|" + alignments.map { $0 == .right ? " ---: |" : " --- |" }.joined() + "\n"
            + rows.map(line).joined()
    }

    /// Keeps a value inside its table cell or list item.
    static func escape(_ text: String) -> String {
        text.replacingLineBreaks().visibleControls().replacing("|", with: "\\|")
    }
}
