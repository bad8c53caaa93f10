import Foundation
import HTTPTypes
import Testing
import VendorScoreCore
import VendorScoreStore
import VendorScoreWorkspace
@testable import VendorScoreServer

/// Re-evaluation (第64条 after signing): the officer opens revision 2 of a closed tender with a
/// reason; it returns to review with the submitted marks; the committee corrects, signs and
/// closes again; revision 1 and its frozen files stay as they were and downloadable.
@Suite struct ReevaluationTests {
    /// `vendorscore verify` on a downloaded record.
    static func verify(_ bytes: [UInt8]) throws -> (status: Int32, output: String) {
        let path = try SigningKeyTests.temporaryFile(bytes, ".record.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try SigningKeyTests.verify([path])
        return (run.status, run.text)
    }

    @Test func aClosedTenderIsReevaluatedInANewRevisionAndClosedAgain() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            try await scenario.walk(to: .closed)
            let t = "/api/v1/tenders/GC-1"
            let firstRecord = Array(buffer: try await client.api(.get, "\(t)/files/record", session: scenario.officer).body)

            // Only the officer opens it, and only with a reason.
            #expect(try await client.api(.post, "\(t)/revisions", session: scenario.leader, json: #"{"reason":"x"}"#).status == .forbidden)
            let noReason = try await client.api(.post, "\(t)/revisions", session: scenario.officer, json: #"{"reason":"  "}"#)
            #expect(noReason.status == .unprocessableContent && noReason.text.contains("reason"))
            let reason = "签字后发现分值汇总计算错误（第64条第一项）"
            let opened = try await client.api(.post, "\(t)/revisions", session: scenario.officer, json: #"{"reason":"\#(reason)"}"#)
            #expect(opened.status == .created, "\(opened.text)")
            #expect(opened.text.contains(#""revision":2"#) && opened.text.contains(#""stage":"review""#))
            // A second one cannot be opened while the first is under way.
            #expect(try await client.api(.post, "\(t)/revisions", session: scenario.officer, json: #"{"reason":"x"}"#).status == .forbidden)

            // The submitted marks came along: the leader corrects one, all sign, the officer closes.
            let marks = try await client.api(.get, "\(t)/marks", session: scenario.leader)
            #expect(marks.status == .ok)
            let corrected = try await client.api(.post, "\(t)/corrections", session: scenario.leader,
                                                 json: #"{"member":"\#(scenario.members[1].userID)","vendor":"inspur","criterion":"solution-design","after":"8","case":1,"reason":"汇总错误，经重新评审更正"}"#)
            #expect(corrected.status == .noContent, "\(corrected.text)")
            try await scenario.walk(to: .closed)

            // Revision 1 is unchanged and still downloadable; revision 2 has its own record.
            let oldRecord = try await client.api(.get, "\(t)/revisions/1/files/record", session: scenario.supervisor)
            #expect(oldRecord.status == .ok)
            #expect(Array(buffer: oldRecord.body) == firstRecord)
            let newRecord = Array(buffer: try await client.api(.get, "\(t)/files/record", session: scenario.supervisor).body)
            #expect(newRecord != firstRecord)
            for record in [firstRecord, newRecord] {
                let verified = try Self.verify(record)
                #expect(verified.status == 0 && verified.output.contains("reproduced"), "\(verified.output)")
            }
            let newTender = try await client.api(.get, "\(t)/files/tender", session: scenario.supervisor).text
            #expect(newTender.contains("汇总错误，经重新评审更正"))
            #expect(try await client.api(.get, "\(t)/revisions/1/files/tender", session: scenario.supervisor).text.contains("汇总错误") == false)

            // Revision 2's frozen files say what happened: which revision it re-evaluates, why, when, by whom.
            let officer = try #require(try await client.server.store.user(id: UserID(scenario.officer.userID)))
            let loaded = try TenderLoader().load(bytes: Array(newTender.utf8), file: "tender.yaml")
            let revision = try #require(loaded.revision)
            #expect(revision.number == 2 && revision.supersedes == 1 && revision.reason == reason)
            #expect(revision.openedBy == officer.user.displayName)
            #expect(revision.openedAt.wholeMatch(of: /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/) != nil)
            #expect(newTender.contains("revision:\n  number: 2\n  supersedes: 1\n"))
            let report = try await client.api(.get, "\(t)/files/report", session: scenario.supervisor).text
            #expect(report.contains("第 2 版，重新评审第 1 版") && report.contains(reason) && report.contains(revision.openedAt))
            let oldReport = try await client.api(.get, "\(t)/revisions/1/files/report", session: scenario.supervisor).text
            #expect(oldReport.contains("重新评审第") == false)
            let resultPage = try await client.send(.get, "/tenders/GC-1/result", session: scenario.supervisor).text
            #expect(resultPage.contains("第 2 版重新评审第 1 版") && resultPage.contains(revision.openedAt))
            let oldResultPage = try await client.send(.get, "/tenders/GC-1/revisions/1/result", session: scenario.supervisor).text
            #expect(oldResultPage.contains("重新评审第 1 版") == false)
            #expect(try await client.api(.get, "\(t)/revisions/3/files/record", session: scenario.supervisor).status == .notFound)
            #expect(try await client.api(.get, "\(t)/revisions/zero/files/record", session: scenario.supervisor).status == .notFound)

            // The history and the log say who opened revision 2 and why.
            let history = try await client.api(.get, "\(t)/revisions", session: scenario.supervisor)
            #expect(history.status == .ok)
            #expect(history.text.contains(reason) && history.text.contains(scenario.officer.userID))
            let log = try await client.server.store.logRows(tender: TenderID("GC-1"))
            let opening = try #require(log.first { $0.event.kind == .revisionOpened })
            #expect(opening.event.actor == UserID(scenario.officer.userID) && opening.event.after?.contains(reason) == true)

            // The pages: the old result is marked superseded and links back; the current one lists both.
            let oldPage = try await client.send(.get, "/tenders/GC-1/revisions/1/result", session: scenario.supervisor)
            #expect(oldPage.status == .ok)
            #expect(oldPage.text.contains("/tenders/GC-1/revisions/1/files/record") && oldPage.text.contains(reason))
            let page = try await client.send(.get, "/tenders/GC-1/result", session: scenario.officer)
            #expect(page.text.contains("/tenders/GC-1/revisions/1/result"))
        }
    }

    @Test func theReevaluationPageAsksForTheReasonAndKeepsWhatWasTyped() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            try await scenario.walk(to: .closed)
            let overview = try await client.send(.get, "/tenders/GC-1", session: scenario.officer)
            #expect(overview.text.contains("/tenders/GC-1/reevaluation"))
            #expect(try await client.send(.get, "/tenders/GC-1", session: scenario.leader).text.contains("/reevaluation") == false)
            #expect(try await client.send(.get, "/tenders/GC-1/reevaluation", session: scenario.officer).status == .ok)
            let empty = try await client.form("/tenders/GC-1/revisions", session: scenario.officer, fields: [("reason", "")])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.text.contains("field-error"))
            let opened = try await client.form("/tenders/GC-1/revisions", session: scenario.officer, fields: [("reason", "评分超出评分办法规定范围")])
            #expect(opened.status == .seeOther && opened.headers[.location] == "/tenders/GC-1")
            let after = try await client.send(.get, "/tenders/GC-1", session: scenario.officer).text
            #expect(after.contains("评分超出评分办法规定范围") && after.contains("/tenders/GC-1/revisions/1/result"))
            let revision = try #require(try await client.server.store.currentRevision(of: TenderID("GC-1")))
            #expect(revision.ref.number == 2 && revision.stage == .review)
        }
    }
}
