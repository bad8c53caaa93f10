/// The PostgreSQL schema as numbered migrations, one statement per entry (the extended query
/// protocol takes one at a time). A migration is never edited once released.
enum PostgresSchema {
    static let migrations: [(number: Int, statements: [String])] = [
        (1, WorkspaceSchema.version1(blob: "BYTEA") + [
            """
            CREATE FUNCTION event_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the event log is append-only';
            END
            $$
            """,
            """
            CREATE TRIGGER event_log_no_change BEFORE UPDATE OR DELETE ON event_log
                FOR EACH ROW EXECUTE FUNCTION event_log_append_only()
            """,
            """
            CREATE TRIGGER event_log_no_truncate BEFORE TRUNCATE ON event_log
                FOR EACH STATEMENT EXECUTE FUNCTION event_log_append_only()
            """,
        ]),
    ]
}
