import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import VendorScoreWorkspace
@testable import VendorScoreServer

/// Every role against every route: what the policy refuses, the server refuses, for pages and
/// API alike, whatever the request carries.
@Suite struct AccessMatrixTests {
    /// A concrete path for a route: the scenario's tender, an existing user, the rubric file.
    static func path(_ spec: RouteSpec, tender: String = CommitteeScenario.tender, user: String) -> String {
        spec.path.replacingOccurrences(of: ":tender", with: tender)
            .replacingOccurrences(of: ":user", with: user)
            .replacingOccurrences(of: ":kind", with: "rubric")
            .replacingOccurrences(of: ":revision", with: "1")
    }

    static func call(_ client: WorkspaceClient, _ spec: RouteSpec, _ session: Session?, user: String,
                     tender: String = CommitteeScenario.tender, csrf: String? = nil) async throws -> TestResponseSummary {
        let uri = path(spec, tender: tender, user: user)
        let response: TestResponseSummary
        if spec.isAPI {
            let json: String? = spec.isWrite ? "{}" : nil
            response = TestResponseSummary(try await client.api(spec.method, uri, session: session, json: json, csrf: csrf))
        } else if spec.isWrite {
            response = TestResponseSummary(try await client.form(uri, session: session, fields: [], csrf: csrf))
        } else {
            response = TestResponseSummary(try await client.send(spec.method, uri, session: session))
        }
        return response
    }

    static func specs(_ client: WorkspaceClient) -> [RouteSpec] {
        client.server.buildRouter().1
    }

