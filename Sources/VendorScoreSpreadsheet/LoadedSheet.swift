import Foundation
import VendorScoreCore

/// The one sheet of a workbook as text cells: each cell's value as VendorScore reads it (see
/// ``XLSXBidsReader``), placed by its own reference, with the cells that could not be read.
struct LoadedSheet {
    struct Refusal: Error {
        var message: Phrase
    }

    struct Row {
        var number: Int
        /// Cells with a value, by 1-based column number.
        var cells: [Int: String]
    }

    struct Problem {
        var row: Int
        var column: Int
        var message: Phrase
    }

    let name: String
    private(set) var rows: [Row] = []
    private(set) var problems: [Problem] = []

    init(bytes: [UInt8], limits: XLSXLimits) throws(Refusal) {
        let archive: WorkbookArchive
        do {
            archive = try WorkbookArchive(bytes: bytes, limits: limits)
        } catch {
            throw Refusal(message: error.message)
        }
        func part<Part: Decodable>(_ type: Part.Type, _ path: String, required: Bool = true) throws(Refusal) -> Part? {
            let data: Data?
            do {
                data = try archive.read(path)
            } catch {
                throw Refusal(message: error.message)
            }
            guard let data else {
                if required { throw Refusal(message: SpreadsheetMessages.missingPart(path)) }
                return nil
            }
            do {
                return try WorkbookParts.decode(type, from: data)
            } catch {
                throw Refusal(message: SpreadsheetMessages.unreadablePart(path))
            }
        }
        let packageRelationships = try part(WorkbookParts.Relationships.self, "_rels/.rels")!
        let workbookPath = Self.resolve(packageRelationships.target(ofType: "/officeDocument") ?? "xl/workbook.xml", from: "")
        let workbook = try part(WorkbookParts.Workbook.self, workbookPath)!
        let base = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relationshipsPath = (base.isEmpty ? "" : base + "/") + "_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        let relationships = try part(WorkbookParts.Relationships.self, relationshipsPath)!
        guard let sheet = workbook.sheets.first else { throw Refusal(message: SpreadsheetMessages.noSheets) }
        guard workbook.sheets.count == 1 else { throw Refusal(message: SpreadsheetMessages.severalSheets(workbook.sheets.map(\.name))) }
        guard let target = relationships.relationships.first(where: { $0.id == sheet.relationship })?.target else {
            throw Refusal(message: SpreadsheetMessages.missingPart("\(relationshipsPath)#\(sheet.relationship)"))
        }
        name = sheet.name
        let strings = try relationships.target(ofType: "/sharedStrings").flatMap { target throws(Refusal) in
            try part(WorkbookParts.SharedStrings.self, Self.resolve(target, from: base), required: false)
        }?.si?.map(\.text) ?? []
        let styles = try relationships.target(ofType: "/styles").flatMap { target throws(Refusal) in
            try part(WorkbookParts.Styles.self, Self.resolve(target, from: base), required: false)
        }
        let sheetPath = Self.resolve(target, from: base)
        let sheetData: Data?
        do {
            sheetData = try archive.read(sheetPath)
        } catch {
            throw Refusal(message: error.message)
        }
        guard let sheetData else { throw Refusal(message: SpreadsheetMessages.missingPart(sheetPath)) }
        guard let worksheet = SheetParser.parse(sheetData) else { throw Refusal(message: SpreadsheetMessages.unreadablePart(sheetPath)) }
        if let dimension = worksheet.dimension?.ref, let extent = Self.extent(of: dimension),
           extent.rows > limits.maxRows || extent.columns > limits.maxColumns {
            throw Refusal(message: SpreadsheetMessages.sheetTooLarge(.dimension(dimension), rows: limits.maxRows, columns: limits.maxColumns))
        }
        let formats = Self.cellFormats(styles)
        try read(worksheet, strings: strings, formats: formats, limits: limits)
    }

