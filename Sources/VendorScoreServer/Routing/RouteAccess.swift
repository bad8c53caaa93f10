import HTTPTypes
import VendorScoreWorkspace

/// What a route does, as the policy sees it. Every route declares exactly one; the guard turns
/// it into a sign-in check, a CSRF check for writes and one call to ``Policy``.
enum RouteAccess: Hashable, Sendable {
    /// Signing in, the stylesheet, the language switch.
    case anyone
    /// The signed-in user's own account: their password, signing out.
    case ownAccount
    /// Something outside any one tender (user administration, creating or listing tenders).
    case workspace(WorkspaceAction)
    /// Something on the tender named by the route's `:tender` parameter.
    case tender(TenderAction)
}

/// One route as registered: what the matrix tests and the OpenAPI check walk.
struct RouteSpec: Hashable, Sendable, CustomStringConvertible {
    var method: HTTPRequest.Method
    /// The path with Hummingbird's `:name` parameters.
    var path: String
    var access: RouteAccess

    var isAPI: Bool { path.hasPrefix("/api/") }
    var isWrite: Bool { method != .get && method != .head }
    var description: String { "\(method.rawValue) \(path)" }
}
