import VendorScoreAnalysis
import VendorScoreCore

/// Renders an ``Analysis`` as plain-text tables or GitHub Markdown, opening with the statement
/// that it is advisory.
///
/// ```swift
/// let text = AnalysisRenderer(language: .zh, markdown: false).render(analysis, rubric: evaluation.rubric)
/// ```
public struct AnalysisRenderer: Sendable {
    public var language: Language
    public var markdown: Bool

    public init(language: Language = .en, markdown: Bool = false) {
        self.language = language
        self.markdown = markdown
    }

    public func render(_ analysis: Analysis, rubric: Rubric) -> String {
        let tables = AnalysisTables(analysis, rubric: rubric, language: language)
        let labels = tables.labels
        let names = Dictionary(uniqueKeysWithValues: zip(analysis.table.vendors, analysis.table.names))
        let basis = labels.basis(winner: names[analysis.influence.winner] ?? analysis.influence.winner,
                                 runnerUp: names[analysis.influence.runnerUp] ?? analysis.influence.runnerUp,
                                 vendors: analysis.table.vendors.count)
        var text = markdown
            ? "## \(MarkdownRenderer.escape(labels.title))\n\n**\(labels.advisory)**\n\n\(basis)\n"
            : "\(labels.title)\n\n\(labels.advisory)\n\(basis)\n"
        for section in tables.sections {
            text += markdown ? "\n### \(MarkdownRenderer.escape(section.title))\n\n" : "\n\(section.title)\n"
            for note in section.notes { text += markdown ? "\(MarkdownRenderer.escape(note))\n\n" : "\(note)\n" }
            for table in section.tables {
                if let title = table.title { text += markdown ? "**\(MarkdownRenderer.escape(title))**\n\n" : "\(title)\n" }
                if markdown {
                    text += MarkdownRenderer.table(columns: table.columns, alignments: table.alignments, rows: table.rows) + "\n"
                } else {
                    var plain = TextTable(columns: zip(table.columns, table.alignments).map { TextTable.Column($0, alignment: $1) })
                    for row in table.rows { plain.append(row) }
                    text += plain.render()
                }
            }
        }
        return text
    }
}
