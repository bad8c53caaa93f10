import Foundation
import VendorScoreCore
import VendorScoreRecord

extension SealedRecord.SourceFile {
    /// Reads every file whole, so what is evaluated and what a record embeds are the same bytes;
    /// every unreadable file is reported, not just the first.
    static func read(_ paths: [String]) throws(DiagnosticList) -> [SealedRecord.SourceFile] {
        var files: [SealedRecord.SourceFile] = []
        var problems: [Diagnostic] = []
        for path in paths {
            if let data = FileManager.default.contents(atPath: path) {
                files.append(SealedRecord.SourceFile(path: path, bytes: [UInt8](data)))
            } else {
                problems.append(Diagnostic(.error, at: nil, UnreadableFile.message(path)))
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return files
    }
}
