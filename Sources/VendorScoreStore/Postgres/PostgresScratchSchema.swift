import Foundation
import PostgresNIO

extension PostgresWorkspaceStore {
    /// Runs `body` on a store in a new, empty schema of the URL's database, migrated, and drops
    /// the schema afterwards, whether `body` succeeds or throws: for tests and benchmarks that
    /// must not touch anything else in a shared database. The URL's role needs `CREATE` on the
    /// database.
    ///
    /// ```swift
    /// try await PostgresWorkspaceStore.withScratchSchema(url: url) { store in
    ///     _ = try await store.createTender(TenderID("T-1"), title: "试", context: context)
    /// }
    /// ```
    public static func withScratchSchema<T: Sendable>(
        url: String, configure: @Sendable (inout PostgresClient.Configuration) -> Void = { _ in },
        _ body: @Sendable (PostgresWorkspaceStore) async throws -> T
    ) async throws -> T {
        let schema = "vs_scratch_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        var configuration = try PostgresConnectionURL.configuration(url)
        let admin = PostgresWorkspaceStore(configuration: configuration)
        configuration.options.additionalStartupParameters = [("search_path", schema)]
        configure(&configuration)
        let store = PostgresWorkspaceStore(configuration: configuration)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await admin.run() }
            group.addTask { await store.run() }
            defer { group.cancelAll() }
            try await admin.client.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(schema)"))
            do {
                try await store.migrate()
                let result = try await body(store)
                try await admin.client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \(schema) CASCADE"))
                return result
            } catch {
                _ = try? await admin.client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \(schema) CASCADE"))
                throw error
            }
        }
    }
}
