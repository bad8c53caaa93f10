import Foundation
import Testing
import VendorScoreCore
import VendorScoreOutput
@testable import VendorScoreSpreadsheet

/// Workbooks written by openpyxl (see Tests/make-input-fixtures.py), read cell by cell.
@Suite("xlsx bids")
struct XLSXBidsReaderTests {
    static let fixtures: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    static func problems(_ name: String, limits: XLSXLimits = .default, language: Language = .en) throws -> [String] {
        do {
            _ = try XLSXBidsReader(limits: limits).load(bytes: try bytes(name), file: name)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics.map(DiagnosticText(language).line)
        }
    }

    @Test func everyKindOfCellIsReadExactly() throws {
        let loaded = try XLSXBidsReader().load(bytes: try Self.bytes("cells.xlsx"), file: "cells.xlsx")
        #expect(loaded.bids.map(\.id) == ["a", "b"])
        let a = loaded.bids[0], b = loaded.bids[1]
        #expect(a.name == "甲云")
        #expect(a.price == Rational(9_860_000))                                   // a number with a ¥ format
        #expect(a.facts.value("sla_availability") == .percent(Rational(9995, 100)))  // 0.9995000000000001 as 0.00%
        #expect(a.facts.value("share") == .percent(Rational(30)))                 // 0.3 with the custom format 0%;[Red]-0%
        #expect(a.facts.value("vcpus") == .number(Rational(20_000)))              // stored as 2E4
        #expect(a.facts.value("local_ops_24x7") == .bool(true))
        #expect(a.facts.value("note") == .text("inline text"))                   // an inline string of two runs
        #expect(a.facts.value("rto") == .duration(seconds: Rational(900)))        // shared string 15min
        #expect(b.price == Rational(9_865_000))                                   // 986.5万元
        #expect(b.facts.value("sla_availability") == .percent(Rational(999, 10))) // the text 99.9%
        #expect(b.facts.value("share") == .number(Rational(1, 8)))                // 0.0"%" shows a quoted %, no percentage
        #expect(b.facts.value("local_ops_24x7") == .bool(false))
        #expect(b.facts.value("note") == nil)                                     // an empty cell is not stated
        #expect(a.priceLocation.description == "cells.xlsx:Sheet1!C2")
        #expect(loaded.warnings.isEmpty)
    }

    @Test func badCellsAreNamedBySheetAndCell() throws {
        let problems = try Self.problems("bad-cells.xlsx")
        let expected = [
            "bad-cells.xlsx:报价!E2: error: the cell holds a formula with no computed value",
            "bad-cells.xlsx:报价!C2: error: price: '9,86,0000' is not an amount VendorScore can read exactly",
            "bad-cells.xlsx:报价!D3: error: the cell holds the error value #DIV/0!; expected a value",
            "bad-cells.xlsx:报价!F3: error: the cell holds 'stray', but column F has no name in the header row",
            "bad-cells.xlsx:报价!E4: error: the cell holds a date or time (46099)",
        ]
        // Row by row, as a reader meets them.
        #expect(problems.count == expected.count, "\(problems)")
        for (problem, message) in zip(problems, expected) {
            #expect(problem.hasPrefix(message), "\(problem) should start with \(message)")
        }
    }

