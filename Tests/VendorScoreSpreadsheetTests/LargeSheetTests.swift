import Foundation
import Testing
import VendorScoreCore
import VendorScoreSpreadsheet
import ZIPFoundation

/// A workbook built here part by part, for sizes no fixture should have.
enum BuiltWorkbook {
    static func bytes(sheetRows: String) throws -> [UInt8] {
        try bytes(sheet: "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(sheetRows)</sheetData></worksheet>")
    }

    static func bytes(sheet: String) throws -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
        let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let parts = [
            ("_rels/.rels", "<Relationships xmlns=\"\(relationships)\"><Relationship Id=\"rId1\" Type=\"\(office)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<workbook xmlns=\"\(main)\" xmlns:r=\"\(office)\"><sheets><sheet name=\"Bids\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"\(relationships)\"><Relationship Id=\"rId1\" Type=\"\(office)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data!)
    }
}

@Suite("Large sheets")
struct LargeSheetTests {
    @Test func aSheetOfMoreThanTenMegabytesIsRead() throws {
        // Foundation's XML parser refuses a document of this size handed over in one piece; the
        // sheet is streamed, so 11,000 bids with a 1,000-character fact each are read.
        let note = String(repeating: "说明", count: 500)
        var rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>name</t></is></c>"
            + "<c r=\"C1\" t=\"inlineStr\"><is><t>price</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>note</t></is></c></row>"
        for number in 2...11_001 {
            rows += "<row r=\"\(number)\"><c r=\"A\(number)\" t=\"inlineStr\"><is><t>v\(number)</t></is></c>"
                + "<c r=\"B\(number)\" t=\"inlineStr\"><is><t>供应商</t></is></c><c r=\"C\(number)\"><v>\(9_000_000 + number)</v></c>"
                + "<c r=\"D\(number)\" t=\"inlineStr\"><is><t>\(note)</t></is></c></row>"
        }
        #expect(rows.utf8.count > 10_000_000)
        let loaded = try XLSXBidsReader().load(bytes: try BuiltWorkbook.bytes(sheetRows: rows), file: "big.xlsx")
        #expect(loaded.bids.count == 11_000)
        #expect(loaded.bids.last?.price == Rational(9_011_001))
        #expect(loaded.bids.last?.priceLocation.description == "big.xlsx:Bids!C11001")
    }
}
