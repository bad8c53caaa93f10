/// Every message the workbook reader shows a user, in one place.
enum SpreadsheetMessages {
    static let notAWorkbook = "not an .xlsx workbook (the file is not a zip archive); save it from Excel as 'Excel 工作簿 (*.xlsx)'"
    static func noTemporaryFile(_ path: String) -> String {
        "cannot write the temporary copy \(path) the workbook is read from; check that the temporary directory is writable"
    }
    static func archiveTooLarge(_ bytes: Int, limit: Int) -> String {
        "the workbook is \(bytes) bytes, more than the \(limit) bytes allowed"
    }
    static func tooManyEntries(limit: Int) -> String {
        "the workbook holds more than \(limit) parts; a workbook of bids has a few dozen at most, so it is refused"
    }
    static func inflatesTooMuch(limit: Int) -> String {
        "the workbook's parts inflate to more than \(limit) bytes; it is refused as a possible zip bomb"
    }
    static func pathTraversal(_ path: String) -> String {
        "the workbook holds an entry named '\(path)', a path outside the archive; it is refused"
    }
    static func damagedPart(_ path: String) -> String { "the workbook's part '\(path)' is damaged and cannot be inflated" }
    static func missingPart(_ path: String) -> String { "the workbook has no part '\(path)'; it is not a complete .xlsx workbook" }
    static func unreadablePart(_ path: String) -> String { "the workbook's part '\(path)' is not the XML a workbook holds" }
    static let noSheets = "the workbook has no sheets"
    static func emptySheet(_ name: String) -> String { "the sheet '\(name)' is empty; expected a header row and one row per vendor" }
    static func severalSheets(_ names: [String]) -> String {
        "the workbook has \(names.count) sheets (" + names.map { "'\($0)'" }.joined(separator: ", ")
            + "); VendorScore reads bids from a workbook of one sheet, so delete the others or move the bids to a workbook of their own"
    }
    static func sheetTooLarge(_ dimension: String, rows: Int, columns: Int) -> String {
        "the sheet spans \(dimension), more than \(rows) rows or \(columns) columns"
    }
    static func badReference(_ reference: String) -> String { "'\(reference)' is not a cell reference such as D7" }
    static func cellTwice(_ reference: String) -> String { "cell \(reference) appears twice in the sheet" }
    static func sharedStringIndex(_ text: String, count: Int) -> String {
        "the cell refers to shared string '\(text)', but the workbook has \(count); expected an index below \(count)"
    }
    static func errorValue(_ value: String) -> String { "the cell holds the error value \(value); expected a value" }
    static let formulaWithoutValue =
        "the cell holds a formula with no computed value; expected a value (open the workbook in Excel and save it, so the value is stored)"
    static func date(_ value: String) -> String {
        "the cell holds a date or time (\(value)); expected a number, a percentage or text (format the cell as 常规 / General or 文本 / Text)"
    }
    static func notANumber(_ value: String) -> String { "the cell's stored number '\(value)' is not a number" }
    static func noHeader(_ value: String, column: String) -> String {
        "the cell holds '\(value)', but column \(column) has no name in the header row; expected a header above it or an empty cell"
    }
}
