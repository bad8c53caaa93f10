import ArgumentParser
import VendorScoreOutput
import VendorScoreCore

/// The formats `vendorscore evaluate --format` writes.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, csv, markdown

    func renderer(language: Language) -> any EvaluationRenderer {
        switch self {
        case .table: return TableRenderer(language: language)
        case .json: return JSONRenderer(language: language)
        case .csv: return CSVRenderer(language: language)
        case .markdown: return MarkdownRenderer(language: language)
        }
    }
}
