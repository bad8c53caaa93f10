import Foundation
import Testing
@testable import VendorScoreCore

/// CSV as Chinese Excel saves it: GB18030 is read, anything else refused with where and how to fix it.
@Suite("CSV encodings")
struct CSVEncodingTests {
    /// "id,name,price\r\ninspur,浪潮云,9860000\r\nhuawei,华为云,9500000\r\n" in GB18030, as Python's
    /// `.encode('gb18030')` writes it (浪 is C0 CB, 潮 B3 B1, 云 D4 C6, 华 BB AA, 为 CE AA).
    static let gb18030: [UInt8] = Array("id,name,price\r\ninspur,".utf8) + [0xC0, 0xCB, 0xB3, 0xB1, 0xD4, 0xC6]
        + Array(",9860000\r\nhuawei,".utf8) + [0xBB, 0xAA, 0xCE, 0xAA, 0xD4, 0xC6] + Array(",9500000\r\n".utf8)

    @Test func gb18030IsReadAndSaidSo() throws {
        let loaded = try BidsLoader().load(bytes: Self.gb18030, file: "bids.csv")
        #expect(loaded.bids.map(\.name) == ["浪潮云", "华为云"])
        #expect(loaded.warnings.map(\.englishLine) == ["bids.csv:1:1: warning: " + Messages.readAsGB18030.english])
    }

    @Test func fourByteSequencesAndTheEuroSign() throws {
        // 𠀀 (U+20000) is the four bytes 95 32 82 36; € is 0x80 in code page 936 (GBK as Windows writes it).
        let bytes = Array("id,name,price\na,".utf8) + [0x95, 0x32, 0x82, 0x36, 0x80] + Array(",1\n".utf8)
        let loaded = try BidsLoader().load(bytes: bytes, file: "bids.csv")
        #expect(loaded.bids.first?.name == "𠀀€")
    }

    @Test func utf8StaysUTF8() throws {
        let loaded = try BidsLoader().load(bytes: [0xEF, 0xBB, 0xBF] + Array("id,name,price\na,浪潮云,1\n".utf8), file: "bids.csv")
        #expect(loaded.bids.first?.name == "浪潮云")
        #expect(loaded.warnings.isEmpty)
    }

    @Test func anUndecodableByteIsLocated() throws {
        // 0xFF is never a GB18030 byte; the 浪 before it on line 2 is one column.
        let bytes = Array("id,name,price\na,".utf8) + [0xC0, 0xCB, 0xFF] + Array(",1\n".utf8)
        let problems = Fixture.problems { () throws(DiagnosticList) in _ = try BidsLoader().load(bytes: bytes, file: "bids.csv") }
        #expect(problems.map(\.englishLine) == [
            "bids.csv:2:4: error: the file is neither UTF-8 nor GB18030 (GBK) text: byte 0xFF at line 2, column 4 cannot be read; "
                + "in Excel choose 另存为 → CSV UTF-8 (逗号分隔) (Save As → CSV UTF-8 (Comma delimited))",
        ])
        let cut = Array("id,name,price\na,b,1\nc,".utf8) + [0x81, 0x0A]
        let cutProblems = Fixture.problems { () throws(DiagnosticList) in _ = try BidsLoader().load(bytes: cut, file: "bids.csv") }
        #expect(cutProblems.first?.location == SourceLocation(file: "bids.csv", line: 3, column: 3))
    }

    @Test func utf16IsRefusedWithTheWayOut() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("id".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let problems = Fixture.problems { () throws(DiagnosticList) in _ = try BidsLoader().load(bytes: bytes, file: "bids.csv") }
        #expect(problems.map(\.english) == [Messages.utf16.english])
    }

    @Test func spreadsheetCellsAreNamedLikeExcel() {
        #expect(SourceLocation(file: "bids.xlsx", sheet: "Sheet1", row: 7, column: 4).description == "bids.xlsx:Sheet1!D7")
        #expect(SourceLocation.columnName(26) == "Z")
        #expect(SourceLocation.columnName(27) == "AA")
        #expect(SourceLocation.columnName(16_384) == "XFD")
    }
}
