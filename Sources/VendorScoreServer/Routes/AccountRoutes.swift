import Foundation
import Hummingbird
import VendorScoreWorkspace

/// Sign-in, sign-out and one's own password, as pages and as API.
struct AccountRoutes {
    static let signInCookie = "vs_signin"

    let accounts: Accounts

    func register(_ routes: RouteBuilder) {
        routes.add(.get, "/sign-in", .anyone) { granted in
            let token = SessionCookie.generate().value
            let back = LanguageChoice.safeReturnPath(granted.request.uri.queryParameters.get("back"))
            return signInPage(granted, SignInPage(labels: granted.labels, back: back, formToken: token), status: .ok, token: token)
        }
        routes.add(.post, "/sign-in", .anyone) { granted in
            let form = granted.form ?? FormBody(urlEncoded: "")
            let username = form["username"] ?? ""
            let back = LanguageChoice.safeReturnPath(form["back"])
            // No session yet: the form's token must match the cookie set with the form (double submit).
            let expected = granted.request.cookies[Self.signInCookie]?.value ?? ""
            guard !expected.isEmpty, SessionCookie.constantTimeEquals(form[CSRFField.name] ?? "", expected) else {
                throw WorkspaceFailure.badCSRF
            }
            do {
                let (signedIn, cookie) = try await accounts.signIn(username: username, password: form["password"] ?? "",
                                                                   address: granted.context.remoteAddress)
                var response = PageResponse.redirect(to: signedIn.mustChangePassword ? "/password" : back)
                response.setCookie(cookie)
                return response
            } catch let failure as WorkspaceFailure where failure.isSignInRefusal {
                let token = SessionCookie.generate().value
                let page = SignInPage(labels: granted.labels, username: username, back: back,
                                      problems: [FieldProblem(field: "password", message: failure.message(granted.labels))],
                                      formToken: token)
                return signInPage(granted, page, status: failure.status, token: token)
            }
        }
        routes.add(.post, "/sign-out", .ownAccount) { granted in
            guard let signedIn = granted.signedIn else { throw WorkspaceFailure.notSignedIn }
            var response = PageResponse.redirect(to: "/sign-in")
            response.setCookie(try await accounts.signOut(signedIn))
            return response
        }
        routes.add(.get, "/password", .ownAccount) { granted in
            guard let signedIn = granted.signedIn else { throw WorkspaceFailure.notSignedIn }
            let done = granted.request.uri.queryParameters.get("done") != nil
            return PageResponse.html(PasswordPage(labels: granted.labels, csrfToken: signedIn.csrfToken,
                                                  mustChange: signedIn.mustChangePassword, done: done).page, granted)
        }
        routes.add(.post, "/password", .ownAccount) { granted in
            guard let signedIn = granted.signedIn, let form = granted.form else { throw WorkspaceFailure.notSignedIn }
            do {
                try await accounts.changePassword(signedIn, current: form["current"] ?? "", new: form["new"] ?? "",
                                                  repeated: form["repeat"] ?? "", labels: granted.labels)
                return PageResponse.redirect(to: signedIn.mustChangePassword ? "/" : "/password?done")
            } catch WorkspaceFailure.invalid(let problems) {
                let page = PasswordPage(labels: granted.labels, csrfToken: signedIn.csrfToken,
                                        mustChange: signedIn.mustChangePassword, problems: problems)
                return PageResponse.html(page.page, granted, status: .unprocessableContent)
            }
        }

        // The API twins: a session cookie like the pages', with the CSRF token in the JSON answer.
        routes.add(.post, "/api/v1/session", .anyone) { granted in
            let body = try await APIBody.decode(SignInRequest.self, granted)
            let (signedIn, cookie) = try await accounts.signIn(username: body.username, password: body.password,
                                                               address: granted.context.remoteAddress)
            var response = try APIBody.response(SessionAnswer(signedIn), status: .created)
            response.setCookie(cookie)
            return response
        }
        routes.add(.get, "/api/v1/session", .ownAccount) { granted in
            guard let signedIn = granted.signedIn else { throw WorkspaceFailure.notSignedIn }
            return try APIBody.response(SessionAnswer(signedIn))
        }
        routes.add(.delete, "/api/v1/session", .ownAccount) { granted in
            guard let signedIn = granted.signedIn else { throw WorkspaceFailure.notSignedIn }
            var response = Response(status: .noContent)
            response.setCookie(try await accounts.signOut(signedIn))
            return response
        }
        routes.add(.post, "/api/v1/password", .ownAccount) { granted in
            guard let signedIn = granted.signedIn else { throw WorkspaceFailure.notSignedIn }
            let body = try await APIBody.decode(PasswordRequest.self, granted)
            try await accounts.changePassword(signedIn, current: body.current, new: body.new, repeated: body.new,
                                              labels: granted.labels)
            return Response(status: .noContent)
        }
    }

    private func signInPage(_ granted: Granted, _ page: SignInPage, status: HTTPResponse.Status, token: String) -> Response {
        var response = PageResponse.html(page.page, granted, status: status)
        response.setCookie(Cookie(name: Self.signInCookie, value: token, maxAge: 3600, path: "/sign-in",
                                  secure: accounts.configuration.secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }
}

extension WorkspaceFailure {
    var isSignInRefusal: Bool {
        switch self {
        case .signInFailed, .throttled: return true
        default: return false
        }
    }
}

struct SignInRequest: Decodable, Sendable {
    var username: String
    var password: String
}

struct PasswordRequest: Decodable, Sendable {
    var current: String
    var new: String
}

/// Who is signed in, and the token every write must send in `X-CSRF-Token`.
struct SessionAnswer: Encodable, Sendable {
    var user: UserAnswer
    var csrfToken: String
    var mustChangePassword: Bool

    init(_ signedIn: SignedIn) {
        self.user = UserAnswer(signedIn.user)
        self.csrfToken = signedIn.csrfToken
        self.mustChangePassword = signedIn.mustChangePassword
    }
}

/// A user as the API shows it.
struct UserAnswer: Encodable, Sendable {
    var id: String
    var username: String
    var displayName: String
    var roles: [String]
    var disabled: Bool

    init(_ user: User) {
        self.id = user.id.rawValue
        self.username = user.username
        self.displayName = user.displayName
        self.roles = user.sortedRoles.map(\.rawValue)
        self.disabled = user.disabled
    }
}
