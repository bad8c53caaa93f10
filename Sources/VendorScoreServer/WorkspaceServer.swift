import Hummingbird
import Logging
import VendorScoreCore
import VendorScoreStore
import VendorScoreWorkspace

/// The committee workspace: web pages and the JSON API over one store.
///
/// ```swift
/// let server = try await WorkspaceServer(store: store, registry: try ScorerRegistry(builtinModules),
///                                        configuration: ServerConfiguration())
/// if let first = try await server.createFirstAdministrator() { print(first.password) }
/// try await server.run()
/// ```
public struct WorkspaceServer: Sendable {
    public let configuration: ServerConfiguration
    let store: any WorkspaceStore
    let registry: ScorerRegistry
    let clock: any WorkspaceClock
    let accounts: Accounts
    let logger: Logger

    public init(store: any WorkspaceStore, registry: ScorerRegistry, configuration: ServerConfiguration,
                clock: any WorkspaceClock = SystemClock(), logger: Logger = Logger(label: "vendorscore.serve")) async throws {
        self.configuration = configuration
        self.store = store
        self.registry = registry
        self.clock = clock
        self.logger = logger
        self.accounts = Accounts(store: store, hasher: try await PasswordHasher(cost: configuration.bcryptCost),
                                 throttle: SignInThrottle(limit: configuration.signInAttempts, window: configuration.signInWindow),
                                 clock: clock, configuration: configuration)
    }

    /// Creates the administrator `admin` with a one-time password when the workspace has no
    /// administrator yet; returns the name and password to show once, or `nil`.
    public func createFirstAdministrator() async throws -> (username: String, password: String)? {
        try await accounts.createFirstAdministrator()
    }

    /// Serves until SIGINT or SIGTERM, finishing requests under way. Sessions that expired while
    /// the server was down are removed first.
    public func run() async throws {
        try await accounts.purgeExpiredSessions()
        try await application().runService()
    }

    /// The Hummingbird application, for running or for tests.
    func application() -> some ApplicationProtocol {
        let (router, _) = buildRouter()
        return Application(router: router,
                           configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                                serverName: "VendorScore"),
                           logger: logger)
    }

    /// The router with every middleware and route, and the list of routes it holds.
    func buildRouter() -> (Router<WorkspaceContext>, [RouteSpec]) {
        let router = Router(context: WorkspaceContext.self)
        router.addMiddleware {
            SecurityHeadersMiddleware<WorkspaceContext>()
            LanguageMiddleware()
            SessionAuthenticator(store: store, clock: clock)
            FailureMiddleware(translate: StoreFailures.translate)
            BodyLimitMiddleware(maxBytes: configuration.maxBodyBytes)
        }
        let tenders = Tenders(store: store, registry: registry, clock: clock, signingKey: configuration.signingKey,
                              utcOffset: configuration.utcOffset)
        let routes = RouteBuilder(router: router, accessGuard: AccessGuard(loadTender: tenders.load(_:revision:)))
        SiteRoutes().register(routes)
        AccountRoutes(accounts: accounts).register(routes)
        AdminRoutes(accounts: accounts).register(routes)
        TenderRoutes(tenders: tenders).register(routes)
        SetupRoutes(tenders: tenders).register(routes)
        InputsRoutes(tenders: tenders).register(routes)
        CommitteeRoutes(tenders: tenders).register(routes)
        DeclarationRoutes(tenders: tenders).register(routes)
        ScoreSheetRoutes(tenders: tenders).register(routes)
        ReviewRoutes(tenders: tenders).register(routes)
        SigningRoutes(tenders: tenders).register(routes)
        ResultRoutes(tenders: tenders).register(routes)
        ReevaluationRoutes(tenders: tenders).register(routes)
        SigningKeyRoutes(publicKey: configuration.signingKey?.publicKey).register(routes)
        return (router, routes.specs)
    }
}
