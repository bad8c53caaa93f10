import Foundation
import PostgresNIO
import VendorScoreWorkspace

/// The workspace on PostgreSQL (PostgresNIO): for many concurrent users or several server
/// processes on one database.
///
/// The client must run while the store is used; ``withStore(url:_:)`` runs it, applies pending
/// migrations and stops it afterwards. A server that runs its own service group calls ``run()``
/// and ``migrate()`` instead.
///
/// Rows that change are locked (`FOR UPDATE`) before their version is compared, and every
/// transaction takes one advisory lock just before appending to the log, so the chain has no
/// forks and no gaps whatever the number of processes.
///
/// ```swift
/// try await PostgresWorkspaceStore.withStore(url: "postgresql://vs:secret@127.0.0.1:5432/vendorscore") { store in
///     print(try await store.verifyLog())
/// }
/// ```
public struct PostgresWorkspaceStore: WorkspaceStore {
    let client: PostgresClient
    let logger: Logger

    /// The advisory lock that serialises log appends and migrations ("VSLOG" in ASCII).
    static let logLock: Int64 = 0x56_53_4C_4F_47

    public init(configuration: PostgresClient.Configuration) {
        var logger = Logger(label: "vendorscore.store.postgres")
        logger.logLevel = .error
        self.logger = logger
        client = PostgresClient(configuration: configuration, backgroundLogger: logger)
    }

    /// Runs the connection pool until the surrounding task is cancelled.
    public func run() async { await client.run() }

