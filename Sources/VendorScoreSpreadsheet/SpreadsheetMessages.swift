import VendorScoreCore

/// Every message the workbook reader shows a user, in one place, each as a message id and its
/// values: the output module's `DiagnosticCatalogue` words them in Chinese and English.
enum SpreadsheetMessages {
    private static func phrase(_ message: String, _ values: PhraseValues = [:]) -> Phrase {
        Phrase(message, values)
    }

    static let notAWorkbook = phrase("workbook.not-xlsx", ["format": .citation("Excel 工作簿 (*.xlsx)")])
    static func noTemporaryFile(_ path: String) -> Phrase { phrase("workbook.no-temporary-file", ["path": .written(path)]) }
    static func archiveTooLarge(_ bytes: Int, limit: Int) -> Phrase {
        phrase("workbook.too-large", ["bytes": .number(Rational(bytes)), "limit": .number(Rational(limit))])
    }
    static func tooManyEntries(limit: Int) -> Phrase { phrase("workbook.too-many-parts", ["limit": .number(Rational(limit))]) }
    static func inflatesTooMuch(limit: Int) -> Phrase { phrase("workbook.inflates-too-much", ["limit": .number(Rational(limit))]) }
    static func pathTraversal(_ path: String) -> Phrase { phrase("workbook.path-traversal", ["path": .written(path)]) }
    static func damagedPart(_ path: String) -> Phrase { phrase("workbook.damaged-part", ["part": .written(path)]) }
    static func missingPart(_ path: String) -> Phrase { phrase("workbook.missing-part", ["part": .written(path)]) }
    static func unreadablePart(_ path: String) -> Phrase { phrase("workbook.unreadable-part", ["part": .written(path)]) }
    static let noSheets = phrase("workbook.no-sheets")
    static func emptySheet(_ name: String) -> Phrase { phrase("sheet.empty", ["sheet": .written(name)]) }
    static func severalSheets(_ names: [String]) -> Phrase {
        phrase("workbook.several-sheets", ["count": .number(Rational(names.count)),
                                           "sheets": .phrases(names.map { Phrase("quoted", ["text": .written($0)]) })])
    }
    /// How far a sheet reaches: its declared dimension (`A1:Z99999`), or the row or column met.
    enum Reach {
        case dimension(String), row(Int), column(Int)
    }
    static func sheetTooLarge(_ reach: Reach, rows: Int, columns: Int) -> Phrase {
        let spans: Phrase
        switch reach {
        case .dimension(let text): spans = phrase("sheet.reach.dimension", ["dimension": .written(text)])
        case .row(let number): spans = phrase("sheet.reach.row", ["row": .number(Rational(number))])
        case .column(let number): spans = phrase("sheet.reach.column", ["column": .number(Rational(number))])
        }
        return phrase("sheet.too-large", ["reach": .phrase(spans), "rows": .number(Rational(rows)), "columns": .number(Rational(columns))])
    }
    static func badReference(_ reference: String) -> Phrase { phrase("cell.bad-reference", ["reference": .written(reference), "example": .id("D7")]) }
    static func cellTwice(_ reference: String) -> Phrase { phrase("cell.twice", ["reference": .id(reference)]) }
    static func sharedStringIndex(_ text: String, count: Int) -> Phrase {
        phrase("cell.shared-string-index", ["index": .written(text), "count": .number(Rational(count))])
    }
    static func errorValue(_ value: String) -> Phrase { phrase("cell.error-value", ["value": .written(value)]) }
    static let formulaWithoutValue = phrase("cell.formula-without-value")
    static func date(_ value: String) -> Phrase {
        phrase("cell.date", ["value": .written(value), "general": .citation("常规 / General"), "text": .citation("文本 / Text")])
    }
    static func notANumber(_ value: String) -> Phrase { phrase("cell.not-a-number", ["value": .written(value)]) }
    static func noHeader(_ value: String, column: String) -> Phrase {
        phrase("cell.no-header", ["value": .written(value), "column": .id(column)])
    }
}
