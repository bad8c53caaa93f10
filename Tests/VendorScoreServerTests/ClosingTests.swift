import Foundation
import HTTPTypes
import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreWorkspace
@testable import VendorScoreServer

/// Closing runs the engine on the workspace's files and freezes ranking, report and record; the
/// downloaded record verifies offline with `vendorscore verify`.
@Suite struct ClosingTests {
    @Test func theClosedTendersRecordReproduces() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            try await scenario.walk(to: .review)
            let t = "/api/v1/tenders/GC-1"
            let decided = try await client.api(.post, "\(t)/decisions/abnormal-price", session: scenario.leader,
                                               json: #"{"vendor":"kingsoft","accepted":false,"reason":"未能证明报价合理"}"#)
            #expect(decided.status == .noContent)
            let corrected = try await client.api(.post, "\(t)/corrections", session: scenario.leader,
                                                 json: #"{"member":"\#(scenario.members[1].userID)","vendor":"inspur","criterion":"solution-design","after":"8","case":4,"reason":"畸高，经复核调整"}"#)
            #expect(corrected.status == .noContent)
            try await scenario.walk(to: .signing)
            let dissent = try await client.api(.post, "\(t)/signature", session: scenario.members[2],
                                               json: #"{"confirm":false,"reasons":"对技术分有异议"}"#)
            #expect(dissent.status == .noContent)
            try await scenario.walk(to: .closed)

            for kind in ["tender", "result", "report", "record"] {
                #expect(try await client.api(.get, "\(t)/files/\(kind)", session: scenario.supervisor).status == .ok, "\(kind)")
            }
            let report = try await client.api(.get, "\(t)/files/report", session: scenario.supervisor).text
            #expect(report.contains("评标报告"))
            let tenderFile = try await client.api(.get, "\(t)/files/tender", session: scenario.supervisor).text
            #expect(tenderFile.contains("kingsoft"))
            #expect(tenderFile.contains("对技术分有异议"))

            let record = try await client.api(.get, "\(t)/files/record", session: scenario.supervisor)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("vendorscore-\(UUID().uuidString).record.json").path
            try Data(buffer: record.body).write(to: URL(fileURLWithPath: path))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let output = OutputBuffer(), errors = OutputBuffer()
            let status = VendorScoreCLI.run(arguments: ["verify", path],
                                            in: CommandEnvironment(registry: try ScorerRegistry(builtinModules), output: output, errors: errors))
            #expect(status == 0, "\(output.text)\(errors.text)")
            #expect(output.text.contains("reproduced"), "\(output.text)")

            let page = try await client.send(.get, "/tenders/GC-1/result", session: scenario.officer)
            #expect(page.text.contains("GC-1.record.json"))
        }
    }
}
