import Foundation
import ZIPFoundation

/// The zip archive an `.xlsx` workbook is, opened in memory with bounds: a workbook is a few
/// small XML parts, so an archive with absurdly many entries, parts that inflate beyond the
/// limit (a zip bomb), or entry paths that climb out of the archive (`../`) is refused before
/// anything is read from it.
struct WorkbookArchive {
    struct Refusal: Error {
        var message: String
    }

    private let archive: Archive
    private let entries: [String: Entry]
    private let limits: XLSXLimits

    init(bytes: [UInt8], limits: XLSXLimits) throws(Refusal) {
        self.limits = limits
        guard bytes.count <= limits.maxArchiveBytes else {
            throw Refusal(message: SpreadsheetMessages.archiveTooLarge(bytes.count, limit: limits.maxArchiveBytes))
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw Refusal(message: SpreadsheetMessages.notAWorkbook)
        }
        var entries: [String: Entry] = [:]
        var declared: UInt64 = 0
        var count = 0
        for entry in archive {
            count += 1
            if count > limits.maxEntries { throw Refusal(message: SpreadsheetMessages.tooManyEntries(limit: limits.maxEntries)) }
            let path = entry.path
            if Self.climbsOut(path) { throw Refusal(message: SpreadsheetMessages.pathTraversal(path)) }
            declared += entry.uncompressedSize
            if declared > UInt64(limits.maxInflatedBytes) {
                throw Refusal(message: SpreadsheetMessages.inflatesTooMuch(limit: limits.maxInflatedBytes))
            }
            entries[path] = entry
        }
        self.entries = entries
    }

    /// An absolute path, a `..` component or a backslash (a Windows separator that could hide
    /// one) in an entry's path.
    static func climbsOut(_ path: String) -> Bool {
        path.hasPrefix("/") || path.contains("\\") || path.split(separator: "/", omittingEmptySubsequences: false).contains("..")
            || path.contains(":")
    }

    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The part's bytes, or `nil` when the archive has no such part. Inflation stops at the
    /// limit whatever size the entry declares.
    func read(_ path: String) throws(Refusal) -> Data? {
        guard let entry = entries[path] else { return nil }
        var data = Data()
        let limit = limits.maxInflatedBytes
        do {
            _ = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= limit else { throw Refusal(message: SpreadsheetMessages.inflatesTooMuch(limit: limit)) }
                data.append(chunk)
            }
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw Refusal(message: SpreadsheetMessages.damagedPart(path))
        }
        return data
    }
}
