import Foundation
import HummingbirdTesting
import Testing
import VendorScoreStore
import VendorScoreWorkspace
@testable import VendorScoreServer

/// In the draft the officer replaces a wrong rubric or bids file without giving up the tender's
/// number; the new pair is checked as at creation and nothing changes unless it holds.
@Suite struct InputsTests {
    static let path = "/tenders/GC-1/inputs"

    func storedBids(_ client: WorkspaceClient) async throws -> StoredFile {
        let revision = try #require(try await client.server.store.currentRevision(of: TenderID("GC-1")))
        return try #require(try await client.server.store.file(revision.ref, kind: .bids))
    }

    @Test func theOfficerReplacesTheBidsInTheDraft() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            let officer = scenario.officer
            let overview = try await client.send(.get, "/tenders/GC-1", session: officer)
            #expect(overview.text.contains(#"href="/tenders/GC-1/inputs""#))
            let form = try await client.send(.get, Self.path, session: officer)
            #expect(form.status == .ok && form.text.contains("现有文件：bids.yaml"))

            // A bids file with a syntax error: refused on its field with file:line:column; nothing stored.
            let before = try await storedBids(client)
            let broken = try await client.upload(Self.path, session: officer, fields: [],
                                                 files: [("bids", "new-bids.yaml", Array("format: vendorscore/bids@1\nbids: [\n".utf8))])
            #expect(broken.status == .unprocessableContent)
            #expect(broken.text.contains("new-bids.yaml:3:1"), "\(broken.text.prefix(3000))")
            #expect(try await storedBids(client) == before)

            // Nothing chosen: said so.
            let empty = try await client.upload(Self.path, session: officer, fields: [], files: [("bids", "", []), ("rubric", "", [])])
            #expect(empty.status == .unprocessableContent && empty.text.contains("请至少选择一个文件"))

            // The bids without marks replace the example's; the rubric stays.
            let bare = try CommitteeScenario.bidsWithoutMarks()
            let replaced = try await client.upload(Self.path, session: officer, fields: [], files: [("bids", "bids-unmarked.yaml", bare)])
            #expect(replaced.status == .seeOther && replaced.headers[.location] == "/tenders/GC-1")
            let stored = try await storedBids(client)
            #expect(stored.info.name == "bids-unmarked.yaml" && stored.bytes == bare)
            let log = try await client.server.store.logRows(tender: TenderID("GC-1")).map(\.event.action)
            #expect(log.filter { $0 == EventKind.fileUploaded.rawValue }.count == 3)

            // Past the draft nobody replaces anything.
            try await scenario.walk(to: .declarations)
            #expect(try await client.send(.get, Self.path, session: officer).status == .forbidden)
            #expect(try await client.upload(Self.path, session: officer, fields: [], files: [("bids", "b.yaml", bare)]).status == .forbidden)
        }
    }

    @Test func newBidsMustKeepEveryBidderOfTheOpeningRecord() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            let officer = scenario.officer
            let setup = #"{"project":{"name-zh":"政务云服务采购","name-en":"","number":"GC-1","purchaser":"某市大数据局","agency":"","budget":"","method":"comprehensive","notice-media":"","notice-date":"","opening-time":"","opening-place":""},"opening-record":[{"vendor":"inspur","quoted-price":"9680000","declarations":[]}],"recommended-candidates":3}"#
            #expect(try await client.api(.put, "/api/v1/tenders/GC-1/setup", session: officer, json: setup).status == .noContent)
            // The example without inspur.
            let text = String(decoding: try CommitteeScenario.bidsWithoutMarks(), as: UTF8.self)
            let start = try #require(text.range(of: "  - id: inspur")), next = try #require(text.range(of: "  - id: huawei"))
            let withoutInspur = String(text[..<start.lowerBound] + text[next.lowerBound...])
            let refused = try await client.api(.put, "/api/v1/tenders/GC-1/inputs", session: officer,
                                               json: #"{"bids":{"name":"b.yaml","content":\#(try ClosingTests.jsonString(Array(withoutInspur.utf8)))}}"#)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("inspur") && refused.text.contains(#""field":"bids""#), "\(refused.text)")
            #expect(try await storedBids(client).info.name == "bids.yaml")
        }
    }
}
