import Foundation
import PostgresNIO

/// Reads `postgresql://USER:PASSWORD@HOST:PORT/DATABASE[?sslmode=disable|prefer|require]` into a
/// client configuration. Without `sslmode`, loopback hosts connect without TLS and others prefer it.
///
/// ```swift
/// let configuration = try PostgresConnectionURL.configuration("postgresql://vs:secret@127.0.0.1:5432/vendorscore")
/// ```
public enum PostgresConnectionURL {
    public static func configuration(_ text: String) throws -> PostgresClient.Configuration {
        guard let components = URLComponents(string: text), let scheme = components.scheme,
              scheme == "postgresql" || scheme == "postgres" else {
            throw StoreError.badURL(redacted(text))
        }
        guard let host = components.host, !host.isEmpty else { throw StoreError.badURL(redacted(text)) }
        guard let user = components.user, !user.isEmpty else { throw StoreError.badURL(redacted(text)) }
        let database = String(components.path.drop { $0 == "/" })
        let mode = components.queryItems?.first { $0.name == "sslmode" }?.value
        let loopback = host == "127.0.0.1" || host == "localhost" || host == "::1"
        let tls: PostgresClient.Configuration.TLS
        switch mode {
        case "disable": tls = .disable
        case "require": tls = .require(.makeClientConfiguration())
        case "prefer": tls = .prefer(.makeClientConfiguration())
        case nil: tls = loopback ? .disable : .prefer(.makeClientConfiguration())
        default: throw StoreError.badURL(redacted(text))
        }
        return PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: user.removingPercentEncoding ?? user,
            password: components.password?.removingPercentEncoding ?? components.password,
            database: database.isEmpty ? nil : database, tls: tls
        )
    }

    /// The URL with its password replaced, for messages.
    public static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "****"
        return components.string ?? "(unreadable URL)"
    }
}
