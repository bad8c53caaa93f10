import HTTPTypes
import Hummingbird
import VendorScoreWorkspace

/// What a route may use once the guard has let the request through.
struct Granted: Sendable {
    var request: Request
    var context: WorkspaceContext
    /// `nil` only for ``RouteAccess/anyone``.
    var signedIn: SignedIn?
    /// The tender the route names, for ``RouteAccess/tender(_:)``: the revision its `:revision`
    /// parameter names, or the current one.
    var tender: LoadedTender?
    /// The submitted form of a page POST; `nil` for JSON bodies and reads.
    var form: FormBody?

    var labels: PageLabels { context.labels }

    /// The signed-in user; routes other than ``RouteAccess/anyone`` always have one.
    var user: User {
        get throws(WorkspaceFailure) {
            guard let signedIn else { throw .notSignedIn }
            return signedIn.user
        }
    }

    /// The tender the route names; routes declared with ``RouteAccess/tender(_:)`` always have one.
    func loadedTender() throws(WorkspaceFailure) -> LoadedTender {
        guard let tender else { throw .notFound }
        return tender
    }

    func csrfToken() throws(WorkspaceFailure) -> String {
        guard let signedIn else { throw .notSignedIn }
        return signedIn.csrfToken
    }

    /// Asks the policy about something further on the same tender (what a page offers next).
    func may(_ action: TenderAction) -> Bool {
        guard let signedIn, let tender else { return false }
        return Policy.authorize(signedIn.user, action, tender.state).isAllowed
    }

    func may(_ action: WorkspaceAction) -> Bool {
        guard let signedIn else { return false }
        return Policy.authorize(signedIn.user, action).isAllowed
    }
}

/// The one place that decides whether a request may reach its route: signed in, password
/// changed, CSRF token for every write, and the domain's ``Policy`` for the route's action.
struct AccessGuard: Sendable {
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    /// Loads a tender's state for the policy: the given revision, or the current one for `nil`;
    /// `nil` when there is no such tender or revision.
    let loadTender: @Sendable (TenderID, Int?) async throws -> LoadedTender?

    func check(_ spec: RouteSpec, _ request: Request, _ context: WorkspaceContext) async throws -> Granted {
        var granted = Granted(request: request, context: context, signedIn: context.identity, tender: nil, form: nil)
        if spec.isWrite, !spec.isAPI {
            granted.form = try await FormBody.read(request)
        }
        if spec.access == .anyone { return granted }

        guard let signedIn = context.identity else { throw WorkspaceFailure.notSignedIn }
        if spec.isWrite {
            let sent = request.headers[Self.csrfHeader] ?? granted.form?[CSRFField.name] ?? ""
            guard SessionCookie.constantTimeEquals(sent, signedIn.csrfToken) else { throw WorkspaceFailure.badCSRF }
        }
        if signedIn.mustChangePassword, spec.access != .ownAccount { throw WorkspaceFailure.passwordChangeRequired }

        switch spec.access {
        case .anyone, .ownAccount:
            break
        case .workspace(let action):
            if case .denied(let reason) = Policy.authorize(signedIn.user, action) { throw WorkspaceFailure.denied(reason) }
        case .tender(let action):
            // An earlier revision is decided on its own state: closed and superseded, so read-only.
            var revision: Int?
            if let text = context.parameters.get("revision") {
                guard let number = Int(text), number > 0 else { throw WorkspaceFailure.notFound }
                revision = number
            }
            guard let id = context.parameters.get("tender"), let tender = try await loadTender(TenderID(id), revision) else {
                throw WorkspaceFailure.notFound
            }
            if case .denied(let reason) = Policy.authorize(signedIn.user, action, tender.state) {
                throw WorkspaceFailure.denied(reason)
            }
            granted.tender = tender
        }
        return granted
    }
}
