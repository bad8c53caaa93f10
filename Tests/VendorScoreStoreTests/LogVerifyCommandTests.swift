import Foundation
import GRDB
import Testing
import VendorScoreWorkspace
@testable import VendorScoreStore

/// `vendorscore log verify` on SQLite files edited behind the store's back, as an intruder with
/// the file would: the append-only triggers dropped, then rows changed or removed.
@Suite("log verify")
struct LogVerifyCommandTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static func vendorscore(_ arguments: [String]) throws -> Run {
        var candidates: [URL] = []
        if let main = Bundle.main.executableURL { candidates.append(main.deletingLastPathComponent()) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        let executable = try #require(candidates.map { $0.appending(path: "vendorscore") }.first { FileManager.default.isExecutableFile(atPath: $0.path) })
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    /// A data folder whose log has `count` rows, and the rows as written.
    static func workspace(rows count: Int) async throws -> (URL, [LogRow]) {
        let folder = FileManager.default.temporaryDirectory.appending(path: "vendorscore-log-\(UUID().uuidString)")
        let store = try SQLiteWorkspaceStore(directory: folder)
        let clock = TestClock()
        for number in 1...count {
            try await store.appendEvent(LogEvent(at: clock.now(), actor: UserID("u\(number)"), kind: .fileDownloaded,
                                                 revision: RevisionRef(tender: TenderID("t"), number: 1), subject: "record", after: #"{"n":\#(number)}"#))
        }
        return (folder, try await store.logRows(after: 0, limit: count))
    }

    /// Runs SQL on the folder's database with the append-only triggers removed.
    static func tamper(_ folder: URL, _ sql: String, arguments: StatementArguments = []) throws {
        let queue = try DatabaseQueue(path: folder.appending(path: SQLiteWorkspaceStore.fileName).path)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS event_log_no_update; DROP TRIGGER IF EXISTS event_log_no_delete")
            try db.execute(sql: sql, arguments: arguments)
        }
    }

    @Test("an untouched log is intact")
    func intact() async throws {
        let (folder, rows) = try await Self.workspace(rows: 5)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.vendorscore(["log", "verify", "--data", folder.path])
        #expect(run.status == 0)
        #expect(run.output == "log intact: 5 row(s), last hash \(rows[4].hash)\n")
    }

    @Test("an edited row is named", arguments: ["actor", "after_value", "at", "action"])
    func edited(column: String) async throws {
        let (folder, _) = try await Self.workspace(rows: 6)
        defer { try? FileManager.default.removeItem(at: folder) }
        let value = column == "at" ? "0" : "'forged'"
        try Self.tamper(folder, "UPDATE event_log SET \(column) = \(value) WHERE sequence = 3")
        let run = try Self.vendorscore(["log", "verify", "--data", folder.path])
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("log broken at row 3: its content gives hash"))
    }

    @Test("an edited row given a fresh hash is named by the row after it")
    func rehashed() async throws {
        let (folder, rows) = try await Self.workspace(rows: 6)
        defer { try? FileManager.default.removeItem(at: folder) }
        var event = rows[2].event
        event.after = #"{"n":99}"#
        let forged = LogChain.row(for: event, sequence: 3, previousHash: rows[1].hash)
        try Self.tamper(folder, "UPDATE event_log SET after_value = ?, hash = ? WHERE sequence = 3", arguments: [event.after, forged.hash])
        let run = try Self.vendorscore(["log", "verify", "--data", folder.path])
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("log broken at row 4: it links to \(rows[2].hash)"))
    }

    @Test("a deleted row is named by the row after it, renumbered or not")
    func deleted() async throws {
        let (folder, _) = try await Self.workspace(rows: 6)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.tamper(folder, "DELETE FROM event_log WHERE sequence = 4")
        var run = try Self.vendorscore(["log", "verify", "--data", folder.path])
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("log broken at row 5: expected row 4 here"))
        try Self.tamper(folder, "UPDATE event_log SET sequence = sequence - 1 WHERE sequence > 4")
        run = try Self.vendorscore(["log", "verify", "--data", folder.path])
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("log broken at row 4: it links to"))
    }

    @Test("a folder without a workspace, or no source at all, is an error with status 2")
    func errors() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "vendorscore-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var run = try Self.vendorscore(["log", "verify", "--data", folder.path])
        #expect(run.status == 2)
        #expect(run.errors.contains("no workspace database at"))
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: SQLiteWorkspaceStore.fileName).path))
        run = try Self.vendorscore(["log", "verify"])
        #expect(run.status == 2)
        #expect(run.errors.contains("give exactly one of --data DIR or --database URL"))
    }
}
