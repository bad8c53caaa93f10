import Foundation
import VendorScoreCore
import ZIPFoundation

/// The zip archive an `.xlsx` workbook is, opened in memory with bounds: a workbook is a few
/// small XML parts, so an archive with absurdly many entries, parts that inflate beyond the
/// limit (a zip bomb), or entry paths that climb out of the archive (`../`) is refused before
/// anything is read from it.
struct WorkbookArchive {
    struct Refusal: Error {
        var message: Phrase
    }

    private let archive: Archive
    private let entries: [String: Entry]
    private let limits: XLSXLimits

    init(bytes: [UInt8], limits: XLSXLimits) throws(Refusal) {
        self.limits = limits
        guard bytes.count <= limits.maxArchiveBytes else {
            throw Refusal(message: SpreadsheetMessages.archiveTooLarge(bytes.count, limit: limits.maxArchiveBytes))
        }
        archive = try Self.open(bytes)
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

    /// Opens the bytes through a private temporary file, removed at once (the open archive keeps
    /// reading it): ZIPFoundation 0.9.20's in-memory archives trap on a damaged archive whose
    /// offsets point past its end, where a file simply reads nothing.
    private static func open(_ bytes: [UInt8]) throws(Refusal) -> Archive {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vendorscore-\(UUID().uuidString).xlsx")
        do {
            try Data(bytes).write(to: url, options: .withoutOverwriting)
        } catch {
            throw Refusal(message: SpreadsheetMessages.noTemporaryFile(url.path))
        }
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            return try Archive(url: url, accessMode: .read)
        } catch {
            throw Refusal(message: SpreadsheetMessages.notAWorkbook)
        }
    }

    /// An absolute path, a `..` component or a backslash (a Windows separator that could hide
    /// one) in an entry's path.
    static func climbsOut(_ path: String) -> Bool {
        path.hasPrefix("/") || path.contains("\\") || path.split(separator: "/", omittingEmptySubsequences: false).contains("..")
            || path.contains(":")
    }

    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The part's bytes, or `nil` when the archive has no such part. Inflation stops at the
    /// limit whatever size the entry declares; a part whose checksum does not match, or that is
    /// not UTF-8 text, is refused.
    func read(_ path: String) throws(Refusal) -> Data? {
        guard let entry = entries[path] else { return nil }
        var data = Data()
        let limit = limits.maxInflatedBytes
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= limit else { throw Refusal(message: SpreadsheetMessages.inflatesTooMuch(limit: limit)) }
                data.append(chunk)
            }
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw Refusal(message: SpreadsheetMessages.damagedPart(path))
        }
        // Extracting to memory computes the checksum but leaves comparing it to the caller.
        guard checksum == entry.checksum else { throw Refusal(message: SpreadsheetMessages.damagedPart(path)) }
        // Foundation's XML parser traps on names that are not UTF-8; workbook parts are UTF-8 XML.
        guard String(validating: data, as: UTF8.self) != nil else { throw Refusal(message: SpreadsheetMessages.unreadablePart(path)) }
        return data
    }
}
