import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreRecord
import VendorScoreStore
import VendorScoreWorkspace
@testable import VendorScoreServer

/// A workspace served on a real socket on 127.0.0.1 with a real store, and a client that keeps
/// sessions like a browser or an API caller would.
///
/// Every test runs once per enabled database: SQLite in a fresh temporary folder, and PostgreSQL
/// in a fresh schema (dropped afterwards) at `VENDORSCORE_TEST_POSTGRES_URL`, as the storage suite
/// does (see `.ci/postgres.sh`); `VENDORSCORE_REQUIRE_POSTGRES=1` without a URL is a failure. A
/// failure names no database: unset the URL to see whether SQLite alone shows it.
struct LiveWorkspace {
    static let password = "a-long-enough-password"
    /// The key every test workspace signs its records with.
    static let signingKey = RecordSigningKey.generate()

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["VENDORSCORE_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static var postgresRequired: Bool { ProcessInfo.processInfo.environment["VENDORSCORE_REQUIRE_POSTGRES"] == "1" }

    static func run(_ configure: (inout ServerConfiguration) -> Void = { _ in }, clock: any WorkspaceClock = SystemClock(),
                    _ body: @Sendable (WorkspaceClient) async throws -> Void) async throws {
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0)
        configuration.bcryptCost = 4
        configuration.signingKey = signingKey
        configure(&configuration)
        let settings = configuration

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vendorscore-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await serve(try SQLiteWorkspaceStore(directory: folder), folder: folder, settings, clock: clock, body)

        guard postgresURL != nil || postgresRequired else { return }
        guard let url = postgresURL else {
            Issue.record("VENDORSCORE_REQUIRE_POSTGRES=1 but VENDORSCORE_TEST_POSTGRES_URL is not set; run .ci/postgres.sh")
            return
        }
        try await PostgresWorkspaceStore.withScratchSchema(url: url) { store in try await serve(store, folder: nil, settings, clock: clock, body) }
    }

    private static func serve(_ store: any WorkspaceStore, folder: URL?, _ configuration: ServerConfiguration, clock: any WorkspaceClock,
                              _ body: @Sendable (WorkspaceClient) async throws -> Void) async throws {
        let server = try await WorkspaceServer(store: store, registry: try ScorerRegistry(builtinModules), configuration: configuration,
                                               clock: clock)
        let first = try #require(try await server.createFirstAdministrator())
        try await server.application().test(.live) { client in
            try await body(WorkspaceClient(client: client, server: server, firstPassword: first.password, folder: folder))
        }
    }
}

/// A signed-in caller: the session cookie and the CSRF token that goes with it.
struct Session: Sendable {
    var cookie: String
    var csrf: String
    var userID: String
}

struct WorkspaceClient: Sendable {
    let client: any TestClientProtocol
    let server: WorkspaceServer
    let firstPassword: String
    /// The data folder holding the SQLite database; `nil` when the store is PostgreSQL.
    let folder: URL?

    // MARK: Requests

    func send(_ method: HTTPRequest.Method, _ uri: String, session: Session? = nil, headers extra: HTTPFields = [:],
              body: [UInt8]? = nil, contentType: String? = nil) async throws -> TestResponse {
        var headers = extra
        if let session {
            headers[.cookie] = [headers[.cookie], "\(SessionAuthenticator.cookieName)=\(session.cookie)"].compactMap { $0 }.joined(separator: "; ")
        }
        if let contentType { headers[.contentType] = contentType }
        return try await client.executeRequest(uri: uri, method: method, headers: headers,
                                               body: body.map { ByteBuffer(bytes: $0) })
    }

    /// A JSON API call, with the session's CSRF token in its header unless told otherwise.
    func api(_ method: HTTPRequest.Method, _ uri: String, session: Session?, json: String? = nil,
             csrf: String? = nil) async throws -> TestResponse {
        var headers = HTTPFields()
        if let token = csrf ?? session?.csrf { headers[AccessGuard.csrfHeader] = token }
        return try await send(method, uri, session: session, headers: headers, body: json.map { Array($0.utf8) },
                              contentType: json == nil ? nil : "application/json")
    }

    /// A page form post, urlencoded, with the session's CSRF token unless told otherwise.
    func form(_ uri: String, session: Session?, fields: [(String, String)], csrf: String? = nil) async throws -> TestResponse {
        let all = fields + [(CSRFField.name, csrf ?? session?.csrf ?? "")]
        let text = all.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
        return try await send(.post, uri, session: session, body: Array(text.utf8), contentType: "application/x-www-form-urlencoded")
    }

    /// A multipart upload form post.
    func upload(_ uri: String, session: Session?, fields: [(String, String)], files: [(field: String, name: String, bytes: [UInt8])],
                csrf: String? = nil) async throws -> TestResponse {
        let boundary = "----vendorscore-test-boundary"
        var body: [UInt8] = []
        for (name, value) in fields + [(CSRFField.name, csrf ?? session?.csrf ?? "")] {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for file in files {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += file.bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return try await send(.post, uri, session: session, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    private func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    // MARK: Sessions and users

    /// Signs in through the API and returns the session; expects success.
    func signIn(_ username: String, _ password: String) async throws -> Session {
        let response = try await api(.post, "/api/v1/session", session: nil,
                                     json: #"{"username":"\#(username)","password":"\#(password)"}"#)
        try #require(response.status == .created, "sign-in of \(username) answered \(response.status)")
        let answer = try JSONDecoder().decode(SessionJSON.self, from: Data(buffer: response.body))
        return Session(cookie: try #require(Self.cookieValue(response, SessionAuthenticator.cookieName)),
                       csrf: answer.csrfToken, userID: answer.user.id)
    }

    /// The administrator, signed in, with the one-time password already changed.
    func admin() async throws -> Session {
        let session = try await signIn("admin", firstPassword)
        let changed = try await api(.post, "/api/v1/password", session: session,
                                    json: #"{"current":"\#(firstPassword)","new":"\#(LiveWorkspace.password)"}"#)
        try #require(changed.status == .noContent, "password change answered \(changed.status)")
        return session
    }

    /// A new account with the given roles, signed in, its one-time password changed.
    func user(_ username: String, _ roles: [GlobalRole], admin: Session) async throws -> Session {
        let roleList = roles.map { "\"\($0.rawValue)\"" }.joined(separator: ",")
        let created = try await api(.post, "/api/v1/users", session: admin,
                                    json: #"{"username":"\#(username)","displayName":"\#(username)","roles":[\#(roleList)]}"#)
        try #require(created.status == .created, "creating \(username) answered \(created.status)")
        let issued = try JSONDecoder().decode(IssuedJSON.self, from: Data(buffer: created.body))
        let session = try await signIn(username, issued.oneTimePassword)
        let changed = try await api(.post, "/api/v1/password", session: session,
                                    json: #"{"current":"\#(issued.oneTimePassword)","new":"\#(LiveWorkspace.password)"}"#)
        try #require(changed.status == .noContent)
        return session
    }

    static func cookieValue(_ response: TestResponse, _ name: String) -> String? {
        setCookie(response, name).flatMap { header in
            header.split(separator: ";").first.map { String($0.dropFirst(name.count + 1)) }
        }
    }

    static func setCookie(_ response: TestResponse, _ name: String) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
    }
}

struct SessionJSON: Decodable {
    struct UserJSON: Decodable {
        var id: String
        var username: String
        var roles: [String]
    }

    var user: UserJSON
    var csrfToken: String
    var mustChangePassword: Bool
}

struct IssuedJSON: Decodable {
    var oneTimePassword: String
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