    @Test func withoutASessionEveryRouteButSigningInIsRefused() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            for spec in Self.specs(client) where spec.access != .anyone {
                let answer = try await Self.call(client, spec, nil, user: scenario.officer.userID, csrf: String(repeating: "a", count: 64))
                if !spec.isAPI && !spec.isWrite {
                    #expect(answer.status == .seeOther && answer.location?.hasPrefix("/sign-in") == true, "\(spec)")
                } else {
                    #expect(answer.status == .unauthorized, "\(spec) answered \(answer.status)")
                }
            }
        }
    }

    @Test func everyWriteNeedsTheSessionsCSRFToken() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            for spec in Self.specs(client) where spec.isWrite && spec.access != .anyone {
                for session in [scenario.officer, scenario.leader, scenario.admin] {
                    let forged = try await Self.call(client, spec, session, user: scenario.officer.userID, csrf: scenario.supervisor.csrf)
                    #expect(forged.status == .forbidden, "\(spec) answered \(forged.status)")
                    if spec.isAPI { #expect(forged.body.contains("bad-csrf-token"), "\(spec)") }
                }
            }
        }
    }

    @Test func anUnknownTenderIsNotFound() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            for spec in Self.specs(client) {
                guard case .tender = spec.access else { continue }
                let answer = try await Self.call(client, spec, scenario.officer, user: scenario.officer.userID, tender: "NO-SUCH")
                #expect(answer.status == .notFound, "\(spec) answered \(answer.status)")
            }
        }
    }

    /// At each stage, every role on every tender route: refused exactly when the policy refuses.
    @Test(arguments: [TenderStage.draft, .declarations, .complianceReview, .scoring, .review, .signing, .closed])
    func theServerRefusesWhatThePolicyRefuses(stage: TenderStage) async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            try await scenario.walk(to: stage)
            let state = try #require(try await client.server.store.currentRevision(of: TenderID(CommitteeScenario.tender)))
            let tenderState = try await client.server.store.tenderState(state.ref)
            let people = [scenario.admin, scenario.officer, scenario.outsider, scenario.supervisor] + scenario.members
            for spec in Self.specs(client) {
                guard case .tender(let action) = spec.access else { continue }
                for session in people {
                    let user = try #require(try await client.server.store.user(id: UserID(session.userID))).user
                    let allowed = Policy.authorize(user, action, tenderState).isAllowed
                    // Only refusals are checked for writes: an allowed write would change the state.
                    if spec.isWrite && allowed { continue }
                    let answer = try await Self.call(client, spec, session, user: scenario.officer.userID)
                    if allowed {
                        #expect(answer.status != .forbidden && answer.status != .unauthorized, "\(user.username) \(spec) at \(stage)")
                    } else {
                        #expect(answer.status == .forbidden, "\(user.username) \(spec) at \(stage) answered \(answer.status)")
                    }
                }
            }
        }
    }

    @Test func anExpertOffTheCommitteeSeesNothingOfTheTender() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            try await scenario.walk(to: .scoring)
            for uri in ["/tenders/GC-1", "/api/v1/tenders/GC-1", "/api/v1/tenders/GC-1/sheet", "/api/v1/tenders/GC-1/marks", "/tenders/GC-1/review"] {
                #expect(try await client.send(.get, uri, session: scenario.outsider).status == .forbidden, "\(uri)")
            }
            let list = try await client.api(.get, "/api/v1/tenders", session: scenario.outsider)
            #expect(!list.text.contains("GC-1"))
        }
    }

    @Test func nobodyReadsMarksBeforeTheirTime() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            try await scenario.walk(to: .scoring)
            let marks = "/api/v1/tenders/GC-1/marks"
            // An expert before submitting their own sheet, the officer before everyone has.
            #expect(try await client.api(.get, marks, session: scenario.members[1]).status == .forbidden)
            #expect(try await client.api(.get, marks, session: scenario.officer).status == .forbidden)
            try await scenario.submitSheet(scenario.members[1])
            #expect(try await client.api(.get, marks, session: scenario.members[1]).status == .ok)
            #expect(try await client.api(.get, marks, session: scenario.officer).status == .forbidden)
            #expect(try await client.api(.get, marks, session: scenario.members[2]).status == .forbidden)
            for member in scenario.members where member.userID != scenario.members[1].userID { try await scenario.submitSheet(member) }
            #expect(try await client.api(.get, marks, session: scenario.officer).status == .ok)
            // The supervisor reads only closed tenders.
            #expect(try await client.api(.get, marks, session: scenario.supervisor).status == .forbidden)
        }
    }

    @Test func aSupervisorNeverWrites() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            for stage in [TenderStage.draft, .scoring, .closed] {
                try await scenario.walk(to: stage)
                for spec in Self.specs(client) where spec.isWrite && spec.access != .ownAccount && spec.access != .anyone {
                    let answer = try await Self.call(client, spec, scenario.supervisor, user: scenario.officer.userID)
                    #expect(answer.status == .forbidden, "\(spec) at \(stage) answered \(answer.status)")
                }
            }
        }
    }

    /// The one write a closed tender takes is the officer's re-evaluation, which opens a new revision.
    @Test func aClosedTenderTakesNoWrites() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            try await scenario.walk(to: .closed)
            for spec in Self.specs(client) where spec.isWrite {
                guard case .tender(let action) = spec.access, action != .openRevision else { continue }
                for session in [scenario.officer, scenario.supervisor, scenario.admin] + scenario.members {
                    let answer = try await Self.call(client, spec, session, user: scenario.officer.userID)
                    #expect(answer.status == .forbidden, "\(spec) answered \(answer.status)")
                }
            }
            // And everyone who took part may read the result.
            for session in [scenario.officer, scenario.supervisor] + scenario.members {
                #expect(try await client.send(.get, "/tenders/GC-1/result", session: session).status == .ok)
            }
            for session in [scenario.supervisor, scenario.admin] + scenario.members {
                let answer = try await client.api(.post, "/api/v1/tenders/GC-1/revisions", session: session, json: #"{"reason":"x"}"#)
                #expect(answer.status == .forbidden, "\(session.userID) answered \(answer.status)")
            }
        }
    }

    /// After a re-evaluation the superseded revision is read-only for everyone, whatever the route.
    @Test func aSupersededRevisionTakesNoWritesAndStaysReadable() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            try await scenario.walk(to: .closed)
            let opened = try await client.api(.post, "/api/v1/tenders/GC-1/revisions", session: scenario.officer, json: #"{"reason":"复核发现汇总错误"}"#)
            try #require(opened.status == .created)
            let old = try #require(try await client.server.store.revision(RevisionRef(tender: TenderID("GC-1"), number: 1)))
            let oldState = try await client.server.store.tenderState(old.ref)
            let people = [scenario.admin, scenario.officer, scenario.outsider, scenario.supervisor] + scenario.members
            for spec in Self.specs(client) where spec.path.contains(":revision") {
                guard case .tender(let action) = spec.access else { continue }
                #expect(!spec.isWrite, "\(spec) writes to a named revision")
                for session in people {
                    let user = try #require(try await client.server.store.user(id: UserID(session.userID))).user
                    let allowed = Policy.authorize(user, action, oldState).isAllowed
                    let answer = try await Self.call(client, spec, session, user: scenario.officer.userID)
                    if allowed {
                        #expect(answer.status == .ok, "\(user.username) \(spec) answered \(answer.status)")
                    } else {
                        #expect(answer.status == .forbidden, "\(user.username) \(spec) answered \(answer.status)")
                    }
                }
            }
            // Nothing but reading is allowed on it, to anyone.
            let reads: Set<TenderAction> = [.readOverview, .readProgress, .readBidFacts, .readOwnMarks, .readAllMarks, .readClosedResults]
            for session in people {
                let user = try #require(try await client.server.store.user(id: UserID(session.userID))).user
                for action in TenderAction.all where !reads.contains(action) {
                    #expect(!Policy.authorize(user, action, oldState).isAllowed, "\(user.username) may \(action) on a superseded revision")
                }
            }
        }
    }
}

/// The parts of an answer the matrix looks at.
struct TestResponseSummary {
    var status: HTTPResponse.Status
    var location: String?
    var body: String

    init(_ response: TestResponse) {
        status = response.status
        location = response.headers[.location]
        body = response.text
    }
}
