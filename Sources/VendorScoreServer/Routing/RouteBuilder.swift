import Hummingbird

/// Registers routes through the guard and keeps the list of what was registered.
///
/// ```swift
/// routes.add(.get, "/tenders/:tender", .tender(.readOverview)) { granted in try await overview(granted) }
/// ```
final class RouteBuilder {
    let router: Router<WorkspaceContext>
    let accessGuard: AccessGuard
    private(set) var specs: [RouteSpec] = []

    init(router: Router<WorkspaceContext>, accessGuard: AccessGuard) {
        self.router = router
        self.accessGuard = accessGuard
    }

    func add(_ method: HTTPRequest.Method, _ path: String, _ access: RouteAccess,
             _ handler: @escaping @Sendable (Granted) async throws -> Response) {
        let spec = RouteSpec(method: method, path: path, access: access)
        precondition(!specs.contains { $0.method == method && $0.path == path }, "route \(spec) registered twice")
        specs.append(spec)
        let accessGuard = self.accessGuard
        router.on(RouterPath(path), method: method) { request, context in
            let granted = try await accessGuard.check(spec, request, context)
            return try await handler(granted)
        }
    }
}
