import Hummingbird

/// Reads every request body up to the configured limit before any route sees it, and answers
/// 413 beyond it: uploads included, whatever the route then does with the bytes.
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = WorkspaceContext

    let maxBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .post || request.method == .put || request.method == .patch else {
            return try await next(request, context)
        }
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > maxBytes {
            throw WorkspaceFailure.tooLarge
        }
        var request = request
        do {
            _ = try await request.collectBody(upTo: maxBytes)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw WorkspaceFailure.tooLarge
        }
        return try await next(request, context)
    }
}
