import Foundation
import Logging
import Synchronization
import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreStore
@testable import VendorScoreServer

/// Everything the server logs, at the most detailed level, while people sign in, fail to, change
/// passwords and make mistakes: no password and no session token may appear in it.
@Suite struct LogSecrecyTests {
    final class Capture: Sendable {
        let lines = Mutex<[String]>([])
    }

    struct Handler: LogHandler {
        let capture: Capture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: Logging.LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { _, new in new }
            capture.lines.withLock { $0.append("\(event.level) \(event.message) \(all)") }
        }
    }

    @Test func noPasswordOrSessionTokenIsLogged() async throws {
        let capture = Capture()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vendorscore-logs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0)
        configuration.bcryptCost = 4
        let logger = Logger(label: "test") { _ in Handler(capture: capture) }
        let server = try await WorkspaceServer(store: try SQLiteWorkspaceStore(directory: folder), registry: try ScorerRegistry(builtinModules),
                                               configuration: configuration, logger: logger)
        let first = try #require(try await server.createFirstAdministrator())
        let sessionSecrets = try await server.application().test(.live) { client -> [String] in
            let workspace = WorkspaceClient(client: client, server: server, firstPassword: first.password, folder: folder)
            let admin = try await workspace.admin()
            _ = try await workspace.api(.post, "/api/v1/session", session: nil, json: #"{"username":"admin","password":"typo-in-password"}"#)
            _ = try await workspace.api(.get, "/api/v1/tenders/NONE", session: admin)
            _ = try await workspace.api(.post, "/api/v1/users", session: admin, json: #"{"broken"#)
            let expert = try await workspace.user("li", [.expert], admin: admin)
            return [admin.cookie, expert.cookie, admin.csrf, "typo-in-password"]
        }
        let secrets = [first.password, LiveWorkspace.password] + sessionSecrets
        let lines = capture.lines.withLock { $0 }
        #expect(!lines.isEmpty, "the server logged nothing at trace level: the test would prove nothing")
        for secret in secrets {
            #expect(!lines.contains { $0.contains(secret) }, "a secret reached the log")
        }
    }
}
