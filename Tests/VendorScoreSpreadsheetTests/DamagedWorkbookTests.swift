import Foundation
import Testing
import VendorScoreCore
import VendorScoreSpreadsheet

/// Damaged workbooks are refused with a located error, never a crash: ZIPFoundation's in-memory
/// archives trapped on offsets past the end, and Foundation's XML parser on names that are not
/// UTF-8, before the reader guarded against both.
@Suite("Damaged workbooks")
struct DamagedWorkbookTests {
    @Test func damagedBytesAreRefusedNotCrashedOn() throws {
        let original = try XLSXBidsReaderTests.bytes("cells.xlsx")
        var refused = 0
        for round in 0..<600 {
            var bytes = original
            // The same damage on every run: up to 8 bytes overwritten, every other file cut short.
            for damage in 0...(round % 8) {
                bytes[(round &* 7919 &+ damage &* 104_729) % bytes.count] = UInt8(truncatingIfNeeded: round &* 31 &+ damage &* 17)
            }
            if round % 2 == 0 { bytes = Array(bytes.prefix((round &* 2_654_435_761) % bytes.count)) }
            do {
                _ = try XLSXBidsReader().load(bytes: bytes, file: "damaged.xlsx")
            } catch {
                refused += 1
                #expect(error.diagnostics.allSatisfy { $0.location?.file == "damaged.xlsx" })
            }
        }
        #expect(refused > 500, "\(refused) of 600 damaged workbooks refused")
    }
}
