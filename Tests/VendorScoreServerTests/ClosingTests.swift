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
            let scenario = try await Self.reviewWithKingsoftRejected(client)
            let t = "/api/v1/tenders/GC-1"
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

    @Test func bidsWithoutMarksMakeATenderAndMarksInTheUploadAreReportedUnused() async throws {
        try await LiveWorkspace.run { client in
            let bare = try CommitteeScenario.bidsWithoutMarks()
            #expect(!String(decoding: bare, as: UTF8.self).contains("scores:"))
            let scenario = try await CommitteeScenario.make(client, bids: bare)
            try await scenario.walk(to: .closed)
            let result = try await client.api(.get, "/api/v1/tenders/GC-1/files/result", session: scenario.officer)
            #expect(result.status == .ok && result.text.contains("inspur"), "\(result.text.prefix(500))")

            // The shipped example carries every member's marks; the workspace says it will not use them.
            let officer = scenario.officer
            let upload = try await client.upload("/tenders", session: officer, fields: [("number", "GC-2"), ("title", "第二批")],
                                                 files: [("rubric", "government-cloud.yaml", try CommitteeScenario.example("rubrics/government-cloud.yaml")),
                                                         ("bids", "bids.yaml", try CommitteeScenario.example("examples/government-cloud/bids.yaml"))])
            let location = try #require(upload.headers[.location])
            #expect(location.hasPrefix("/tenders/GC-2?ignored-marks="))
            let count = try #require(Int(location.split(separator: "=").last ?? ""))
            #expect(count > 100)
            let overview = try await client.send(.get, location, session: officer)
            #expect(overview.text.contains("上传的投标数据中有 \(count) 个评委打分，本系统不予采用"))
            #expect(!(try await client.send(.get, "/tenders/GC-2", session: officer)).text.contains("不予采用"))

            let created = try await client.api(.post, "/api/v1/tenders", session: officer, json: """
                {"number":"GC-3","title":"第三批","rubric":{"name":"r.yaml","content":\(Self.jsonString(try CommitteeScenario.example("rubrics/government-cloud.yaml")))},\
                "bids":{"name":"b.yaml","content":\(Self.jsonString(bare))}}
                """)
            #expect(created.status == .created, "\(created.text)")
            #expect(created.text.contains(#""ignoredMarks":0"#))
        }
    }

    static func jsonString(_ bytes: [UInt8]) throws -> String {
        String(decoding: try JSONEncoder().encode(String(decoding: bytes, as: UTF8.self)), as: UTF8.self)
    }

    /// The example's tender at review, where the leader has recorded that kingsoft's explanation
    /// of its abnormally low price was not accepted.
    static func reviewWithKingsoftRejected(_ client: WorkspaceClient) async throws -> CommitteeScenario {
        let scenario = try await CommitteeScenario.make(client)
        try await scenario.walk(to: .review)
        let decided = try await client.api(.post, "/api/v1/tenders/GC-1/decisions/abnormal-price", session: scenario.leader,
                                           json: #"{"vendor":"kingsoft","accepted":false,"reason":"未能证明报价合理"}"#)
        #expect(decided.status == .noContent)
        return scenario
    }

    /// A clock stopped at one moment.
    struct StoppedClock: WorkspaceClock {
        let at: Timestamp
        func now() -> Timestamp { at }
    }

    @Test(arguments: [(UTCOffset.chinaStandardTime, "2026-11-30", "2026-11-29"), (UTCOffset.utc, "2026-11-29", "2026-11-30")])
    func datesAreTheCommitteesDay(offset: UTCOffset, day: String, otherDay: String) async throws {
        // 2026-11-29 20:30 UTC is 2026-11-30 04:30 in Beijing.
        let clock = StoppedClock(at: Timestamp(millisecondsSince1970: 1_795_984_215_000))
        try await LiveWorkspace.run({ $0.utcOffset = offset }, clock: clock) { client in
            let scenario = try await Self.reviewWithKingsoftRejected(client)
            let t = "/api/v1/tenders/GC-1"
            try await scenario.walk(to: .closed)
            let tenderFile = try await client.api(.get, "\(t)/files/tender", session: scenario.officer).text
            #expect(tenderFile.contains(day) && !tenderFile.contains(otherDay), "\(tenderFile)")
            let report = try await client.api(.get, "\(t)/files/report", session: scenario.officer).text
            #expect(report.contains(day) && !report.contains(otherDay), "the report is dated the committee's day")
            let result = try await client.send(.get, "/tenders/GC-1/result", session: scenario.officer).text
            #expect(result.contains("\(day) \(offset == .utc ? "20" : "04"):30:15 (UTC\(offset))"))
        }
    }
}
