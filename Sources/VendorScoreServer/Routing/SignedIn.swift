import VendorScoreWorkspace

/// The identity a valid session cookie establishes: the user, and the session's secret, from
/// which the CSRF token is derived. Held only for the length of one request.
struct SignedIn: Sendable {
    var user: User
    var token: SessionCookie
    /// A one-time or reset password is still in use: only the password page is open.
    var mustChangePassword: Bool

    var csrfToken: String { token.csrfToken }
}
