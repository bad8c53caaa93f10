import Hummingbird
import HummingbirdAuth
import NIOCore
import VendorScoreCore

/// What one request carries between the middleware and its route: who is signed in, the page
/// language and the client's address (for limiting sign-in attempts).
struct WorkspaceContext: AuthRequestContext, RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The signed-in user with their session, set by ``SessionAuthenticator``.
    var identity: SignedIn?
    var language: Language
    let remoteAddress: String

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.identity = nil
        self.language = .zh
        self.remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// A backstop only: ``BodyLimitMiddleware`` applies the configured limit before any route.
    var maxUploadSize: Int { 64 * 1024 * 1024 }

    var labels: PageLabels { PageLabels(language) }
}
