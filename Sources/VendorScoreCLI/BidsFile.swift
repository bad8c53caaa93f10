import Foundation
import VendorScoreCore
import VendorScoreSpreadsheet

/// Loads a bids file by its name: an `.xlsx` workbook through ``XLSXBidsReader``, CSV and YAML
/// through the core's ``BidsLoader``.
enum BidsFile {
    static func load(bytes: [UInt8], file: String) throws(DiagnosticList) -> BidsLoader.Loaded {
        if XLSXBidsReader.reads(file) { return try XLSXBidsReader().load(bytes: bytes, file: file) }
        return try BidsLoader().load(bytes: bytes, file: file)
    }

    static func load(path: String) throws(DiagnosticList) -> BidsLoader.Loaded {
        // A file that cannot be read goes to the core loader, which says why.
        guard XLSXBidsReader.reads(path), let data = FileManager.default.contents(atPath: path) else {
            return try BidsLoader().load(path: path)
        }
        return try load(bytes: [UInt8](data), file: path)
    }
}
