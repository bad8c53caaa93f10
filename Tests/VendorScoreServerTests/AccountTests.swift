import Foundation
import HTTPTypes
import Testing
import VendorScoreStore
import VendorScoreWorkspace
@testable import VendorScoreServer

@Suite struct AccountTests {
    @Test func theSignInPageIsChineseByDefaultAndSwitchesToEnglish() async throws {
        try await LiveWorkspace.run { client in
            let page = try await client.send(.get, "/sign-in")
            #expect(page.status == .ok)
            #expect(page.text.contains("<html lang=\"zh-CN\""))
            #expect(page.text.contains("登录"))
            #expect(page.text.contains("name=\"csrf\""))
            let switched = try await client.send(.get, "/language?to=en&back=/sign-in")
            #expect(switched.status == .seeOther)
            #expect(switched.headers[.location] == "/sign-in")
            let english = try await client.send(.get, "/sign-in", headers: [.cookie: "vs_lang=en"])
            #expect(english.text.contains("<html lang=\"en\""))
            #expect(english.text.contains("Sign in"))
        }
    }

    @Test func theLanguageSwitchNeverLeavesTheSite() async throws {
        try await LiveWorkspace.run { client in
            for back in ["https://evil.example/", "//evil.example/", "/\\evil.example"] {
                let switched = try await client.send(.get, "/language?to=en&back=\(back.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
                #expect(switched.headers[.location] == "/")
            }
        }
    }

    @Test func signingInThroughTheFormSetsAStrictHttpOnlyCookie() async throws {
        try await LiveWorkspace.run { client in
            let form = try await client.send(.get, "/sign-in")
            let token = try #require(WorkspaceClient.cookieValue(form, AccountRoutes.signInCookie))
            let body = "csrf=\(token)&username=admin&password=\(client.firstPassword)&back=%2Ftenders"
            let signedIn = try await client.send(.post, "/sign-in", headers: [.cookie: "\(AccountRoutes.signInCookie)=\(token)"],
                                                 body: Array(body.utf8), contentType: "application/x-www-form-urlencoded")
            #expect(signedIn.status == .seeOther)
            // A one-time password: the first page is the password page.
            #expect(signedIn.headers[.location] == "/password")
            let cookie = try #require(WorkspaceClient.setCookie(signedIn, SessionAuthenticator.cookieName))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(!cookie.contains("Secure"))
        }
    }

    @Test func theCookieIsSecureWhenConfigured() async throws {
        try await LiveWorkspace.run({ $0.secureCookies = true }) { client in
            let response = try await client.api(.post, "/api/v1/session", session: nil,
                                                json: #"{"username":"admin","password":"\#(client.firstPassword)"}"#)
            #expect(WorkspaceClient.setCookie(response, SessionAuthenticator.cookieName)?.contains("Secure") == true)
        }
    }

    @Test func theSignInFormRefusesAPostWithoutItsToken() async throws {
        try await LiveWorkspace.run { client in
            let body = "username=admin&password=\(client.firstPassword)"
            let refused = try await client.send(.post, "/sign-in", body: Array(body.utf8), contentType: "application/x-www-form-urlencoded")
            #expect(refused.status == .forbidden)
            #expect(WorkspaceClient.setCookie(refused, SessionAuthenticator.cookieName) == nil)
        }
    }

    @Test func theStoreKeepsOnlyTheSessionsHash() async throws {
        try await LiveWorkspace.run { client in
            let session = try await client.signIn("admin", client.firstPassword)
            #expect(try await client.server.store.session(tokenHash: SessionToken.hash(session.cookie)) != nil)
            #expect(try await client.server.store.session(tokenHash: session.cookie) == nil)
        }
    }

    @Test func wrongPasswordsAndUnknownNamesGetTheSameAnswer() async throws {
        try await LiveWorkspace.run { client in
            let wrong = try await client.api(.post, "/api/v1/session", session: nil, json: #"{"username":"admin","password":"nope-nope-nope"}"#)
            let unknown = try await client.api(.post, "/api/v1/session", session: nil, json: #"{"username":"nobody","password":"nope-nope-nope"}"#)
            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            #expect(wrong.text == unknown.text)
        }
    }

    @Test func signInAttemptsAreLimitedPerName() async throws {
        try await LiveWorkspace.run({ $0.signInAttempts = 3 }) { client in
            for _ in 0..<3 {
                let wrong = try await client.api(.post, "/api/v1/session", session: nil, json: #"{"username":"admin","password":"guess-guess"}"#)
                #expect(wrong.status == .unauthorized)
            }
            // Even the right password is not checked any more.
            let right = try await client.api(.post, "/api/v1/session", session: nil,
                                             json: #"{"username":"admin","password":"\#(client.firstPassword)"}"#)
            #expect(right.status == .tooManyRequests)
        }
    }

    @Test func signInAttemptsAreLimitedPerAddress() async throws {
        try await LiveWorkspace.run({ $0.signInAttempts = 3 }) { client in
            for name in ["a1", "a2", "a3"] {
                _ = try await client.api(.post, "/api/v1/session", session: nil, json: #"{"username":"\#(name)","password":"guess-guess"}"#)
            }
            let right = try await client.api(.post, "/api/v1/session", session: nil,
                                             json: #"{"username":"admin","password":"\#(client.firstPassword)"}"#)
            #expect(right.status == .tooManyRequests)
        }
    }

    @Test func aOneTimePasswordOpensOnlyThePasswordPage() async throws {
        try await LiveWorkspace.run { client in
            let session = try await client.signIn("admin", client.firstPassword)
            let users = try await client.api(.get, "/api/v1/users", session: session)
            #expect(users.status == .forbidden)
            #expect(users.text.contains("password-change-required"))
            let page = try await client.send(.get, "/admin/users", session: session)
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/password")
            let short = try await client.form("/password", session: session,
                                              fields: [("current", client.firstPassword), ("new", "short"), ("repeat", "short")])
            #expect(short.status == .unprocessableContent)
            #expect(short.text.contains("field-error"))
            let changed = try await client.form("/password", session: session,
                                                fields: [("current", client.firstPassword), ("new", LiveWorkspace.password),
                                                         ("repeat", LiveWorkspace.password)])
            #expect(changed.status == .seeOther)
            #expect(try await client.api(.get, "/api/v1/users", session: session).status == .ok)
        }
    }

    @Test func writesWithoutTheCSRFTokenAreRefused() async throws {
        try await LiveWorkspace.run { client in
            let admin = try await client.admin()
            let json = #"{"username":"li","displayName":"李","roles":["expert"]}"#
            let noHeader = try await client.send(.post, "/api/v1/users", session: admin, body: Array(json.utf8), contentType: "application/json")
            #expect(noHeader.status == .forbidden)
            #expect(noHeader.text.contains("bad-csrf-token"))
            let wrong = try await client.api(.post, "/api/v1/users", session: admin, json: json, csrf: String(repeating: "0", count: 64))
            #expect(wrong.status == .forbidden)
            let form = try await client.form("/admin/users", session: admin, fields: [("username", "li")], csrf: "forged")
            #expect(form.status == .forbidden)
            #expect(try await client.server.store.user(username: "li") == nil)
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        try await LiveWorkspace.run { client in
            let session = try await client.signIn("admin", client.firstPassword)
            #expect(try await client.api(.get, "/api/v1/session", session: session).status == .ok)
            #expect(try await client.api(.delete, "/api/v1/session", session: session).status == .noContent)
            #expect(try await client.api(.get, "/api/v1/session", session: session).status == .unauthorized)
            #expect(try await client.server.store.session(tokenHash: SessionToken.hash(session.cookie)) == nil)
        }
    }

    @Test func requestsOverTheLimitAreRefused() async throws {
        try await LiveWorkspace.run({ $0.maxBodyBytes = 1024 }) { client in
            let admin = try await client.admin()
            let big = #"{"username":"x","displayName":""# + String(repeating: "x", count: 4096) + #"","roles":["expert"]}"#
            let refused = try await client.api(.post, "/api/v1/users", session: admin, json: big)
            #expect(refused.status == .contentTooLarge)
        }
    }
}
