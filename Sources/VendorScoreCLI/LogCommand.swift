import ArgumentParser
import Foundation
import VendorScoreStore
import VendorScoreWorkspace

/// `vendorscore log verify --data DIR | --database URL`: checks the workspace's event-log chain.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Check the committee workspace's event log.",
        subcommands: [Verify.self]
    )

    /// `vendorscore log verify`: recomputes every row's hash and names the first broken row.
    struct Verify: RunnableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check that no row of the workspace's event log was edited or deleted.",
            discussion: """
                Every action in the workspace is a row of the event log, and each row's hash \
                covers its content and the previous row's hash (docs/workspace.md, "The log"). \
                This recomputes the chain from the first row and names the first row where it \
                does not hold. The database is only read.

                Examples:
                  vendorscore log verify --data workspace-data
                  vendorscore log verify --database postgresql://vendorscore:PASSWORD@127.0.0.1:5432/vendorscore

                Exit status: 0 when the chain is intact; 1 when a row is broken; 2 when the \
                database cannot be read.
                """
        )

        @Option(help: ArgumentHelp("The workspace's data folder (SQLite).", valueName: "dir"))
        var data: String?

        @Option(help: ArgumentHelp("A PostgreSQL URL, postgresql://USER:PASSWORD@HOST:PORT/DATABASE.", valueName: "url"))
        var database: String?

        func validate() throws {
            if (data == nil) == (database == nil) { throw ValidationError("give exactly one of --data DIR or --database URL") }
        }

        func execute(in environment: CommandEnvironment) throws -> ExitStatus {
            let outcome: LogVerification
            if let data {
                let store = try SQLiteWorkspaceStore.openForReading(directory: URL(filePath: data))
                outcome = try BlockingAsync.run { try await store.verifyLog() }
            } else {
                let url = database!
                outcome = try BlockingAsync.run {
                    try await PostgresWorkspaceStore.withStore(url: url, migrating: false) { store in try await store.verifyLog() }
                }
            }
            environment.output.write("\(outcome)\n")
            if case .broken = outcome { return .brokenChain }
            return .success
        }
    }
}

extension ExitStatus {
    /// `log verify`: the log was read and a row is broken (shares status 1).
    static let brokenChain = ExitStatus.noRanking
}
