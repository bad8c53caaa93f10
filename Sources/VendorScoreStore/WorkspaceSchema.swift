/// The workspace's tables, written once for both databases. Both accept these column types
/// (SQLite by affinity: BIGINT and BOOLEAN are stored as integers); only the type of file bytes
/// differs. Each dialect adds its own append-only triggers for the event log.
enum WorkspaceSchema {
    /// Migration 1's tables and indexes, one statement each.
    static func version1(blob: String) -> [String] {
        [
            """
            CREATE TABLE users (
                id TEXT PRIMARY KEY,
                username TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                roles TEXT NOT NULL,
                disabled BOOLEAN NOT NULL,
                password_hash TEXT NOT NULL,
                version BIGINT NOT NULL,
                created_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE sessions (
                token_hash TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users(id),
                created_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE tenders (
                id TEXT PRIMARY KEY,
                title TEXT NOT NULL,
                current_revision BIGINT NOT NULL,
                created_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE revisions (
                tender_id TEXT NOT NULL REFERENCES tenders(id),
                number BIGINT NOT NULL,
                stage TEXT NOT NULL,
                setup TEXT NOT NULL,
                version BIGINT NOT NULL,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (tender_id, number)
            )
            """,
            """
            CREATE TABLE committee_members (
                tender_id TEXT NOT NULL,
                revision BIGINT NOT NULL,
                position BIGINT NOT NULL,
                member_id TEXT NOT NULL,
                user_id TEXT NOT NULL REFERENCES users(id),
                name TEXT NOT NULL,
                role TEXT NOT NULL,
                is_leader BOOLEAN NOT NULL,
                PRIMARY KEY (tender_id, revision, position),
                UNIQUE (tender_id, revision, user_id),
                FOREIGN KEY (tender_id, revision) REFERENCES revisions(tender_id, number)
            )
            """,
            "CREATE INDEX committee_members_by_user ON committee_members(user_id)",
            """
            CREATE TABLE files (
                tender_id TEXT NOT NULL,
                revision BIGINT NOT NULL,
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                bytes \(blob) NOT NULL,
                size BIGINT NOT NULL,
                sha256 TEXT NOT NULL,
                uploaded_at BIGINT NOT NULL,
                uploaded_by TEXT,
                PRIMARY KEY (tender_id, revision, kind),
                FOREIGN KEY (tender_id, revision) REFERENCES revisions(tender_id, number)
            )
            """,
            """
            CREATE TABLE declarations (
                tender_id TEXT NOT NULL,
                revision BIGINT NOT NULL,
                user_id TEXT NOT NULL,
                declaration TEXT NOT NULL,
                declared_at BIGINT NOT NULL,
                PRIMARY KEY (tender_id, revision, user_id),
                FOREIGN KEY (tender_id, revision) REFERENCES revisions(tender_id, number)
            )
            """,
            """
            CREATE TABLE sheets (
                tender_id TEXT NOT NULL,
                revision BIGINT NOT NULL,
                user_id TEXT NOT NULL,
                submitted BOOLEAN NOT NULL,
                version BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (tender_id, revision, user_id),
                FOREIGN KEY (tender_id, revision) REFERENCES revisions(tender_id, number)
            )
            """,
            """
            CREATE TABLE marks (
                tender_id TEXT NOT NULL,
                revision BIGINT NOT NULL,
                user_id TEXT NOT NULL,
                vendor TEXT NOT NULL,
                criterion TEXT NOT NULL,
                points TEXT NOT NULL,
                PRIMARY KEY (tender_id, revision, user_id, vendor, criterion),
                FOREIGN KEY (tender_id, revision, user_id) REFERENCES sheets(tender_id, revision, user_id)
            )
            """,
            """
            CREATE TABLE corrections (
                tender_id TEXT NOT NULL,
                revision BIGINT NOT NULL,
                number BIGINT NOT NULL,
                correction TEXT NOT NULL,
                recorded_by TEXT,
                recorded_at BIGINT NOT NULL,
                PRIMARY KEY (tender_id, revision, number),
                FOREIGN KEY (tender_id, revision) REFERENCES revisions(tender_id, number)
            )
            """,
            """
            CREATE TABLE decisions (
                tender_id TEXT NOT NULL,
                revision BIGINT NOT NULL,
                number BIGINT NOT NULL,
                decision TEXT NOT NULL,
                PRIMARY KEY (tender_id, revision, number),
                FOREIGN KEY (tender_id, revision) REFERENCES revisions(tender_id, number)
            )
            """,
            """
            CREATE TABLE signatures (
                tender_id TEXT NOT NULL,
                revision BIGINT NOT NULL,
                user_id TEXT NOT NULL,
                signature TEXT NOT NULL,
                PRIMARY KEY (tender_id, revision, user_id),
                FOREIGN KEY (tender_id, revision) REFERENCES revisions(tender_id, number)
            )
            """,
            """
            CREATE TABLE event_log (
                sequence BIGINT PRIMARY KEY,
                at BIGINT NOT NULL,
                actor TEXT,
                action TEXT NOT NULL,
                tender_id TEXT,
                revision BIGINT,
                subject TEXT,
                before_value TEXT,
                after_value TEXT,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            )
            """,
            "CREATE INDEX event_log_by_tender ON event_log(tender_id, sequence)",
        ]
    }
}
