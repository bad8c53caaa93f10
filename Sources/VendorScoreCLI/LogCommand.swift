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

                With --record, a closed tender's record downloaded from the workspace is tied to \
                the log too: the record seals the log's head at closing (the last row's number \
                and hash, on the first line of its tender file), and that row must be in the \
                database with that hash. A log cut short or rewritten before it does not match.

                Examples:
                  vendorscore log verify --data workspace-data
                  vendorscore log verify --data workspace-data --record GC-1.record.json
                  vendorscore log verify --database postgresql://vendorscore:PASSWORD@127.0.0.1:5432/vendorscore

                Exit status: 0 when the chain is intact (and matches the record); 1 when a row is \
                broken or the record's log head is not in the log; 2 when the database or the \
                record cannot be read, or the record seals no log head.
                """
        )

        @Option(help: ArgumentHelp("The workspace's data folder (SQLite).", valueName: "dir"))
        var data: String?

        @Option(help: ArgumentHelp("A PostgreSQL URL, postgresql://USER:PASSWORD@HOST:PORT/DATABASE.", valueName: "url"))
        var database: String?

        @Option(help: ArgumentHelp("A record the workspace froze at closing: check that its sealed log head is in the log.",
                                   valueName: "record"))
        var record: String?

        func validate() throws {
            if (data == nil) == (database == nil) { throw ValidationError("give exactly one of --data DIR or --database URL") }
        }

        func execute(in environment: CommandEnvironment) throws -> ExitStatus {
            let seal = try record.map { path throws(CommandError) in try Self.seal(inRecord: path) }
            let outcome: (LogVerification, LogSealCheck?)
            if let data {
                let store = try SQLiteWorkspaceStore.openForReading(directory: URL(filePath: data))
                outcome = try BlockingAsync.run { try await Self.check(store, seal) }
            } else {
                let url = database!
                outcome = try BlockingAsync.run {
                    try await PostgresWorkspaceStore.withStore(url: url, migrating: false) { store in try await Self.check(store, seal) }
                }
            }
            environment.output.write("\(outcome.0)\n")
            if case .broken = outcome.0 { return .brokenChain }
            if let sealCheck = outcome.1 {
                environment.output.write("\(sealCheck)\n")
                if !sealCheck.matches { return .brokenChain }
            }
            return .success
        }

        /// The chain, then (when it is intact) the record's log head against it.
        private static func check(_ store: some WorkspaceStore, _ seal: LogSeal?) async throws -> (LogVerification, LogSealCheck?) {
            let chain = try await store.verifyLog()
            guard case .intact = chain, let seal else { return (chain, nil) }
            return (chain, try await store.check(seal))
        }

        /// The log head sealed in a workspace record's tender file.
        static func seal(inRecord path: String) throws(CommandError) -> LogSeal {
            let intact = try RecordFile.intact(path)
            guard let tender = intact.tender, let seal = LogSeal.find(in: String(decoding: tender, as: UTF8.self)) else {
                throw CommandError("\(path) seals no log head: only records the workspace froze at closing do",
                                   hint: "download the record from the closed tender's result page")
            }
            return seal
        }
    }
}

extension ExitStatus {
    /// `log verify`: the log was read and a row is broken (shares status 1).
    static let brokenChain = ExitStatus.noRanking
}
