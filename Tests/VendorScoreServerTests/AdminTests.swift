import Foundation
import HTTPTypes
import Testing
import VendorScoreStore
import VendorScoreWorkspace
@testable import VendorScoreServer

@Suite struct AdminTests {
    @Test func theAdministratorCreatesAUserWhoMustChangeTheirPassword() async throws {
        try await LiveWorkspace.run { client in
            let admin = try await client.admin()
            let created = try await client.api(.post, "/api/v1/users", session: admin,
                                               json: #"{"username":"wang","displayName":"王芳","roles":["officer"]}"#)
            #expect(created.status == .created)
            let issued = try JSONDecoder().decode(IssuedJSON.self, from: Data(buffer: created.body))
            let session = try await client.signIn("wang", issued.oneTimePassword)
            let state = try JSONDecoder().decode(SessionJSON.self, from: Data(buffer: try await client.api(.get, "/api/v1/session", session: session).body))
            #expect(state.mustChangePassword)
            #expect(state.user.roles == ["officer"])
        }
    }

    @Test func theUserFormKeepsWhatWasTypedAndNamesTheField() async throws {
        try await LiveWorkspace.run { client in
            let admin = try await client.admin()
            let refused = try await client.form("/admin/users", session: admin,
                                                fields: [("username", "bad name"), ("displayName", "张三"), ("roles", "expert")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("value=\"bad name\""))
            #expect(refused.text.contains("value=\"张三\""))
            #expect(refused.text.contains("field-error"))
            let duplicate = try await client.api(.post, "/api/v1/users", session: admin,
                                                 json: #"{"username":"admin","displayName":"x","roles":["expert"]}"#)
            #expect(duplicate.status == .unprocessableContent)
            #expect(duplicate.text.contains(#""field":"username""#))
            let noRole = try await client.api(.post, "/api/v1/users", session: admin,
                                              json: #"{"username":"zhao","displayName":"x","roles":["king"]}"#)
            #expect(noRole.text.contains(#""field":"roles[0]""#))
        }
    }

    @Test func theUsersPageShowsAFreshPasswordOnce() async throws {
        try await LiveWorkspace.run { client in
            let admin = try await client.admin()
            let created = try await client.form("/admin/users", session: admin,
                                                fields: [("username", "chen"), ("displayName", "陈"), ("roles", "expert"), ("roles", "supervisor")])
            #expect(created.status == .created)
            #expect(created.text.contains("一次性密码"))
            let stored = try #require(try await client.server.store.user(username: "chen"))
            #expect(stored.user.roles == [.expert, .supervisor])
            let later = try await client.send(.get, "/admin/users", session: admin)
            #expect(!later.text.contains("一次性密码"))
        }
    }

    @Test func aDisabledUserIsSignedOutAndCannotSignIn() async throws {
        try await LiveWorkspace.run { client in
            let admin = try await client.admin()
            let expert = try await client.user("liu", [.expert], admin: admin)
            let disabled = try await client.api(.post, "/api/v1/users/\(expert.userID)/disable", session: admin)
            #expect(disabled.status == .ok)
            #expect(try await client.api(.get, "/api/v1/session", session: expert).status == .unauthorized)
            let again = try await client.api(.post, "/api/v1/session", session: nil,
                                             json: #"{"username":"liu","password":"\#(LiveWorkspace.password)"}"#)
            #expect(again.status == .unauthorized)
            #expect(try await client.api(.post, "/api/v1/users/\(expert.userID)/enable", session: admin).status == .ok)
            _ = try await client.signIn("liu", LiveWorkspace.password)
        }
    }

    @Test func aResetReplacesThePasswordWithAOneTimeOne() async throws {
        try await LiveWorkspace.run { client in
            let admin = try await client.admin()
            let officer = try await client.user("zhou", [.officer], admin: admin)
            let reset = try await client.api(.post, "/api/v1/users/\(officer.userID)/reset-password", session: admin)
            #expect(reset.status == .ok)
            let issued = try JSONDecoder().decode(IssuedJSON.self, from: Data(buffer: reset.body))
            let old = try await client.api(.post, "/api/v1/session", session: nil,
                                           json: #"{"username":"zhou","password":"\#(LiveWorkspace.password)"}"#)
            #expect(old.status == .unauthorized)
            let session = try await client.signIn("zhou", issued.oneTimePassword)
            #expect(try await client.api(.get, "/api/v1/tenders", session: session).status == .forbidden)
        }
    }

    @Test func onlyTheAdministratorAdministersUsers() async throws {
        try await LiveWorkspace.run { client in
            let admin = try await client.admin()
            for role in [GlobalRole.officer, .expert, .supervisor] {
                let session = try await client.user("u-\(role.rawValue)", [role], admin: admin)
                #expect(try await client.api(.get, "/api/v1/users", session: session).status == .forbidden)
                let create = try await client.api(.post, "/api/v1/users", session: session,
                                                  json: #"{"username":"x\#(role.rawValue)","displayName":"x","roles":["administrator"]}"#)
                #expect(create.status == .forbidden)
                #expect(try await client.send(.get, "/admin/users", session: session).status == .forbidden)
            }
        }
    }

    @Test func theFirstAdministratorIsCreatedOnce() async throws {
        try await LiveWorkspace.run { client in
            let again = try await client.server.createFirstAdministrator()
            #expect(again?.password == nil)
        }
    }
}
