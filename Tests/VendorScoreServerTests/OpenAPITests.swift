import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import VendorScoreWorkspace
@testable import VendorScoreServer

/// docs/openapi.yaml describes the API the server has: the same operations, and every answer
/// the walk below receives has a documented status and matches its schema.
@Suite struct OpenAPITests {
    @Test func theDocumentListsExactlyTheAPIRoutes() async throws {
        let document = try OpenAPIDocument()
        try await LiveWorkspace.run { client in
            let routes = Set(client.server.buildRouter().1.filter(\.isAPI).map { spec in
                "\(spec.method.rawValue) " + spec.path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
                    .joined(separator: "/").replacingOccurrences(of: "api/", with: "/api/")
            })
            #expect(routes.subtracting(document.operations).sorted() == [], "implemented but not documented")
            #expect(document.operations.subtracting(routes).sorted() == [], "documented but not implemented")
        }
    }

    @Test func everyAnswerOfACommitteesWalkMatchesTheDocument() async throws {
        let document = try OpenAPIDocument()
        try await LiveWorkspace.run { client in
            let checker = Checker(client: client, document: document)
            let scenario = try await CommitteeScenario.make(client)
            let t = "/api/v1/tenders/{tender}"
            func tender(_ template: String) -> String { template.replacingOccurrences(of: "{tender}", with: CommitteeScenario.tender) }

            try await checker.call(.get, "/api/v1/session", session: scenario.officer, expect: .ok)
            try await checker.call(.get, "/api/v1/session", session: nil, expect: .unauthorized)
            try await checker.call(.post, "/api/v1/session", json: #"{"username":"officer","password":"wrong-wrong-wrong"}"#, expect: .unauthorized)
            try await checker.call(.post, "/api/v1/session", json: #"{"username":"officer"}"#, expect: .unprocessableContent)
            try await checker.call(.get, "/api/v1/users", session: scenario.admin, expect: .ok)
            try await checker.call(.get, "/api/v1/users", session: scenario.officer, expect: .forbidden)
            try await checker.call(.post, "/api/v1/users", session: scenario.admin,
                                   json: #"{"username":"new","displayName":"新","roles":["expert"]}"#, expect: .created)
            try await checker.call(.post, "/api/v1/users", session: scenario.admin,
                                   json: #"{"username":"new","displayName":"新","roles":["expert"]}"#, expect: .unprocessableContent)
            let user = scenario.outsider.userID
            try await checker.call(.post, "/api/v1/users/{user}/disable", uri: "/api/v1/users/\(user)/disable", session: scenario.admin, expect: .ok)
            try await checker.call(.post, "/api/v1/users/{user}/enable", uri: "/api/v1/users/\(user)/enable", session: scenario.admin, expect: .ok)
            try await checker.call(.post, "/api/v1/users/{user}/reset-password", uri: "/api/v1/users/\(user)/reset-password",
                                   session: scenario.admin, expect: .ok)
            try await checker.call(.post, "/api/v1/users/{user}/reset-password", uri: "/api/v1/users/nobody/reset-password",
                                   session: scenario.admin, expect: .notFound)

            try await checker.call(.get, "/api/v1/tenders", session: scenario.officer, expect: .ok)
            try await checker.call(.get, "/api/v1/tenders", uri: "/api/v1/tenders?page=3", session: scenario.officer, expect: .ok)
            try await checker.call(.get, "/api/v1/tenders", uri: "/api/v1/tenders?page=0", session: scenario.officer, expect: .unprocessableContent)
            let badRubric = #"{"number":"GC-2","title":"x","rubric":{"name":"r.yaml","content":"format: vendorscore/rubric@1\nid: [\n"},"bids":{"name":"b.csv","content":"id\n"}}"#
            try await checker.call(.post, "/api/v1/tenders", session: scenario.officer, json: badRubric, expect: .unprocessableContent)
            try await checker.call(.get, t, uri: tender(t), session: scenario.officer, expect: .ok)
            try await checker.call(.get, t, uri: "/api/v1/tenders/NONE", session: scenario.officer, expect: .notFound)
            let setup = #"{"project":{"name-zh":"政务云服务采购","name-en":"","number":"GC-1","purchaser":"某市大数据局","agency":"","budget":"98000000","method":"comprehensive","notice-media":"","notice-date":"","opening-time":"","opening-place":""},"opening-record":[],"recommended-candidates":3}"#
            let bare = try ClosingTests.jsonString(try CommitteeScenario.bidsWithoutMarks())
            try await checker.call(.put, "\(t)/inputs", uri: tender("\(t)/inputs"), session: scenario.officer,
                                   json: #"{"bids":{"name":"bids.yaml","content":\#(bare)}}"#, expect: .ok)
            try await checker.call(.put, "\(t)/inputs", uri: tender("\(t)/inputs"), session: scenario.officer, json: "{}",
                                   expect: .unprocessableContent)
            try await checker.call(.put, "\(t)/setup", uri: tender("\(t)/setup"), session: scenario.officer, json: setup, expect: .noContent)
            try await checker.call(.put, "\(t)/setup", uri: tender("\(t)/setup"), session: scenario.officer,
                                   json: setup.replacingOccurrences(of: "98000000", with: "ninety-eight million"), expect: .unprocessableContent)
            try await checker.call(.put, "\(t)/committee", uri: tender("\(t)/committee"), session: scenario.officer,
                                   json: #"{"members":[]}"#, expect: .unprocessableContent)
            try await checker.call(.post, "\(t)/stage/declarations", uri: tender("\(t)/stage/declarations"), session: scenario.officer, expect: .ok)
            try await checker.call(.post, "\(t)/stage/scoring", uri: tender("\(t)/stage/scoring"), session: scenario.officer, expect: .forbidden)
            try await checker.call(.post, "\(t)/declaration", uri: tender("\(t)/declaration"), session: scenario.members[0],
                                   json: #"{"stepAside":true,"vendors":["nobody"],"reason":"x"}"#, expect: .unprocessableContent)
            for member in scenario.members {
                try await checker.call(.post, "\(t)/declaration", uri: tender("\(t)/declaration"), session: member,
                                       json: #"{"stepAside":false}"#, expect: .noContent)
            }
            try await checker.call(.post, "\(t)/stage/compliance-review", uri: tender("\(t)/stage/compliance-review"), session: scenario.officer, expect: .ok)
            try await checker.call(.post, "\(t)/stage/scoring", uri: tender("\(t)/stage/scoring"), session: scenario.officer, expect: .ok)
            try await checker.call(.get, "\(t)/sheet", uri: tender("\(t)/sheet"), session: scenario.members[0], expect: .ok)
            try await checker.call(.put, "\(t)/sheet", uri: tender("\(t)/sheet"), session: scenario.members[0],
                                   json: #"{"marks":{"inspur/solution-design":"99"}}"#, expect: .unprocessableContent)
            try await checker.call(.put, "\(t)/sheet", uri: tender("\(t)/sheet"), session: scenario.members[0],
                                   json: #"{"marks":{"inspur/solution-design":"7.5"}}"#, expect: .ok)
            try await checker.call(.post, "\(t)/sheet/submit", uri: tender("\(t)/sheet/submit"), session: scenario.members[0],
                                   json: #"{}"#, expect: .unprocessableContent)
            try await checker.call(.get, "\(t)/marks", uri: tender("\(t)/marks"), session: scenario.members[0], expect: .forbidden)
            for member in scenario.members { try await scenario.submitSheet(member) }
            try await checker.call(.get, "\(t)/marks", uri: tender("\(t)/marks"), session: scenario.members[0], expect: .ok)
            try await checker.call(.post, "\(t)/stage/review", uri: tender("\(t)/stage/review"), session: scenario.officer, expect: .ok)
            try await checker.call(.post, "\(t)/decisions/abnormal-price", uri: tender("\(t)/decisions/abnormal-price"), session: scenario.leader,
                                   json: #"{"vendor":"kingsoft","accepted":false,"reason":"未能证明报价合理"}"#, expect: .noContent)
            try await checker.call(.post, "\(t)/decisions/clarification", uri: tender("\(t)/decisions/clarification"), session: scenario.leader,
                                   json: #"{"text":"","reason":"x"}"#, expect: .unprocessableContent)
            try await checker.call(.post, "\(t)/decisions/invalid-bid", uri: tender("\(t)/decisions/invalid-bid"), session: scenario.members[1],
                                   json: #"{"vendor":"inspur","reason":"x"}"#, expect: .forbidden)
            try await checker.call(.post, "\(t)/decisions/recommended-candidates", uri: tender("\(t)/decisions/recommended-candidates"),
                                   session: scenario.leader, json: #"{"count":3,"reason":"招标文件规定"}"#, expect: .noContent)
            try await checker.call(.post, "\(t)/corrections", uri: tender("\(t)/corrections"), session: scenario.leader,
                                   json: #"{"member":"\#(scenario.members[1].userID)","vendor":"inspur","criterion":"solution-design","after":"8","case":4,"reason":"畸高，经复核调整"}"#,
                                   expect: .noContent)
            try await checker.call(.get, "\(t)/marks", uri: tender("\(t)/marks"), session: scenario.officer, expect: .ok)
            try await checker.call(.post, "\(t)/stage/signing", uri: tender("\(t)/stage/signing"), session: scenario.leader, expect: .ok)
            try await checker.call(.post, "\(t)/signature", uri: tender("\(t)/signature"), session: scenario.members[0],
                                   json: #"{"confirm":false}"#, expect: .unprocessableContent)
            try await checker.call(.post, "\(t)/signature", uri: tender("\(t)/signature"), session: scenario.members[0],
                                   json: #"{"confirm":false,"reasons":"对技术分有异议"}"#, expect: .noContent)
            for member in scenario.members.dropFirst() {
                try await checker.call(.post, "\(t)/signature", uri: tender("\(t)/signature"), session: member, json: #"{"confirm":true}"#, expect: .noContent)
            }
            try await checker.call(.post, "\(t)/stage/closed", uri: tender("\(t)/stage/closed"), session: scenario.officer, expect: .ok)
            try await checker.call(.get, "\(t)/log", uri: tender("\(t)/log"), session: scenario.supervisor, expect: .ok)
            try await checker.call(.get, "\(t)/files/{kind}", uri: tender("\(t)/files/rubric"), session: scenario.supervisor, expect: .ok)
            try await checker.call(.get, "\(t)/files/{kind}", uri: tender("\(t)/files/report"), session: scenario.supervisor, expect: .ok)
            try await checker.call(.get, "\(t)/files/{kind}", uri: tender("\(t)/files/record"), session: scenario.supervisor, expect: .ok)
            try await checker.call(.get, "\(t)/files/{kind}", uri: tender("\(t)/files/nonsense"), session: scenario.supervisor, expect: .notFound)
            try await checker.call(.post, "\(t)/revisions", uri: tender("\(t)/revisions"), session: scenario.officer, json: #"{}"#,
                                   expect: .unprocessableContent)
            try await checker.call(.post, "\(t)/revisions", uri: tender("\(t)/revisions"), session: scenario.supervisor,
                                   json: #"{"reason":"x"}"#, expect: .forbidden)
            try await checker.call(.post, "\(t)/revisions", uri: tender("\(t)/revisions"), session: scenario.officer,
                                   json: #"{"reason":"签字后发现分值汇总计算错误"}"#, expect: .created)
            try await checker.call(.get, "\(t)/revisions", uri: tender("\(t)/revisions"), session: scenario.officer, expect: .ok)
            let old = "\(t)/revisions/{revision}/files/{kind}"
            try await checker.call(.get, old, uri: tender("\(t)/revisions/1/files/record"), session: scenario.supervisor, expect: .ok)
            try await checker.call(.get, old, uri: tender("\(t)/revisions/2/files/record"), session: scenario.supervisor, expect: .forbidden)
            try await checker.call(.get, old, uri: tender("\(t)/revisions/9/files/record"), session: scenario.supervisor, expect: .notFound)
            try await checker.call(.get, "/api/v1/signing-key", expect: .ok)
            try await checker.call(.post, "/api/v1/password", session: scenario.officer,
                                   json: #"{"current":"\#(LiveWorkspace.password)","new":"short"}"#, expect: .unprocessableContent)
            try await checker.call(.delete, "/api/v1/session", session: scenario.officer, expect: .noContent)
        }
    }
}

/// Sends one API request, expects its status and checks the answer against the document.
struct Checker {
    let client: WorkspaceClient
    let document: OpenAPIDocument

    func call(_ method: HTTPRequest.Method, _ template: String, uri: String? = nil, session: Session? = nil, json: String? = nil,
              expect status: HTTPResponse.Status, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let response = try await client.api(method, uri ?? template, session: session, json: json)
        #expect(response.status == status, "\(method) \(uri ?? template): \(response.text)", sourceLocation: sourceLocation)
        let problems = document.check(method: method.rawValue, path: template, status: Int(response.status.code),
                                      contentType: response.headers[.contentType], body: Data(buffer: response.body))
        #expect(problems == [], sourceLocation: sourceLocation)
    }
}
