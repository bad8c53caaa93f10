import Hummingbird
import VendorScoreWorkspace

/// Why a request did not do what it asked, in one type that pages show as a page and the API
/// as a problem document (`application/problem+json`) with the same status.
enum WorkspaceFailure: Error, Sendable {
    /// No session, or an expired one: 401 (a page redirects to sign-in).
    case notSignedIn
    /// The policy refused; the reason is the domain's own words.
    case denied(DenialReason)
    /// The account must set a new password before doing anything else.
    case passwordChangeRequired
    case notFound
    case badCSRF
    case tooLarge
    case throttled
    /// Wrong name or password (or a disabled account: the same answer, on purpose).
    case signInFailed
    /// Someone else changed the same thing first.
    case conflict(String)
    /// The input is wrong; each problem names its field and, for uploads, file:line:column.
    case invalid([FieldProblem])

    var status: HTTPResponse.Status {
        switch self {
        case .notSignedIn, .signInFailed: return .unauthorized
        case .denied, .passwordChangeRequired, .badCSRF: return .forbidden
        case .notFound: return .notFound
        case .tooLarge: return .contentTooLarge
        case .throttled: return .tooManyRequests
        case .conflict: return .conflict
        case .invalid: return .unprocessableContent
        }
    }

    /// A stable machine-readable name for the API's `type` field.
    var code: String {
        switch self {
        case .notSignedIn: return "not-signed-in"
        case .denied: return "denied"
        case .passwordChangeRequired: return "password-change-required"
        case .notFound: return "not-found"
        case .badCSRF: return "bad-csrf-token"
        case .tooLarge: return "too-large"
        case .throttled: return "too-many-attempts"
        case .signInFailed: return "sign-in-failed"
        case .conflict: return "conflict"
        case .invalid: return "invalid"
        }
    }

    func message(_ labels: PageLabels) -> String {
        switch self {
        case .notSignedIn: return labels.notSignedIn
        case .denied(let reason): return "\(labels.forbidden) \(reason.text(in: labels.language))"
        case .passwordChangeRequired: return labels.mustChangePassword
        case .notFound: return labels.notFound
        case .badCSRF: return labels.badCSRF
        case .tooLarge: return labels.tooLarge
        case .throttled: return labels.signInThrottled
        case .signInFailed: return labels.signInFailed
        case .conflict(let detail): return detail.isEmpty ? labels.conflict : "\(labels.conflict) \(detail)"
        case .invalid(let problems): return problems.map(\.message).joined(separator: "\n")
        }
    }
}

/// One thing wrong with one field of a form or a JSON body.
struct FieldProblem: Sendable, Codable, Equatable {
    /// The form field or JSON key, e.g. `rubric` or `members[2].user`.
    var field: String
    var message: String
    /// `file:line:column` for a problem inside an uploaded file.
    var location: String?
    /// What a page writes between the location and the message: `：` in Chinese. Not part of the
    /// API's answer, which gives the two apart.
    var separator = ": "

    init(field: String, message: String, location: String? = nil) {
        self.field = field
        self.message = message
        self.location = location
    }

    private enum CodingKeys: String, CodingKey { case field, message, location }
}
