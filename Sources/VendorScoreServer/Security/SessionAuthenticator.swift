import Hummingbird
import HummingbirdAuth
import VendorScoreStore
import VendorScoreWorkspace

/// Establishes who is signed in from the session cookie: looks the cookie's hash up in the
/// store and, when the session is live and the account enabled, sets the request's identity.
/// A missing, malformed, unknown or expired cookie leaves the request anonymous; the route's
/// guard decides what an anonymous request may do.
struct SessionAuthenticator: AuthenticatorMiddleware {
    typealias Context = WorkspaceContext

    static let cookieName = "vs_session"

    let store: any WorkspaceStore
    let clock: any WorkspaceClock

    func authenticate(request: Request, context: Context) async throws -> SignedIn? {
        guard let value = request.cookies[Self.cookieName]?.value, SessionCookie.isWellFormed(value) else { return nil }
        let token = SessionCookie(value: value)
        guard let session = try await store.session(tokenHash: token.storedHash), session.expiresAt > clock.now(),
              let stored = try await store.user(id: session.user), !stored.user.disabled else { return nil }
        return SignedIn(user: stored.user, token: token, mustChangePassword: PasswordCredential(stored: stored.passwordHash).isOneTime)
    }

    /// The cookie that carries a new session: HttpOnly, SameSite=Strict, Secure behind HTTPS.
    static func cookie(_ token: SessionCookie, lifetime: Duration, secure: Bool) -> Cookie {
        Cookie(name: cookieName, value: token.value, maxAge: Int(lifetime.components.seconds), path: "/",
               secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// The cookie that removes the session from the browser.
    static func removal(secure: Bool) -> Cookie {
        Cookie(name: cookieName, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }
}