    @Test func severalSheetsAreRefusedByName() throws {
        let problems = try Self.problems("two-sheets.xlsx")
        #expect(problems == ["two-sheets.xlsx:1:1: error: the workbook has 2 sheets ('投标', '说明'); VendorScore reads bids "
            + "from a workbook of one sheet, so delete the others or move the bids to a workbook of their own"])
    }

    @Test func aWorkbooksProblemsReadInChinese() throws {
        #expect(try Self.problems("two-sheets.xlsx", language: .zh) == [
            "two-sheets.xlsx:1:1：错误：工作簿有 2 个工作表（“投标”、“说明”）；投标工作簿只能有一个工作表，请删除其他工作表，或将投标数据移到单独的工作簿",
        ])
        let cells = try Self.problems("bad-cells.xlsx", language: .zh)
        #expect(cells.first == "bad-cells.xlsx:报价!E2：错误：该单元格是没有计算结果的公式；应为取值（请在 Excel 中打开并保存工作簿，以保存计算结果）")
        #expect(cells.contains { $0.hasPrefix("bad-cells.xlsx:报价!C2：错误：price：“9,86,0000”不是可以精确读取的金额") }, "\(cells)")
    }

    @Test func pathTraversalIsRefused() throws {
        let problems = try Self.problems("traversal.xlsx")
        #expect(problems == ["traversal.xlsx:1:1: error: the workbook holds an entry named '../../evil.xml', a path outside the archive; it is refused"])
    }

    @Test func archivesBeyondTheLimitsAreRefused() throws {
        let entries = try Self.problems("cells.xlsx", limits: XLSXLimits(maxEntries: 5))
        #expect(entries.first?.contains("more than 5 parts") == true, "\(entries)")
        let inflated = try Self.problems("cells.xlsx", limits: XLSXLimits(maxInflatedBytes: 4000))
        #expect(inflated.first?.contains("inflate to more than 4000 bytes") == true, "\(inflated)")
        let size = try Self.problems("cells.xlsx", limits: XLSXLimits(maxArchiveBytes: 1000))
        #expect(size.first?.contains("more than the 1000 bytes allowed") == true, "\(size)")
        let rows = try Self.problems("cells.xlsx", limits: XLSXLimits(maxRows: 2))
        #expect(rows.first?.contains("the sheet spans A1:I3, more than 2 rows") == true, "\(rows)")
    }

    @Test func aFileThatIsNoZipIsRefused() throws {
        do {
            _ = try XLSXBidsReader().load(bytes: Array("id,name,price\n".utf8), file: "bids.xlsx")
            Issue.record("a CSV text read as a workbook")
        } catch {
            #expect(error.diagnostics.map(DiagnosticText(.en).line) == ["bids.xlsx:1:1: error: " + DiagnosticText(.en).render(SpreadsheetMessages.notAWorkbook)])
        }
    }

    @Test func storedNumbersAreRewrittenWithoutDouble() {
        #expect(NumberLiteral.plain("9860000") == "9860000")
        #expect(NumberLiteral.plain("9.86E6") == "9860000")
        #expect(NumberLiteral.plain("1E-3") == "0.001")
        #expect(NumberLiteral.plain("-2.5e-2") == "-0.025")
        #expect(NumberLiteral.plain("0.9995", shift: 2) == "99.95")
        #expect(NumberLiteral.plain("1", shift: 2) == "100")
        #expect(NumberLiteral.plain("0.9995000000000001", shift: 2) == "99.95")
        #expect(NumberLiteral.plain("0.30000000000000004") == "0.3")
        #expect(NumberLiteral.plain("0.99999999999999999") == "1")
        #expect(NumberLiteral.plain("123456789012345678") == "123456789012346000")
        #expect(NumberLiteral.plain("12345678.90") == "12345678.9")
        #expect(NumberLiteral.plain("0") == "0")
        #expect(NumberLiteral.plain("abc") == nil)
        #expect(NumberLiteral.plain("1.2.3") == nil)
        #expect(NumberLiteral.plain("1E") == nil)
    }

    @Test func numberFormatsSayPercentDateOrNumber() {
        #expect(NumberFormat(builtin: 10) == .percent)
        #expect(NumberFormat(builtin: 14) == .date)
        #expect(NumberFormat(builtin: 3) == .number)
        #expect(NumberFormat(code: "0.00%") == .percent)
        #expect(NumberFormat(code: "0.0\"%\"") == .number)
        #expect(NumberFormat(code: "0.0\\%") == .number)
        #expect(NumberFormat(code: "[$¥-804]#,##0.00") == .number)
        #expect(NumberFormat(code: "\"¥\"#,##0;[Red]\"¥\"-#,##0") == .number)
        #expect(NumberFormat(code: "yyyy\"年\"m\"月\"d\"日\"") == .date)
        #expect(NumberFormat(code: "[h]:mm") == .date)
        #expect(NumberFormat(code: "General") == .number)
    }

    @Test func referencesAndTargets() {
        #expect(LoadedSheet.reference("D7")! == (7, 4))
        #expect(LoadedSheet.reference("AA10")! == (10, 27))
        #expect(LoadedSheet.reference("d7") == nil)
        #expect(LoadedSheet.reference("D0") == nil)
        #expect(LoadedSheet.resolve("worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(LoadedSheet.resolve("/xl/worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(LoadedSheet.resolve("../xl/sharedStrings.xml", from: "xl") == "xl/sharedStrings.xml")
        #expect(WorkbookArchive.climbsOut("../evil.xml"))
        #expect(WorkbookArchive.climbsOut("xl/../../evil.xml"))
        #expect(WorkbookArchive.climbsOut("/etc/passwd"))
        #expect(WorkbookArchive.climbsOut("xl\\..\\evil.xml"))
        #expect(!WorkbookArchive.climbsOut("xl/worksheets/sheet1.xml"))
        #expect(!WorkbookArchive.climbsOut("[Content_Types].xml"))
    }
}
