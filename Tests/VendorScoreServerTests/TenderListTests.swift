import Foundation
import HummingbirdTesting
import Testing
import VendorScoreStore
import VendorScoreWorkspace
@testable import VendorScoreServer

/// The tender list comes a page at a time, most recently changed first, for every role alike:
/// each page holds what the role may open and the count says how many that is in all.
@Suite("Tender list pages")
struct TenderListTests {
    struct Listed: Decodable {
        struct Summary: Decodable { var id: String; var stage: String }
        var tenders: [Summary]
        var page: Int
        var pages: Int
        var pageSize: Int
        var total: Int
    }

    /// `count` tenders made through the store, a second apart, every third one closed; their
    /// ids from the most recently made.
    static func seed(_ count: Int, _ store: any WorkspaceStore) async throws -> [String] {
        var made: [String] = []
        for index in 1...count {
            let context = ActionContext(actor: nil, at: Timestamp(millisecondsSince1970: 1_795_000_000_000 + Int64(index) * 1_000))
            let id = String(format: "P-%03d", index)
            var revision = try await store.createTender(TenderID(id), title: "项目 \(index)", context: context)
            if index.isMultiple(of: 3) {
                for stage in TenderStage.allCases where stage > .draft {
                    revision = try await store.advance(revision.ref, to: stage, files: [], expectedVersion: revision.version, context: context)
                }
            }
            made.append(id)
        }
        return made.reversed()
    }

    static func decode(_ response: TestResponse) throws -> Listed {
        try JSONDecoder().decode(Listed.self, from: Data(response.text.utf8))
    }

    @Test func theOfficerPagesThroughEveryTender() async throws {
        try await LiveWorkspace.run { client in
            let admin = try await client.admin()
            let officer = try await client.user("officer", [.officer], admin: admin)
            let order = try await Self.seed(TenderPage.size + 3, client.server.store)

            let first = try Self.decode(try await client.api(.get, "/api/v1/tenders", session: officer))
            #expect(first.tenders.map(\.id) == Array(order.prefix(TenderPage.size)))
            #expect((first.page, first.pages, first.pageSize, first.total) == (1, 2, TenderPage.size, TenderPage.size + 3))
            let second = try Self.decode(try await client.api(.get, "/api/v1/tenders?page=2", session: officer))
            #expect(second.tenders.map(\.id) == Array(order.suffix(3)))
            // Past the end: the last page, saying so.
            let past = try Self.decode(try await client.api(.get, "/api/v1/tenders?page=40", session: officer))
            #expect(past.page == 2 && past.tenders.map(\.id) == second.tenders.map(\.id))

            for bad in ["0", "-1", "two", ""] {
                let refused = try await client.api(.get, "/api/v1/tenders?page=\(bad)", session: officer)
                #expect(refused.status == .unprocessableContent, "page=\(bad)")
                #expect(refused.text.contains(#""field":"page""#), "page=\(bad): \(refused.text)")
            }

            let page = try await client.send(.get, "/tenders?page=2", session: officer)
            #expect(page.status == .ok)
            #expect(page.text.contains("第 2 页，共 2 页（53 个项目）"))
            #expect(page.text.contains(#"href="/tenders?page=1""#) && !page.text.contains(#"href="/tenders?page=3""#))
            #expect(page.text.contains(">\(order.last!)<") && !page.text.contains(">\(order.first!)<"))
            // A page number that is not one shows the first page.
            let typed = try await client.send(.get, "/tenders?page=x", session: officer)
            #expect(typed.text.contains("第 1 页，共 2 页") && typed.text.contains(">\(order.first!)<"))
        }
    }

    @Test func aSupervisorPagesThroughClosedTendersAndAnExpertThroughNone() async throws {
        try await LiveWorkspace.run { client in
            let admin = try await client.admin()
            let supervisor = try await client.user("auditor", [.supervisor], admin: admin)
            let expert = try await client.user("expert", [.expert], admin: admin)
            let order = try await Self.seed(12, client.server.store)
            let closed = order.filter { Int($0.dropFirst(2))!.isMultiple(of: 3) }

            let listed = try Self.decode(try await client.api(.get, "/api/v1/tenders", session: supervisor))
            #expect(listed.tenders.map(\.id) == closed && listed.total == closed.count)
            #expect(listed.tenders.allSatisfy { $0.stage == "closed" })
            let page = try await client.send(.get, "/tenders", session: supervisor)
            #expect(!page.text.contains("共 1 页"), "a single page shows no page links")

            let none = try Self.decode(try await client.api(.get, "/api/v1/tenders", session: expert))
            #expect(none.tenders.isEmpty && (none.page, none.pages, none.total) == (1, 1, 0))
        }
    }
}
