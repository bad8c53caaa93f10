import Foundation
import VendorScoreCore
import VendorScoreOutput
import VendorScoreRecord

/// Reads an evaluation record for the commands that start from one (explain, report), refusing
/// one that was edited or damaged after it was written.
enum RecordFile {
    static func intact(_ path: String) throws(CommandError) -> RecordCheck.Intact {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIMessages.unreadable(path)
        }
        switch RecordCheck.read([UInt8](data)) {
        case .success(let intact):
            return intact
        case .failure(let damaged):
            throw CLIMessages.recordDamaged(path, problems: damaged.problems)
        }
    }
}