    private mutating func read(_ worksheet: WorkbookParts.Worksheet, strings: [String], formats: [NumberFormat], limits: XLSXLimits) throws(Refusal) {
        var seen = Set<Int>()
        var previousRow = 0
        for row in worksheet.sheetData?.row ?? [] {
            let number = row.r ?? previousRow + 1
            previousRow = number
            guard number >= 1, number <= limits.maxRows else {
                throw Refusal(message: SpreadsheetMessages.sheetTooLarge(.row(number), rows: limits.maxRows, columns: limits.maxColumns))
            }
            var cells: [Int: String] = [:]
            var previousColumn = 0
            for cell in row.c ?? [] {
                var column = previousColumn + 1
                if let reference = cell.r {
                    guard let parsed = Self.reference(reference), parsed.row == number else {
                        problems.append(Problem(row: number, column: column, message: SpreadsheetMessages.badReference(reference)))
                        continue
                    }
                    column = parsed.column
                }
                previousColumn = column
                guard column <= limits.maxColumns else {
                    throw Refusal(message: SpreadsheetMessages.sheetTooLarge(.column(column), rows: limits.maxRows, columns: limits.maxColumns))
                }
                let key = number * (limits.maxColumns + 1) + column
                guard seen.insert(key).inserted else {
                    problems.append(Problem(row: number, column: column,
                                            message: SpreadsheetMessages.cellTwice("\(SourceLocation.columnName(column))\(number)")))
                    continue
                }
                switch Self.value(of: cell, strings: strings, formats: formats) {
                case .success(let text?) where !text.allSatisfy({ $0 == " " || $0 == "\t" }):
                    cells[column] = text
                case .success:
                    break
                case .failure(let problem):
                    problems.append(Problem(row: number, column: column, message: problem.message))
                }
            }
            rows.append(Row(number: number, cells: cells))
        }
        rows.sort { $0.number < $1.number }
    }

    /// A cell's value as text, `nil` when empty.
    static func value(of cell: WorkbookParts.Worksheet.Cell, strings: [String], formats: [NumberFormat]) -> Result<String?, Refusal> {
        let stored = cell.v?.value
        switch cell.t ?? "n" {
        case "s":
            guard let stored else { return .success(nil) }
            guard let index = Int(stored), strings.indices.contains(index) else {
                return .failure(Refusal(message: SpreadsheetMessages.sharedStringIndex(stored, count: strings.count)))
            }
            return .success(strings[index])
        case "inlineStr":
            return .success(cell.is?.text)
        case "str":
            if stored == nil && cell.f != nil { return .failure(Refusal(message: SpreadsheetMessages.formulaWithoutValue)) }
            return .success(stored)
        case "b":
            guard let stored else { return .success(nil) }
            return .success(stored == "1" || stored == "true" ? "true" : "false")
        case "e":
            return .failure(Refusal(message: SpreadsheetMessages.errorValue(stored ?? "#VALUE!")))
        case "d":
            return .failure(Refusal(message: SpreadsheetMessages.date(stored ?? "")))
        default:
            guard let stored, !stored.isEmpty else {
                return cell.f != nil ? .failure(Refusal(message: SpreadsheetMessages.formulaWithoutValue)) : .success(nil)
            }
            let format = cell.s.flatMap { formats.indices.contains($0) ? formats[$0] : nil } ?? .number
            switch format {
            case .date:
                return .failure(Refusal(message: SpreadsheetMessages.date(stored)))
            case .percent:
                guard let percent = NumberLiteral.plain(stored, shift: 2) else {
                    return .failure(Refusal(message: SpreadsheetMessages.notANumber(stored)))
                }
                return .success(percent + "%")
            case .number:
                guard let number = NumberLiteral.plain(stored) else {
                    return .failure(Refusal(message: SpreadsheetMessages.notANumber(stored)))
                }
                return .success(number)
            }
        }
    }

    /// Each cell style's number format, by style index.
    private static func cellFormats(_ styles: WorkbookParts.Styles?) -> [NumberFormat] {
        var custom: [Int: NumberFormat] = [:]
        for format in styles?.numFmts?.numFmt ?? [] {
            custom[format.numFmtId] = NumberFormat(code: format.formatCode)
        }
        return (styles?.cellXfs?.xf ?? []).map { xf in
            let id = xf.numFmtId ?? 0
            return custom[id] ?? NumberFormat(builtin: id)
        }
    }

    /// A relationship's target as a path in the archive: relative to the part's folder, or
    /// absolute from the archive's root.
    static func resolve(_ target: String, from base: String) -> String {
        var parts = target.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }

    /// `D7` as row 7, column 4.
    static func reference(_ text: String) -> (row: Int, column: Int)? {
        let letters = text.prefix { $0.isASCII && $0.isUppercase }
        let digits = text.dropFirst(letters.count)
        guard (1...3).contains(letters.count), !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), digits.count <= 7,
              let row = Int(digits), row >= 1
        else { return nil }
        let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        return (row, column)
    }

    /// The rows and columns a dimension such as `A1:H15` spans.
    static func extent(of dimension: String) -> (rows: Int, columns: Int)? {
        let corners = dimension.split(separator: ":").compactMap { reference(String($0)) }
        guard let last = corners.last else { return nil }
        return (last.row, last.column)
    }
}
