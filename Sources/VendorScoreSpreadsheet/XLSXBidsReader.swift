import Foundation
import VendorScoreCore

/// Reads bids from an `.xlsx` workbook: one sheet, one row per vendor under a header row, the
/// same columns as CSV. Cells go through the same ``BidRowsReader`` as CSV cells, so every rule
/// (columns, typing of facts, amounts in the price column, located errors) is the same; a
/// problem is located at its cell, `bids.xlsx:Sheet1!D7`.
///
/// How cells are read:
/// - text (shared or inline strings, formula text): as written, typed like a CSV cell;
/// - numbers: the stored digits exactly (never through `Double`), so `9860000` and `8.5` stay
///   what they are; `9.86E6` is `9860000`;
/// - a number formatted as a percentage (`0%`, `0.00%`, any format with `%`) is the percentage
///   Excel shows, with every stored digit: 0.9995 is `99.95%`;
/// - booleans: `true` or `false`; empty cells: not stated;
/// - error values (`#N/A`), dates and times, and formulas without a stored value are refused.
///
/// The header is the first row with a value. A workbook with several sheets is refused, naming
/// them, rather than reading one and leaving bids on another unread.
///
/// ```swift
/// let loaded = try XLSXBidsReader().load(bytes: Array(data), file: "bids.xlsx")
/// ```
public struct XLSXBidsReader: Sendable {
    public var limits: XLSXLimits

    public init(limits: XLSXLimits = .default) {
        self.limits = limits
    }

    /// True for a file name ending in `.xlsx` (any case), the files this reader is for.
    public static func reads(_ file: String) -> Bool {
        file.lowercased().hasSuffix(".xlsx")
    }

    /// What a sheet says, cell by cell, as this reader reads it: a record's content digest of a
    /// workbook is computed from it, so a re-saved workbook with the same cells is the same content.
    public struct Cells: Sendable, Equatable {
        public var sheet: String
        /// Each row with a value: its number and its cells (column number, text) in column order.
        public var rows: [(row: Int, cells: [(column: Int, text: String)])]
        /// Cells that could not be read: row, column and why.
        public var problems: [(row: Int, column: Int, message: Phrase)]

        public static func == (lhs: Cells, rhs: Cells) -> Bool {
            lhs.sheet == rhs.sheet
                && lhs.rows.elementsEqual(rhs.rows) { $0.row == $1.row && $0.cells.elementsEqual($1.cells) { $0 == $1 } }
                && lhs.problems.elementsEqual(rhs.problems) { $0 == $1 }
        }
    }

    /// The sheet's cells, or why the workbook cannot be read.
    ///
    /// ```swift
    /// let cells = try XLSXBidsReader().cells(bytes: bytes)   // cells.sheet == "投标"
    /// ```
    public func cells(bytes: [UInt8]) throws(XLSXRefusal) -> Cells {
        let workbook: LoadedSheet
        do {
            workbook = try LoadedSheet(bytes: bytes, limits: limits)
        } catch {
            throw XLSXRefusal(message: error.message)
        }
        return Cells(sheet: workbook.name,
                     rows: workbook.rows.filter { !$0.cells.isEmpty }.map { row in
                         (row.number, row.cells.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
                     },
                     problems: workbook.problems.map { ($0.row, $0.column, $0.message) })
    }

    public func load(bytes: [UInt8], file: String) throws(DiagnosticList) -> BidsLoader.Loaded {
        let whole = SourceLocation(file: file, line: 1, column: 1)
        func refuse(_ message: Phrase) -> DiagnosticList { DiagnosticList([Diagnostic(.error, at: whole, message)]) }
        let workbook: LoadedSheet
        do {
            workbook = try LoadedSheet(bytes: bytes, limits: limits)
        } catch {
            throw refuse(error.message)
        }
        let rows = BidRowsReader()
        let sheet = workbook.name
        func cell(_ row: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, sheet: sheet, row: row, column: column) }
        // Cells that could not be read are reported row by row, before the row's other problems.
        var problems = Dictionary(grouping: workbook.problems, by: \.row)
        func reportProblems(throughRow row: Int) {
            for number in problems.keys.sorted() where number <= row {
                for problem in problems.removeValue(forKey: number)!.sorted(by: { $0.column < $1.column }) {
                    rows.error(problem.message, at: cell(problem.row, problem.column))
                }
            }
        }
        guard let headerRow = workbook.rows.first(where: { !$0.cells.isEmpty }) else {
            reportProblems(throughRow: .max)
            rows.error(SpreadsheetMessages.emptySheet(sheet), at: whole)
            return try rows.finish(file: file)
        }
        reportProblems(throughRow: headerRow.number)
        // Columns with a name in the header row, in order; a value under a column without one
        // is an error rather than a fact silently dropped.
        let named = headerRow.cells.keys.sorted()
        let names = named.map { headerRow.cells[$0]! }
        rows.header(names) { cell(headerRow.number, named[$0]) }
        let namedSet = Set(named)
        for row in workbook.rows where row.number > headerRow.number {
            reportProblems(throughRow: row.number)
            for (column, value) in row.cells.sorted(by: { $0.key < $1.key }) where !namedSet.contains(column) {
                rows.error(SpreadsheetMessages.noHeader(value, column: SourceLocation.columnName(column)), at: cell(row.number, column))
            }
            let values = named.map { row.cells[$0] ?? "" }
            rows.row(values, name: "row \(row.number)") { cell(row.number, named[$0]) }
        }
        reportProblems(throughRow: .max)
        return try rows.finish(file: file)
    }
}

/// Why a file could not be read as a workbook at all.
public struct XLSXRefusal: Error, Sendable, CustomStringConvertible {
    /// Why, as a message the output module words (`DiagnosticText`).
    public var message: Phrase
    public var description: String { message.description }
}
