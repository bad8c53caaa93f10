import Foundation
import VendorScoreCore
import VendorScoreStore

/// Where the workspace keeps its data: an SQLite file in a folder, or a PostgreSQL database.
///
/// ```swift
/// try await WorkspaceServer.with(.sqlite(folder: "vendorscore-data"), registry: registry,
///                                configuration: ServerConfiguration()) { server in try await server.run() }
/// ```
public enum StoreLocation: Sendable, Equatable {
    case sqlite(folder: String)
    case postgres(url: String)

    /// The folder, or the database's URL without a password it may hold: safe to print.
    public var place: String {
        switch self {
        case .sqlite(let folder): return folder
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "?" }
            components.password = nil
            return components.string ?? "?"
        }
    }
}

extension WorkspaceServer {
    /// Opens (and migrates) the store at `location`, builds a server on it and runs `body` with
    /// it; a PostgreSQL connection pool runs for as long as `body` does.
    public static func with<T: Sendable>(_ location: StoreLocation, registry: ScorerRegistry, configuration: ServerConfiguration,
                                         _ body: @Sendable (WorkspaceServer) async throws -> T) async throws -> T {
        switch location {
        case .sqlite(let folder):
            let store = try SQLiteWorkspaceStore(directory: URL(fileURLWithPath: folder, isDirectory: true))
            return try await body(try await WorkspaceServer(store: store, registry: registry, configuration: configuration))
        case .postgres(let url):
            return try await PostgresWorkspaceStore.withStore(url: url) { store in
                try await body(try await WorkspaceServer(store: store, registry: registry, configuration: configuration))
            }
        }
    }
}
