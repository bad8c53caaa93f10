import GRDB

/// The SQLite schema as numbered migrations, applied in order by GRDB's migrator. A migration is
/// never edited once released; changes come as a new number.
enum SQLiteSchema {
    static let migrations: [(number: Int, sql: String)] = [
        (1, (WorkspaceSchema.version1(blob: "BLOB") + [
            """
            CREATE TRIGGER event_log_no_update BEFORE UPDATE ON event_log
                BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END
            """,
            """
            CREATE TRIGGER event_log_no_delete BEFORE DELETE ON event_log
                BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END
            """,
        ]).joined(separator: ";\n")),
    ]

    /// "001", "002", …: GRDB orders migrations by registration, the names keep the numbers visible.
    static func name(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(name(migration.number)) { db in try db.execute(sql: migration.sql) }
        }
        return migrator
    }
}
