import Hummingbird

/// Sets the request's language before anything else runs, so even error answers are in it.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = WorkspaceContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.language = LanguageChoice.language(for: request)
        return try await next(request, context)
    }
}
