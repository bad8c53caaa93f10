import Hummingbird
import Logging
import Plot
import VendorScoreReport

/// Turns every failure into the answer its audience reads: a problem document under `/api/`,
/// a page (or a redirect to sign-in) elsewhere. Unexpected errors are logged by type only, so no
/// request content (passwords, cookies) reaches the log, and answered with 500.
struct FailureMiddleware: RouterMiddleware {
    typealias Context = WorkspaceContext

    /// Maps the store's own errors (conflicts, missing rows) to failures.
    let translate: @Sendable (any Error) -> WorkspaceFailure?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let failure: WorkspaceFailure
            switch error {
            case let known as WorkspaceFailure:
                failure = known
            case let http as HTTPError where http.status == .notFound:
                failure = .notFound
            case let http as HTTPError where http.status == .contentTooLarge:
                failure = .tooLarge
            default:
                if let translated = translate(error) {
                    failure = translated
                } else {
                    context.logger.error("request failed", metadata: ["error.type": "\(type(of: error))", "path": "\(request.uri.path)"])
                    return try answer(nil, request, context)
                }
            }
            return try answer(failure, request, context)
        }
    }

    private func answer(_ failure: WorkspaceFailure?, _ request: Request, _ context: Context) throws -> Response {
        let labels = context.labels
        if request.uri.path.hasPrefix("/api/") {
            guard let failure else {
                return try ProblemDocument(type: "internal", status: 500, title: labels.serverError).response()
            }
            return try ProblemDocument(failure, labels: labels).response()
        }
        switch failure {
        case .notSignedIn where request.method == .get:
            return PageResponse.redirect(to: "/sign-in?back=\(request.uri.path.addingPercentEncodingForQuery())")
        case .passwordChangeRequired where request.method == .get:
            return PageResponse.redirect(to: "/password")
        default:
            let message = failure?.message(labels) ?? labels.serverError
            let page = Page(title: labels.problemTitle,
                            .p(.class("notice bad"), Markup.text(message)),
                            .p(.a(.href("/"), Markup.text(labels.back))))
            return PageResponse.html(page, context: context, path: request.uri.path, status: failure?.status ?? .internalServerError)
        }
    }
}

extension ProblemDocument {
    init(type: String, status: Int, title: String) {
        self.type = type
        self.status = status
        self.title = title
        self.problems = nil
    }
}
