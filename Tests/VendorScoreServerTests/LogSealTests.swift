import Foundation
import HTTPTypes
import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreStore
import VendorScoreWorkspace
@testable import VendorScoreServer

/// A closed tender's record seals the event log's head at closing, so an auditor ties the record
/// to the log: `vendorscore log verify --record` finds that row with that hash in the database.
@Suite struct RecordLogSealTests {
    @Test func theRecordSealsTheLogHeadAndLogVerifyTiesThemTogether() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            try await scenario.walk(to: .closed)
            let store = client.server.store
            let tenderFile = try await client.api(.get, "/api/v1/tenders/GC-1/files/tender", session: scenario.supervisor).text
            let seal = try #require(LogSeal.find(in: tenderFile))
            // The sealed row is the last before the closing's own rows, the first of which (the frozen
            // tender file) links to it.
            let closing = try #require(try await store.logRows(after: seal.sequence, limit: 1).first)
            #expect(closing.previousHash == seal.hash)
            #expect(closing.event.kind == .fileUploaded && closing.event.subject == "tender")
            #expect(try await store.check(seal) == .matches(seal))
            #expect(try await store.check(LogSeal(sequence: seal.sequence, hash: String(repeating: "0", count: 64))).matches == false)
            if case .rowMissing = try await store.check(LogSeal(sequence: 1_000_000, hash: seal.hash)) {} else {
                Issue.record("a seal beyond the log's end is not reported as rows cut off")
            }

            let record = Array(buffer: try await client.api(.get, "/api/v1/tenders/GC-1/files/record", session: scenario.supervisor).body)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("vendorscore-\(UUID().uuidString).record.json").path
            try Data(record).write(to: URL(fileURLWithPath: path))
            defer { try? FileManager.default.removeItem(atPath: path) }
            // The record still reproduces: the seal line is a comment the tender file's reader skips.
            let verified = try SigningKeyTests.verify([path])
            #expect(verified.status == 0 && verified.text.contains("reproduced"), "\(verified.text)")

            // The command reads a data folder; a PostgreSQL scratch schema has none to name, and the
            // store's own check above covers that database.
            guard let data = client.folder else { return }
            let output = OutputBuffer(), errors = OutputBuffer()
            let status = VendorScoreCLI.run(arguments: ["log", "verify", "--data", data.path, "--record", path],
                                            in: CommandEnvironment(registry: try ScorerRegistry(builtinModules), output: output, errors: errors))
            #expect(status == 0, "\(output.text)\(errors.text)")
            #expect(output.text.contains("log intact") && output.text.contains("record matches the log: row \(seal.sequence)"), "\(output.text)")
        }
    }

    @Test func aRecordWithoutALogHeadIsRefused() async throws {
        try await LiveWorkspace.run { client in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vendorscore-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let repository = CommitteeScenario.repository
            let record = folder.appendingPathComponent("cli.record.json").path
            let environment = { (output: OutputBuffer, errors: OutputBuffer) in
                CommandEnvironment(registry: try ScorerRegistry(builtinModules), output: output, errors: errors)
            }
            let made = VendorScoreCLI.run(arguments: ["evaluate", repository.appendingPathComponent("rubrics/government-cloud.yaml").path,
                                                      repository.appendingPathComponent("examples/government-cloud/bids.yaml").path,
                                                      "--record", record],
                                          in: try environment(OutputBuffer(), OutputBuffer()))
            try #require(made == 0)
            guard let data = client.folder else { return }   // the command reads a data folder (SQLite)
            let output = OutputBuffer(), errors = OutputBuffer()
            let status = VendorScoreCLI.run(arguments: ["log", "verify", "--data", data.path, "--record", record],
                                            in: try environment(output, errors))
            #expect(status == 2)
            #expect(errors.text.contains("seals no log head"), "\(errors.text)")
        }
    }
}