    /// Connects, applies pending migrations (unless `migrating` is false, for checks that must
    /// not change the database), runs `body` with the store, then disconnects.
    public static func withStore<T: Sendable>(
        url: String, migrating: Bool = true, _ body: @Sendable (PostgresWorkspaceStore) async throws -> T
    ) async throws -> T {
        let store = PostgresWorkspaceStore(configuration: try PostgresConnectionURL.configuration(url))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await store.run() }
            defer { group.cancelAll() }
            if migrating { try await store.migrate() }
            return try await body(store)
        }
    }

    /// Applies the migrations this database has not had, each in its own transaction.
    public func migrate() async throws {
        try await transaction { db in
            try await db.run("SELECT pg_advisory_xact_lock(\(Self.logLock))")
            try await db.run("CREATE TABLE IF NOT EXISTS vendorscore_migrations (number BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)")
            let applied = Set(try await db.all("SELECT number FROM vendorscore_migrations").map { try $0.get("number", as: Int.self) })
            let known = PostgresSchema.migrations.map(\.number)
            if let newest = applied.max(), newest > known.max() ?? 0 { throw StoreError.schemaTooNew(found: newest, known: known.max() ?? 0) }
            for migration in PostgresSchema.migrations where !applied.contains(migration.number) {
                for statement in migration.statements { try await db.run(PostgresQuery(unsafeSQL: statement)) }
                // The time a migration ran is bookkeeping, not workspace data: read from the database.
                try await db.run("INSERT INTO vendorscore_migrations (number, applied_at) VALUES (\(migration.number), (extract(epoch FROM now()) * 1000)::BIGINT)")
            }
        }
    }

    // MARK: Plumbing

    /// One connection inside a transaction, with helpers that collect rows.
    struct Connection {
        let connection: PostgresConnection
        let logger: Logger

        func all(_ query: PostgresQuery) async throws -> [PostgresRandomAccessRow] {
            var rows: [PostgresRandomAccessRow] = []
            for try await row in try await connection.query(query, logger: logger) { rows.append(row.makeRandomAccess()) }
            return rows
        }

        func one(_ query: PostgresQuery) async throws -> PostgresRandomAccessRow? { try await all(query).first }

        func run(_ query: PostgresQuery) async throws { _ = try await all(query) }
    }

    func transaction<T: Sendable>(_ body: (Connection) async throws -> T) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in
                try await body(Connection(connection: connection, logger: logger))
            }
        } catch let error as PostgresTransactionError {
            throw Self.storeError(error.closureError ?? error.commitError ?? error.beginError ?? error)
        } catch {
            throw Self.storeError(error)
        }
    }

    /// Reads in one snapshot, so that a revision and its committee, say, are seen as of the same moment.
    func read<T: Sendable>(_ body: (Connection) async throws -> T) async throws -> T {
        try await transaction { db in
            try await db.run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return try await body(db)
        }
    }

    /// The server's message only: PSQLError's own description hides details on purpose, and the
    /// statement's values must not reach a log or a page.
    static func storeError(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return .database(message) }
            return .database("\(error.code)")
        }
        return .database(String(describing: error))
    }

    @discardableResult
    static func append(_ event: LogEvent, _ db: Connection) async throws -> LogRow {
        try await db.run("SELECT pg_advisory_xact_lock(\(logLock))")
        let last = try await db.one("SELECT sequence, hash FROM event_log ORDER BY sequence DESC LIMIT 1")
        let sequence = (try last?.get("sequence", as: Int64.self) ?? 0) + 1
        let row = LogChain.row(for: event, sequence: sequence, previousHash: try last?.get("hash", as: String.self) ?? LogChain.genesisHash)
        try await db.run("""
            INSERT INTO event_log (sequence, at, actor, action, tender_id, revision, subject, before_value, after_value, previous_hash, hash)
            VALUES (\(row.sequence), \(event.at.millisecondsSince1970), \(event.actor?.rawValue), \(event.action), \(event.tender?.rawValue),
                    \(event.revision), \(event.subject), \(event.before), \(event.after), \(row.previousHash), \(row.hash))
            """)
        return row
    }

    static func logRow(_ row: PostgresRandomAccessRow) throws -> LogRow {
        let event = LogEvent(
            at: Timestamp(millisecondsSince1970: try row.get("at")), actor: try row.get("actor", as: String?.self).map(UserID.init(rawValue:)),
            action: try row.get("action"), tender: try row.get("tender_id", as: String?.self).map(TenderID.init(rawValue:)),
            revision: try row.get("revision", as: Int?.self), subject: try row.get("subject"), before: try row.get("before_value"),
            after: try row.get("after_value")
        )
        return LogRow(sequence: try row.get("sequence"), event: event, previousHash: try row.get("previous_hash"), hash: try row.get("hash"))
    }

    // MARK: Users

    static func user(_ row: PostgresRandomAccessRow) throws -> StoredUser {
        StoredUser(
            user: User(id: UserID(try row.get("id", as: String.self)), username: try row.get("username"), displayName: try row.get("display_name"),
                       roles: try StoredText.roles(try row.get("roles")), disabled: try row.get("disabled")),
            passwordHash: try row.get("password_hash"), version: try row.get("version"),
            createdAt: Timestamp(millisecondsSince1970: try row.get("created_at"))
        )
    }

    static func user(_ db: Connection, id: UserID, lock: Bool = false) async throws -> StoredUser? {
        try await db.one("SELECT * FROM users WHERE id = \(id.rawValue) \(unescaped: lock ? "FOR UPDATE" : "")").map(user)
    }

    public func createUser(_ user: User, passwordHash: String, context: ActionContext) async throws -> StoredUser {
        try await transaction { db in
            let inserted = try await db.one("""
                INSERT INTO users (id, username, display_name, roles, disabled, password_hash, version, created_at)
                VALUES (\(user.id.rawValue), \(user.username), \(user.displayName), \(StoredText.roles(user.roles)), \(user.disabled),
                        \(passwordHash), 1, \(context.at.millisecondsSince1970))
                ON CONFLICT DO NOTHING RETURNING id
                """)
            if inserted == nil { throw StoreError.alreadyExists(.user(user.username)) }
            try await Self.append(StoreEvents.event(.userCreated, context, subject: user.id.rawValue, after: user), db)
            return StoredUser(user: user, passwordHash: passwordHash, version: 1, createdAt: context.at)
        }
    }

    public func user(id: UserID) async throws -> StoredUser? {
        try await read { db in try await Self.user(db, id: id) }
    }

    public func user(username: String) async throws -> StoredUser? {
        try await read { db in try await db.one("SELECT * FROM users WHERE username = \(username)").map(Self.user) }
    }

    public func users() async throws -> [StoredUser] {
        try await read { db in try await db.all("SELECT * FROM users ORDER BY username").map(Self.user) }
    }

    public func updateUser(_ user: User, expectedVersion: Int, context: ActionContext) async throws -> StoredUser {
        try await transaction { db in
            guard var stored = try await Self.user(db, id: user.id, lock: true) else { throw StoreError.notFound(.user(user.id.rawValue)) }
            if stored.version != expectedVersion { throw StoreError.conflict(.user(user.username), expected: expectedVersion, found: stored.version) }
            let before = stored.user
            stored = stored.updated(by: user)
            try await db.run("""
                UPDATE users SET display_name = \(user.displayName), roles = \(StoredText.roles(user.roles)), disabled = \(user.disabled),
                version = \(stored.version) WHERE id = \(user.id.rawValue)
                """)
            try await Self.append(StoreEvents.event(.userUpdated, context, subject: user.id.rawValue, before: before, after: stored.user), db)
            return stored
        }
    }

    public func setPasswordHash(_ passwordHash: String, for user: UserID, expectedVersion: Int, context: ActionContext) async throws -> StoredUser {
        try await transaction { db in
            guard var stored = try await Self.user(db, id: user, lock: true) else { throw StoreError.notFound(.user(user.rawValue)) }
            if stored.version != expectedVersion {
                throw StoreError.conflict(.user(stored.user.username), expected: expectedVersion, found: stored.version)
            }
            stored.passwordHash = passwordHash
            stored.version += 1
            try await db.run("UPDATE users SET password_hash = \(passwordHash), version = \(stored.version) WHERE id = \(user.rawValue)")
            try await Self.append(StoreEvents.event(.passwordChanged, context, subject: user.rawValue), db)
            return stored
        }
    }

    // MARK: Sessions

    public func createSession(_ session: StoredSession, context: ActionContext) async throws {
        try await transaction { db in
            try await db.run("""
                INSERT INTO sessions (token_hash, user_id, created_at, expires_at)
                VALUES (\(session.tokenHash), \(session.user.rawValue), \(session.createdAt.millisecondsSince1970), \(session.expiresAt.millisecondsSince1970))
                """)
            try await Self.append(StoreEvents.event(.signedIn, context, subject: session.user.rawValue,
                                                    after: StoreEvents.SessionSummary(user: session.user, expiresAt: session.expiresAt)), db)
        }
    }

    public func session(tokenHash: String) async throws -> StoredSession? {
        try await read { db in
            try await db.one("SELECT * FROM sessions WHERE token_hash = \(tokenHash)").map { row in
                StoredSession(tokenHash: try row.get("token_hash"), user: UserID(try row.get("user_id", as: String.self)),
                              createdAt: Timestamp(millisecondsSince1970: try row.get("created_at")),
                              expiresAt: Timestamp(millisecondsSince1970: try row.get("expires_at")))
            }
        }
    }

    public func deleteSession(tokenHash: String, context: ActionContext) async throws {
        try await transaction { db in
            guard let row = try await db.one("DELETE FROM sessions WHERE token_hash = \(tokenHash) RETURNING user_id") else { return }
            try await Self.append(StoreEvents.event(.signedOut, context, subject: try row.get("user_id", as: String.self)), db)
        }
    }

    public func deleteExpiredSessions(before moment: Timestamp) async throws -> Int {
        try await transaction { db in
            try await db.all("DELETE FROM sessions WHERE expires_at < \(moment.millisecondsSince1970) RETURNING token_hash").count
        }
    }

    // MARK: Tenders and revisions

    static func revision(_ db: Connection, _ ref: RevisionRef, lock: Bool = false) async throws -> StoredRevision? {
        guard let row = try await db.one("""
            SELECT r.*, t.title, t.current_revision FROM revisions r JOIN tenders t ON t.id = r.tender_id
            WHERE r.tender_id = \(ref.tender.rawValue) AND r.number = \(ref.number) \(unescaped: lock ? "FOR UPDATE OF r" : "")
            """) else { return nil }
        let members = try await db.all("""
            SELECT * FROM committee_members WHERE tender_id = \(ref.tender.rawValue) AND revision = \(ref.number) ORDER BY position
            """).map { member in
            CommitteeMember(memberID: try member.get("member_id"), user: UserID(try member.get("user_id", as: String.self)), name: try member.get("name"),
                            role: try StoredText.decode(CommitteeRole.self, try member.get("role"), what: "committee role"), isLeader: try member.get("is_leader"))
        }
        let stage = try StoredText.decode(TenderStage.self, try row.get("stage"), what: "stage")
        return StoredRevision(
            ref: ref, title: try row.get("title"), stage: stage,
            setup: try EventJSON.decode(TenderSetup.self, from: try row.get("setup")), committee: Committee(members: members),
            isCurrent: try row.get("current_revision", as: Int.self) == ref.number, version: try row.get("version"),
            createdAt: Timestamp(millisecondsSince1970: try row.get("created_at")), updatedAt: Timestamp(millisecondsSince1970: try row.get("updated_at"))
        )
    }

    /// The revision, locked, checked to exist and to be at the version the caller read.
    static func revision(_ db: Connection, _ ref: RevisionRef, expectedVersion: Int) async throws -> StoredRevision {
        guard let revision = try await revision(db, ref, lock: true) else { throw StoreError.notFound(.revision(ref)) }
        if revision.version != expectedVersion { throw StoreError.conflict(.revision(ref), expected: expectedVersion, found: revision.version) }
        return revision
    }

    /// The revision's stage, checked to be the one the caller authorized against; the shared
    /// lock keeps the stage from moving until this transaction ends.
    static func checkStage(_ db: Connection, _ ref: RevisionRef, _ expected: TenderStage) async throws {
        guard let row = try await db.one("SELECT stage FROM revisions WHERE tender_id = \(ref.tender.rawValue) AND number = \(ref.number) FOR SHARE") else {
            throw StoreError.notFound(.revision(ref))
        }
        let found = try StoredText.decode(TenderStage.self, try row.get("stage"), what: "stage")
        if found != expected { throw StoreError.stageChanged(expected: expected, found: found) }
    }

    static func bump(_ db: Connection, _ ref: RevisionRef, _ at: Timestamp) async throws {
        try await db.run("""
            UPDATE revisions SET version = version + 1, updated_at = \(at.millisecondsSince1970)
            WHERE tender_id = \(ref.tender.rawValue) AND number = \(ref.number)
            """)
    }

    public func createTender(_ id: TenderID, title: String, context: ActionContext) async throws -> StoredRevision {
        try await transaction { db in
            let at = context.at.millisecondsSince1970
            let inserted = try await db.one("""
                INSERT INTO tenders (id, title, current_revision, created_at) VALUES (\(id.rawValue), \(title), 1, \(at))
                ON CONFLICT DO NOTHING RETURNING id
                """)
            if inserted == nil { throw StoreError.alreadyExists(.tender(id)) }
            try await db.run("""
                INSERT INTO revisions (tender_id, number, stage, setup, version, created_at, updated_at)
                VALUES (\(id.rawValue), 1, \(TenderStage.draft.rawValue), \(try EventJSON.encode(TenderSetup())), 1, \(at), \(at))
                """)
            let ref = RevisionRef(tender: id, number: 1)
            try await Self.append(StoreEvents.event(.tenderCreated, context, revision: ref, after: ["title": title]), db)
            return try await Self.revision(db, ref)!
        }
    }

    public func tenders() async throws -> [StoredRevision] {
        try await tenderListing(.all).map(\.revision)
    }

    public func tenders(member: UserID) async throws -> [StoredRevision] {
        try await tenderListing(.member(member)).map(\.revision)
    }

    public func tenderCount(_ scope: TenderScope) async throws -> Int {
        try await read { db in
            let sql = TenderListingSQL(scope: scope, placeholder: "$1")
            let row = try await db.one(PostgresQuery(unsafeSQL: sql.count, binds: Self.binds(sql)))
            return try row.map { try $0.get("n", as: Int.self) } ?? 0
        }
    }

    /// The listing statements' one bound value, if the scope has one.
    private static func binds(_ sql: TenderListingSQL) -> PostgresBindings {
        var binds = PostgresBindings()
        if let argument = sql.argument { binds.append(argument) }
        return binds
    }

    public func tenderListing(_ scope: TenderScope, window: ListingWindow?) async throws -> [ListedTender] {
        try await read { db in
            let sql = TenderListingSQL(scope: scope, placeholder: "$1", window: window)
            let binds = Self.binds(sql)
            func all(_ text: String) async throws -> [PostgresRandomAccessRow] { try await db.all(PostgresQuery(unsafeSQL: text, binds: binds)) }
            var rows = TenderListingRows()
            rows.revisions = try await all(sql.revisions).map { row in
                TenderListingRows.Revision(tender: try row.get("tender_id"), number: try row.get("number"), title: try row.get("title"),
                                           stage: try row.get("stage"), setup: try row.get("setup"), version: try row.get("version"),
                                           createdAt: try row.get("created_at"), updatedAt: try row.get("updated_at"))
            }
            for row in try await all(sql.members) {
                try rows.addMember(tender: try row.get("tender_id"), memberID: try row.get("member_id"), user: try row.get("user_id"),
                                   name: try row.get("name"), role: try row.get("role"), isLeader: try row.get("is_leader"))
            }
            for row in try await all(sql.declarations) {
                try rows.addDeclaration(tender: try row.get("tender_id"), user: try row.get("user_id"), json: try row.get("declaration"))
            }
            for row in try await all(sql.submitted) {
                rows.submitted[try row.get("tender_id", as: String.self), default: []].insert(UserID(try row.get("user_id", as: String.self)))
            }
            for row in try await all(sql.signed) {
                rows.signed[try row.get("tender_id", as: String.self), default: []].insert(UserID(try row.get("user_id", as: String.self)))
            }
            for row in try await all(sql.inputs) {
                try rows.addInput(tender: try row.get("tender_id"), kind: try row.get("kind"))
            }
            return try rows.listed()
        }
    }

    public func revision(_ ref: RevisionRef) async throws -> StoredRevision? {
        try await read { db in try await Self.revision(db, ref) }
    }

    public func currentRevision(of tender: TenderID) async throws -> StoredRevision? {
        try await read { db in
            guard let row = try await db.one("SELECT current_revision FROM tenders WHERE id = \(tender.rawValue)") else { return nil }
            return try await Self.revision(db, RevisionRef(tender: tender, number: try row.get("current_revision")))
        }
    }

    public func revisions(of tender: TenderID) async throws -> [StoredRevision] {
        try await read { db in
            var result: [StoredRevision] = []
            for row in try await db.all("SELECT number FROM revisions WHERE tender_id = \(tender.rawValue) ORDER BY number") {
                if let revision = try await Self.revision(db, RevisionRef(tender: tender, number: try row.get("number"))) { result.append(revision) }
            }
            return result
        }
    }

    public func updateSetup(_ ref: RevisionRef, _ setup: TenderSetup, expectedVersion: Int, context: ActionContext) async throws -> StoredRevision {
        try await transaction { db in
            let before = try await Self.revision(db, ref, expectedVersion: expectedVersion)
            try await db.run("UPDATE revisions SET setup = \(try EventJSON.encode(setup)) WHERE tender_id = \(ref.tender.rawValue) AND number = \(ref.number)")
            try await Self.bump(db, ref, context.at)
            try await Self.append(StoreEvents.event(.setupEdited, context, revision: ref, before: before.setup, after: setup), db)
            return try await Self.revision(db, ref)!
        }
    }

    static func insertCommittee(_ db: Connection, _ ref: RevisionRef, _ committee: Committee) async throws {
        for (position, member) in committee.members.enumerated() {
            try await db.run("""
                INSERT INTO committee_members (tender_id, revision, position, member_id, user_id, name, role, is_leader)
                VALUES (\(ref.tender.rawValue), \(ref.number), \(position), \(member.memberID), \(member.user.rawValue), \(member.name),
                        \(member.role.rawValue), \(member.isLeader))
                """)
        }
    }

    public func setCommittee(_ ref: RevisionRef, _ committee: Committee, expectedVersion: Int, context: ActionContext) async throws -> StoredRevision {
        try await transaction { db in
            let before = try await Self.revision(db, ref, expectedVersion: expectedVersion)
            for member in committee.members where try await Self.user(db, id: member.user) == nil {
                throw StoreError.notFound(.user(member.user.rawValue))
            }
            try await db.run("DELETE FROM committee_members WHERE tender_id = \(ref.tender.rawValue) AND revision = \(ref.number)")
            try await Self.insertCommittee(db, ref, committee)
            try await Self.bump(db, ref, context.at)
            try await Self.append(StoreEvents.event(.committeeNamed, context, revision: ref, before: before.committee, after: committee), db)
            return try await Self.revision(db, ref)!
        }
    }

    public func advance(_ ref: RevisionRef, to stage: TenderStage, files: [NewFile], expectedVersion: Int, context: ActionContext) async throws -> StoredRevision {
        try await transaction { db in
            let before = try await Self.revision(db, ref, expectedVersion: expectedVersion)
            guard before.stage.next == stage else { throw StoreError.invalidTransition(from: before.stage, to: stage) }
            for file in files { try await Self.putFile(db, ref, file, context) }
            try await db.run("UPDATE revisions SET stage = \(stage.rawValue) WHERE tender_id = \(ref.tender.rawValue) AND number = \(ref.number)")
            try await Self.bump(db, ref, context.at)
            try await Self.append(StoreEvents.event(.stageChanged, context, revision: ref, before: before.stage, after: stage), db)
            return try await Self.revision(db, ref)!
        }
    }

    public func openRevision(of tender: TenderID, reason: String, expectedVersion: Int, context: ActionContext) async throws -> StoredRevision {
        try await transaction { db in
            guard let row = try await db.one("SELECT current_revision FROM tenders WHERE id = \(tender.rawValue) FOR UPDATE") else {
                throw StoreError.notFound(.tender(tender))
            }
            let number: Int = try row.get("current_revision")
            let closed = try await Self.revision(db, RevisionRef(tender: tender, number: number), expectedVersion: expectedVersion)
            guard closed.stage == .closed else { throw StoreError.invalidTransition(from: closed.stage, to: .review) }
            let new = RevisionRef(tender: tender, number: number + 1)
            let at = context.at.millisecondsSince1970
            try await db.run("""
                INSERT INTO revisions (tender_id, number, stage, setup, version, created_at, updated_at)
                VALUES (\(tender.rawValue), \(new.number), \(TenderStage.review.rawValue), \(try EventJSON.encode(closed.setup)), 1, \(at), \(at))
                """)
            try await Self.insertCommittee(db, new, closed.committee)
            for statement in RevisionCopy.statements(placeholder: { "$\($0)" }) {
                var bindings = PostgresBindings()
                bindings.append(new.number)
                bindings.append(tender.rawValue)
                bindings.append(number)
                try await db.run(PostgresQuery(unsafeSQL: statement, binds: bindings))
            }
            try await db.run("UPDATE tenders SET current_revision = \(new.number) WHERE id = \(tender.rawValue)")
            try await Self.append(StoreEvents.event(.revisionOpened, context, revision: new, before: ["revision": number], after: RevisionOpening(revision: new.number, reason: reason)), db)
            return try await Self.revision(db, new)!
        }
    }

    // MARK: Files

    static func putFile(_ db: Connection, _ ref: RevisionRef, _ file: NewFile, _ context: ActionContext) async throws {
        let info = FileInfo(kind: file.kind, name: file.name, size: file.bytes.count, sha256: StoreEvents.sha256(file.bytes),
                            uploadedAt: context.at, uploadedBy: context.actor)
        let before = try await db.one("""
            SELECT name, size, sha256 FROM files WHERE tender_id = \(ref.tender.rawValue) AND revision = \(ref.number) AND kind = \(file.kind.rawValue)
            """).map { StoreEvents.FileSummary(name: try $0.get("name"), size: try $0.get("size"), sha256: try $0.get("sha256")) }
        try await db.run("""
            INSERT INTO files (tender_id, revision, kind, name, bytes, size, sha256, uploaded_at, uploaded_by)
            VALUES (\(ref.tender.rawValue), \(ref.number), \(file.kind.rawValue), \(file.name), \(ByteBuffer(bytes: file.bytes)), \(info.size),
                    \(info.sha256), \(context.at.millisecondsSince1970), \(context.actor?.rawValue))
            ON CONFLICT (tender_id, revision, kind) DO UPDATE SET name = EXCLUDED.name, bytes = EXCLUDED.bytes, size = EXCLUDED.size,
                sha256 = EXCLUDED.sha256, uploaded_at = EXCLUDED.uploaded_at, uploaded_by = EXCLUDED.uploaded_by
            """)
        try await append(StoreEvents.event(.fileUploaded, context, revision: ref, subject: file.kind.rawValue, before: before, after: StoreEvents.summary(info)), db)
    }

    public func putFile(_ ref: RevisionRef, _ file: NewFile, expectedVersion: Int, context: ActionContext) async throws -> StoredRevision {
        try await transaction { db in
            _ = try await Self.revision(db, ref, expectedVersion: expectedVersion)
            try await Self.putFile(db, ref, file, context)
            try await Self.bump(db, ref, context.at)
            return try await Self.revision(db, ref)!
        }
    }

    static func fileInfo(_ row: PostgresRandomAccessRow) throws -> FileInfo {
        FileInfo(kind: try StoredText.decode(FileKind.self, try row.get("kind"), what: "file kind"), name: try row.get("name"), size: try row.get("size"), sha256: try row.get("sha256"),
                        uploadedAt: Timestamp(millisecondsSince1970: try row.get("uploaded_at")),
                        uploadedBy: try row.get("uploaded_by", as: String?.self).map(UserID.init(rawValue:)))
    }

    public func file(_ ref: RevisionRef, kind: FileKind) async throws -> StoredFile? {
        try await read { db in
            guard let row = try await db.one("""
                SELECT * FROM files WHERE tender_id = \(ref.tender.rawValue) AND revision = \(ref.number) AND kind = \(kind.rawValue)
                """) else { return nil }
            let buffer: ByteBuffer = try row.get("bytes")
            return StoredFile(info: try Self.fileInfo(row), bytes: Array(buffer.readableBytesView))
        }
    }

    public func files(_ ref: RevisionRef) async throws -> [FileInfo] {
        try await read { db in
            try await db.all("""
                SELECT kind, name, size, sha256, uploaded_at, uploaded_by FROM files
                WHERE tender_id = \(ref.tender.rawValue) AND revision = \(ref.number) ORDER BY kind
                """).map(Self.fileInfo)
        }
    }

    // MARK: Declarations

    public func declare(_ ref: RevisionRef, member: UserID, _ declaration: ConflictDeclaration, expectedStage: TenderStage, context: ActionContext) async throws {
        try await transaction { db in
            try await Self.checkStage(db, ref, expectedStage)
            let inserted = try await db.one("""
                INSERT INTO declarations (tender_id, revision, user_id, declaration, declared_at)
                VALUES (\(ref.tender.rawValue), \(ref.number), \(member.rawValue), \(try EventJSON.encode(declaration)), \(context.at.millisecondsSince1970))
                ON CONFLICT DO NOTHING RETURNING user_id
                """)
            if inserted == nil { throw StoreError.alreadyExists(.declaration(ref, member)) }
            try await Self.append(StoreEvents.event(.conflictsDeclared, context, revision: ref, subject: member.rawValue, after: declaration), db)
        }
    }

    public func declarations(_ ref: RevisionRef) async throws -> [UserID: ConflictDeclaration] {
        try await read { db in
            var result: [UserID: ConflictDeclaration] = [:]
            for row in try await db.all("SELECT user_id, declaration FROM declarations WHERE tender_id = \(ref.tender.rawValue) AND revision = \(ref.number)") {
                result[UserID(try row.get("user_id", as: String.self))] = try EventJSON.decode(ConflictDeclaration.self, from: try row.get("declaration"))
            }
            return result
        }
    }

    // MARK: Score sheets

    static func sheet(_ db: Connection, _ ref: RevisionRef, _ member: UserID, lock: Bool = false) async throws -> StoredSheet {
        guard let row = try await db.one("""
            SELECT * FROM sheets WHERE tender_id = \(ref.tender.rawValue) AND revision = \(ref.number) AND user_id = \(member.rawValue)
            \(unescaped: lock ? "FOR UPDATE" : "")
            """) else {
            return StoredSheet(sheet: ScoreSheet(member: member), version: 0, updatedAt: nil)
        }
        var marks: [MarkKey: Points] = [:]
        for mark in try await db.all("""
            SELECT vendor, criterion, points FROM marks WHERE tender_id = \(ref.tender.rawValue) AND revision = \(ref.number) AND user_id = \(member.rawValue)
            """) {
            marks[MarkKey(vendor: try mark.get("vendor"), criterion: try mark.get("criterion"))] = try StoredText.points(try mark.get("points"))
        }
        return StoredSheet(sheet: ScoreSheet(member: member, marks: marks, isSubmitted: try row.get("submitted")), version: try row.get("version"),
                           updatedAt: Timestamp(millisecondsSince1970: try row.get("updated_at")))
    }

    public func scoreSheet(_ ref: RevisionRef, member: UserID) async throws -> StoredSheet {
        try await read { db in try await Self.sheet(db, ref, member) }
    }

    public func scoreSheets(_ ref: RevisionRef) async throws -> [StoredSheet] {
        try await read { db in
            var result: [StoredSheet] = []
            for row in try await db.all("SELECT user_id FROM sheets WHERE tender_id = \(ref.tender.rawValue) AND revision = \(ref.number) ORDER BY user_id") {
                result.append(try await Self.sheet(db, ref, UserID(try row.get("user_id", as: String.self))))
            }
            return result
        }
    }

    /// Replaces the member's marks with one statement: the cells go as parallel arrays.
    static func writeMarks(_ db: Connection, _ ref: RevisionRef, _ sheet: ScoreSheet) async throws {
        try await db.run("DELETE FROM marks WHERE tender_id = \(ref.tender.rawValue) AND revision = \(ref.number) AND user_id = \(sheet.member.rawValue)")
        let cells = sheet.sortedMarks
        if cells.isEmpty { return }
        try await db.run("""
            INSERT INTO marks (tender_id, revision, user_id, vendor, criterion, points)
            SELECT \(ref.tender.rawValue), \(ref.number), \(sheet.member.rawValue), vendor, criterion, points
            FROM unnest(\(cells.map(\.key.vendor))::TEXT[], \(cells.map(\.key.criterion))::TEXT[], \(cells.map(\.points.description))::TEXT[])
                AS cell(vendor, criterion, points)
            """)
    }

    public func saveSheet(_ ref: RevisionRef, _ sheet: ScoreSheet, expectedVersion: Int, expectedStage: TenderStage, context: ActionContext) async throws -> StoredSheet {
        try await transaction { db in
            try await Self.checkStage(db, ref, expectedStage)
            let before = try await Self.sheet(db, ref, sheet.member, lock: true)
            if before.sheet.isSubmitted { throw StoreError.alreadyDone(.sheet(ref, sheet.member)) }
            if before.version != expectedVersion { throw StoreError.conflict(.sheet(ref, sheet.member), expected: expectedVersion, found: before.version) }
            if before.version == 0 {
                let inserted = try await db.one("""
                    INSERT INTO sheets (tender_id, revision, user_id, submitted, version, updated_at)
                    VALUES (\(ref.tender.rawValue), \(ref.number), \(sheet.member.rawValue), \(sheet.isSubmitted), 1, \(context.at.millisecondsSince1970))
                    ON CONFLICT DO NOTHING RETURNING version
                    """)
                // Another save created the sheet after this one read it.
                if inserted == nil { throw StoreError.conflict(.sheet(ref, sheet.member), expected: 0, found: 1) }
            } else {
                try await db.run("""
                    UPDATE sheets SET submitted = \(sheet.isSubmitted), version = version + 1, updated_at = \(context.at.millisecondsSince1970)
                    WHERE tender_id = \(ref.tender.rawValue) AND revision = \(ref.number) AND user_id = \(sheet.member.rawValue)
                    """)
            }
            try await Self.writeMarks(db, ref, sheet)
            try await Self.append(StoreEvents.event(sheet.isSubmitted ? .marksSubmitted : .marksSaved, context, revision: ref, subject: sheet.member.rawValue,
                                                    before: before.sheet, after: sheet), db)
            return try await Self.sheet(db, ref, sheet.member)
        }
    }

    public func correctMark(_ ref: RevisionRef, _ correction: MarkCorrection, expectedStage: TenderStage, context: ActionContext) async throws -> StoredSheet {
        try await transaction { db in
            try await Self.checkStage(db, ref, expectedStage)
            let stored = try await Self.sheet(db, ref, correction.member, lock: true)
            guard stored.sheet.isSubmitted else { throw StoreError.notFound(.sheet(ref, correction.member)) }
            let current = stored.sheet.marks[correction.key]
            if current != correction.before { throw StoreError.markChanged(correction.key, stated: correction.before, stored: current) }
            try await db.run("""
                UPDATE marks SET points = \(correction.after.description) WHERE tender_id = \(ref.tender.rawValue) AND revision = \(ref.number)
                AND user_id = \(correction.member.rawValue) AND vendor = \(correction.key.vendor) AND criterion = \(correction.key.criterion)
                """)
            try await db.run("""
                UPDATE sheets SET version = version + 1, updated_at = \(context.at.millisecondsSince1970)
                WHERE tender_id = \(ref.tender.rawValue) AND revision = \(ref.number) AND user_id = \(correction.member.rawValue)
                """)
            try await Self.append(StoreEvents.event(.markCorrected, context, revision: ref, subject: "\(correction.member)/\(correction.key)",
                                                    before: correction.before, after: correction), db)
            // Numbered after the append: the log lock also serialises numbering.
            let number = try await Self.nextNumber(db, "corrections", ref)
            try await db.run("""
                INSERT INTO corrections (tender_id, revision, number, correction, recorded_by, recorded_at)
                VALUES (\(ref.tender.rawValue), \(ref.number), \(number), \(try EventJSON.encode(correction)), \(context.actor?.rawValue),
                        \(context.at.millisecondsSince1970))
                """)
            return try await Self.sheet(db, ref, correction.member)
        }
    }

    static func nextNumber(_ db: Connection, _ table: String, _ ref: RevisionRef) async throws -> Int {
        let row = try await db.one("""
            SELECT COALESCE(MAX(number), 0) + 1 AS next FROM \(unescaped: table) WHERE tender_id = \(ref.tender.rawValue) AND revision = \(ref.number)
            """)
        return try row?.get("next", as: Int.self) ?? 1
    }

    public func corrections(_ ref: RevisionRef) async throws -> [StoredCorrection] {
        try await read { db in
            try await db.all("SELECT * FROM corrections WHERE tender_id = \(ref.tender.rawValue) AND revision = \(ref.number) ORDER BY number").map { row in
                StoredCorrection(number: try row.get("number"), correction: try EventJSON.decode(MarkCorrection.self, from: try row.get("correction")),
                                 recordedBy: try row.get("recorded_by", as: String?.self).map(UserID.init(rawValue:)),
                                 recordedAt: Timestamp(millisecondsSince1970: try row.get("recorded_at")))
            }
        }
    }

    // MARK: Decisions and signatures

    public func recordDecision(_ ref: RevisionRef, _ decision: CommitteeDecision, expectedStage: TenderStage, context: ActionContext) async throws -> StoredDecision {
        try await transaction { db in
            try await Self.checkStage(db, ref, expectedStage)
            try await Self.append(StoreEvents.event(.decisionRecorded, context, revision: ref, subject: decision.kind.rawValue, after: decision), db)
            // Numbered after the append: the log lock also serialises numbering.
            let number = try await Self.nextNumber(db, "decisions", ref)
            try await db.run("""
                INSERT INTO decisions (tender_id, revision, number, decision)
                VALUES (\(ref.tender.rawValue), \(ref.number), \(number), \(try EventJSON.encode(decision)))
                """)
            return StoredDecision(number: number, decision: decision)
        }
    }

    public func decisions(_ ref: RevisionRef) async throws -> [StoredDecision] {
        try await read { db in
            try await db.all("SELECT number, decision FROM decisions WHERE tender_id = \(ref.tender.rawValue) AND revision = \(ref.number) ORDER BY number").map { row in
                StoredDecision(number: try row.get("number"), decision: try EventJSON.decode(CommitteeDecision.self, from: try row.get("decision")))
            }
        }
    }

    public func sign(_ ref: RevisionRef, _ signature: Signature, expectedStage: TenderStage, context: ActionContext) async throws {
        try await transaction { db in
            try await Self.checkStage(db, ref, expectedStage)
            let inserted = try await db.one("""
                INSERT INTO signatures (tender_id, revision, user_id, signature)
                VALUES (\(ref.tender.rawValue), \(ref.number), \(signature.member.rawValue), \(try EventJSON.encode(signature)))
                ON CONFLICT DO NOTHING RETURNING user_id
                """)
            if inserted == nil { throw StoreError.alreadyExists(.signature(ref, signature.member)) }
            try await Self.append(StoreEvents.event(.signed, context, revision: ref, subject: signature.member.rawValue, after: signature), db)
        }
    }

    public func signatures(_ ref: RevisionRef) async throws -> [Signature] {
        try await read { db in
            try await db.all("SELECT signature FROM signatures WHERE tender_id = \(ref.tender.rawValue) AND revision = \(ref.number) ORDER BY user_id")
                .map { try EventJSON.decode(Signature.self, from: try $0.get("signature")) }
        }
    }

    // MARK: The event log

    @discardableResult
    public func appendEvent(_ event: LogEvent) async throws -> LogRow {
        try await transaction { db in try await Self.append(event, db) }
    }

    public func logRows(after sequence: Int64, limit: Int) async throws -> [LogRow] {
        try await read { db in
            try await db.all("SELECT * FROM event_log WHERE sequence > \(sequence) ORDER BY sequence LIMIT \(limit)").map(Self.logRow)
        }
    }

    public func logRows(tender: TenderID) async throws -> [LogRow] {
        try await read { db in try await db.all("SELECT * FROM event_log WHERE tender_id = \(tender.rawValue) ORDER BY sequence").map(Self.logRow) }
    }

    public func lastLogRow() async throws -> LogRow? {
        try await read { db in try await db.one("SELECT * FROM event_log ORDER BY sequence DESC LIMIT 1").map(Self.logRow) }
    }
}

extension PostgresRandomAccessRow {
    /// The named column decoded as `T`.
    func get<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try self[column].decode(T.self, context: .default)
    }
}
