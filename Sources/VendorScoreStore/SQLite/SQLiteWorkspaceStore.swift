import Foundation
import GRDB
import VendorScoreWorkspace

/// The workspace on one SQLite file (GRDB, WAL): the default, for one server process.
///
/// Writes are serialised by SQLite's single writer; each method is one transaction.
///
/// ```swift
/// let store = try SQLiteWorkspaceStore(directory: URL(filePath: "workspace-data"))
/// let rows = try await store.logRows(after: 0, limit: 100)
/// ```
public struct SQLiteWorkspaceStore: WorkspaceStore {
    /// The database file's name inside the data folder.
    public static let fileName = "vendorscore.sqlite"

    let pool: DatabasePool

    /// Opens (creating if needed) the database in `directory` and applies pending migrations.
    public init(directory: URL) throws {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try self.init(path: directory.appending(path: Self.fileName).path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(String(describing: error))
        }
    }

    /// Opens (creating if needed) the database file at `path` and applies pending migrations.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another process holding the write lock briefly (a `log verify`, a backup) is waited for.
        configuration.busyMode = .timeout(5)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            let known = Set(SQLiteSchema.migrations.map { SQLiteSchema.name($0.number) })
            let applied = try pool.read { db in try SQLiteSchema.migrator.appliedIdentifiers(db) }
            if let unknown = applied.subtracting(known).max() {
                throw StoreError.schemaTooNew(found: Int(unknown) ?? 0, known: SQLiteSchema.migrations.count)
            }
            try SQLiteSchema.migrator.migrate(pool)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error)
        }
    }

    /// Opens an existing workspace database without changing it (no migrations, no writes):
    /// for checks such as `vendorscore log verify`.
    public static func openForReading(directory: URL) throws -> SQLiteWorkspaceStore {
        let path = directory.appending(path: fileName).path
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.noDatabase(path) }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            let complete = try pool.read { db in try SQLiteSchema.migrator.hasCompletedMigrations(db) }
            if !complete { throw StoreError.noDatabase(path) }
            return SQLiteWorkspaceStore(pool: pool)
        } catch let error as StoreError {
            throw error
        } catch {
            throw storeError(error)
        }
    }

    private init(pool: DatabasePool) { self.pool = pool }

    // MARK: Plumbing

    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error)
        }
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error)
        }
    }

    /// The driver's message only: GRDB leaves statement arguments out unless asked, so no value
    /// (a password hash, a mark) reaches a log or a page through an error.
    static func storeError(_ error: any Error) -> StoreError {
        if let error = error as? DatabaseError { return .database(error.message ?? "\(error.resultCode)") }
        return .database(String(describing: error))
    }

    @discardableResult
    static func append(_ event: LogEvent, _ db: Database) throws -> LogRow {
        let last = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM event_log ORDER BY sequence DESC LIMIT 1")
        let sequence: Int64 = (last?["sequence"] ?? 0) + 1
        let row = LogChain.row(for: event, sequence: sequence, previousHash: last?["hash"] ?? LogChain.genesisHash)
        try db.execute(
            sql: """
                INSERT INTO event_log (sequence, at, actor, action, tender_id, revision, subject, before_value, after_value, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [row.sequence, event.at.millisecondsSince1970, event.actor?.rawValue, event.action, event.tender?.rawValue,
                        event.revision, event.subject, event.before, event.after, row.previousHash, row.hash]
        )
        return row
    }

    static func logRow(_ row: Row) -> LogRow {
        let event = LogEvent(
            at: Timestamp(millisecondsSince1970: row["at"]), actor: (row["actor"] as String?).map(UserID.init(rawValue:)),
            action: row["action"], tender: (row["tender_id"] as String?).map(TenderID.init(rawValue:)), revision: row["revision"],
            subject: row["subject"], before: row["before_value"], after: row["after_value"]
        )
        return LogRow(sequence: row["sequence"], event: event, previousHash: row["previous_hash"], hash: row["hash"])
    }

    // MARK: Users

    static func user(_ row: Row) throws -> StoredUser {
        StoredUser(
            user: User(id: UserID(row["id"] as String), username: row["username"], displayName: row["display_name"],
                       roles: try StoredText.roles(row["roles"]), disabled: row["disabled"]),
            passwordHash: row["password_hash"], version: row["version"], createdAt: Timestamp(millisecondsSince1970: row["created_at"])
        )
    }

    static func user(_ db: Database, id: UserID) throws -> StoredUser? {
        try Row.fetchOne(db, sql: "SELECT * FROM users WHERE id = ?", arguments: [id.rawValue]).map(user)
    }

    public func createUser(_ user: User, passwordHash: String, context: ActionContext) async throws -> StoredUser {
        try await write { db in
            let taken = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM users WHERE id = ? OR username = ?)",
                                          arguments: [user.id.rawValue, user.username]) ?? false
            if taken { throw StoreError.alreadyExists(.user(user.username)) }
            try db.execute(
                sql: "INSERT INTO users (id, username, display_name, roles, disabled, password_hash, version, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)",
                arguments: [user.id.rawValue, user.username, user.displayName, StoredText.roles(user.roles), user.disabled,
                            passwordHash, context.at.millisecondsSince1970]
            )
            try Self.append(StoreEvents.event(.userCreated, context, subject: user.id.rawValue, after: user), db)
            return StoredUser(user: user, passwordHash: passwordHash, version: 1, createdAt: context.at)
        }
    }

    public func user(id: UserID) async throws -> StoredUser? {
        try await read { db in try Self.user(db, id: id) }
    }

    public func user(username: String) async throws -> StoredUser? {
        try await read { db in try Row.fetchOne(db, sql: "SELECT * FROM users WHERE username = ?", arguments: [username]).map(Self.user) }
    }

    public func users() async throws -> [StoredUser] {
        try await read { db in try Row.fetchAll(db, sql: "SELECT * FROM users ORDER BY username").map(Self.user) }
    }

    public func updateUser(_ user: User, expectedVersion: Int, context: ActionContext) async throws -> StoredUser {
        try await write { db in
            guard var stored = try Self.user(db, id: user.id) else { throw StoreError.notFound(.user(user.id.rawValue)) }
            if stored.version != expectedVersion { throw StoreError.conflict(.user(user.username), expected: expectedVersion, found: stored.version) }
            let before = stored.user
            stored = stored.updated(by: user)
            try db.execute(
                sql: "UPDATE users SET display_name = ?, roles = ?, disabled = ?, version = ? WHERE id = ?",
                arguments: [user.displayName, StoredText.roles(user.roles), user.disabled, stored.version, user.id.rawValue]
            )
            try Self.append(StoreEvents.event(.userUpdated, context, subject: user.id.rawValue, before: before, after: stored.user), db)
            return stored
        }
    }

    public func setPasswordHash(_ passwordHash: String, for user: UserID, expectedVersion: Int, context: ActionContext) async throws -> StoredUser {
        try await write { db in
            guard var stored = try Self.user(db, id: user) else { throw StoreError.notFound(.user(user.rawValue)) }
            if stored.version != expectedVersion {
                throw StoreError.conflict(.user(stored.user.username), expected: expectedVersion, found: stored.version)
            }
            stored.passwordHash = passwordHash
            stored.version += 1
            try db.execute(sql: "UPDATE users SET password_hash = ?, version = ? WHERE id = ?", arguments: [passwordHash, stored.version, user.rawValue])
            try Self.append(StoreEvents.event(.passwordChanged, context, subject: user.rawValue), db)
            return stored
        }
    }

    // MARK: Sessions

    public func createSession(_ session: StoredSession, context: ActionContext) async throws {
        try await write { db in
            try db.execute(
                sql: "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                arguments: [session.tokenHash, session.user.rawValue, session.createdAt.millisecondsSince1970, session.expiresAt.millisecondsSince1970]
            )
            try Self.append(StoreEvents.event(.signedIn, context, subject: session.user.rawValue,
                                              after: StoreEvents.SessionSummary(user: session.user, expiresAt: session.expiresAt)), db)
        }
    }

    public func session(tokenHash: String) async throws -> StoredSession? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM sessions WHERE token_hash = ?", arguments: [tokenHash]).map { row in
                StoredSession(tokenHash: row["token_hash"], user: UserID(row["user_id"] as String),
                              createdAt: Timestamp(millisecondsSince1970: row["created_at"]), expiresAt: Timestamp(millisecondsSince1970: row["expires_at"]))
            }
        }
    }

    public func deleteSession(tokenHash: String, context: ActionContext) async throws {
        try await write { db in
            guard let user = try String.fetchOne(db, sql: "SELECT user_id FROM sessions WHERE token_hash = ?", arguments: [tokenHash]) else { return }
            try db.execute(sql: "DELETE FROM sessions WHERE token_hash = ?", arguments: [tokenHash])
            try Self.append(StoreEvents.event(.signedOut, context, subject: user), db)
        }
    }

    public func deleteExpiredSessions(before moment: Timestamp) async throws -> Int {
        try await write { db in
            try db.execute(sql: "DELETE FROM sessions WHERE expires_at < ?", arguments: [moment.millisecondsSince1970])
            return db.changesCount
        }
    }

    // MARK: Tenders and revisions

    static func revision(_ db: Database, _ ref: RevisionRef) throws -> StoredRevision? {
        guard let row = try Row.fetchOne(
            db,
            sql: """
                SELECT r.*, t.title, t.current_revision FROM revisions r JOIN tenders t ON t.id = r.tender_id
                WHERE r.tender_id = ? AND r.number = ?
                """,
            arguments: [ref.tender.rawValue, ref.number]
        ) else { return nil }
        let members = try Row.fetchAll(
            db, sql: "SELECT * FROM committee_members WHERE tender_id = ? AND revision = ? ORDER BY position",
            arguments: [ref.tender.rawValue, ref.number]
        ).map { member in
            CommitteeMember(memberID: member["member_id"], user: UserID(member["user_id"] as String), name: member["name"],
                            role: try StoredText.decode(CommitteeRole.self, member["role"], what: "committee role"), isLeader: member["is_leader"])
        }
        let stage = try StoredText.decode(TenderStage.self, row["stage"], what: "stage")
        return StoredRevision(
            ref: ref, title: row["title"], stage: stage,
            setup: try EventJSON.decode(TenderSetup.self, from: row["setup"]), committee: Committee(members: members),
            isCurrent: (row["current_revision"] as Int) == ref.number, version: row["version"],
            createdAt: Timestamp(millisecondsSince1970: row["created_at"]), updatedAt: Timestamp(millisecondsSince1970: row["updated_at"])
        )
    }

    /// The revision, checked to exist and to be at the version the caller read.
    static func revision(_ db: Database, _ ref: RevisionRef, expectedVersion: Int) throws -> StoredRevision {
        guard let revision = try revision(db, ref) else { throw StoreError.notFound(.revision(ref)) }
        if revision.version != expectedVersion { throw StoreError.conflict(.revision(ref), expected: expectedVersion, found: revision.version) }
        return revision
    }

    /// The revision's stage, checked to be the one the caller authorized against.
    static func checkStage(_ db: Database, _ ref: RevisionRef, _ expected: TenderStage) throws {
        guard let text = try String.fetchOne(db, sql: "SELECT stage FROM revisions WHERE tender_id = ? AND number = ?",
                                             arguments: [ref.tender.rawValue, ref.number]) else { throw StoreError.notFound(.revision(ref)) }
        let found = try StoredText.decode(TenderStage.self, text, what: "stage")
        if found != expected { throw StoreError.stageChanged(expected: expected, found: found) }
    }

    static func bump(_ db: Database, _ ref: RevisionRef, _ at: Timestamp) throws {
        try db.execute(sql: "UPDATE revisions SET version = version + 1, updated_at = ? WHERE tender_id = ? AND number = ?",
                       arguments: [at.millisecondsSince1970, ref.tender.rawValue, ref.number])
    }

    public func createTender(_ id: TenderID, title: String, context: ActionContext) async throws -> StoredRevision {
        try await write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM tenders WHERE id = ?)", arguments: [id.rawValue]) ?? false {
                throw StoreError.alreadyExists(.tender(id))
            }
            let at = context.at.millisecondsSince1970
            try db.execute(sql: "INSERT INTO tenders (id, title, current_revision, created_at) VALUES (?, ?, 1, ?)", arguments: [id.rawValue, title, at])
            try db.execute(
                sql: "INSERT INTO revisions (tender_id, number, stage, setup, version, created_at, updated_at) VALUES (?, 1, ?, ?, 1, ?, ?)",
                arguments: [id.rawValue, TenderStage.draft.rawValue, try EventJSON.encode(TenderSetup()), at, at]
            )
            let ref = RevisionRef(tender: id, number: 1)
            try Self.append(StoreEvents.event(.tenderCreated, context, revision: ref, after: ["title": title]), db)
            return try Self.revision(db, ref)!
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
            let sql = TenderListingSQL(scope: scope, placeholder: "?")
            return try Int.fetchOne(db, sql: sql.count, arguments: sql.argument.map { [$0] } ?? []) ?? 0
        }
    }

    public func tenderListing(_ scope: TenderScope, window: ListingWindow?) async throws -> [ListedTender] {
        try await read { db in
            let sql = TenderListingSQL(scope: scope, placeholder: "?", window: window)
            let arguments: StatementArguments = sql.argument.map { [$0] } ?? []
            var rows = TenderListingRows()
            rows.revisions = try Row.fetchAll(db, sql: sql.revisions, arguments: arguments).map { row in
                TenderListingRows.Revision(tender: row["tender_id"], number: row["number"], title: row["title"], stage: row["stage"],
                                           setup: row["setup"], version: row["version"], createdAt: row["created_at"], updatedAt: row["updated_at"])
            }
            for row in try Row.fetchAll(db, sql: sql.members, arguments: arguments) {
                try rows.addMember(tender: row["tender_id"], memberID: row["member_id"], user: row["user_id"], name: row["name"],
                                   role: row["role"], isLeader: row["is_leader"])
            }
            for row in try Row.fetchAll(db, sql: sql.declarations, arguments: arguments) {
                try rows.addDeclaration(tender: row["tender_id"], user: row["user_id"], json: row["declaration"])
            }
            for row in try Row.fetchAll(db, sql: sql.submitted, arguments: arguments) {
                rows.submitted[row["tender_id"], default: []].insert(UserID(row["user_id"] as String))
            }
            for row in try Row.fetchAll(db, sql: sql.signed, arguments: arguments) {
                rows.signed[row["tender_id"], default: []].insert(UserID(row["user_id"] as String))
            }
            for row in try Row.fetchAll(db, sql: sql.inputs, arguments: arguments) {
                try rows.addInput(tender: row["tender_id"], kind: row["kind"])
            }
            return try rows.listed()
        }
    }

    public func revision(_ ref: RevisionRef) async throws -> StoredRevision? {
        try await read { db in try Self.revision(db, ref) }
    }

    public func currentRevision(of tender: TenderID) async throws -> StoredRevision? {
        try await read { db in
            guard let number = try Int.fetchOne(db, sql: "SELECT current_revision FROM tenders WHERE id = ?", arguments: [tender.rawValue]) else {
                return nil
            }
            return try Self.revision(db, RevisionRef(tender: tender, number: number))
        }
    }

    public func revisions(of tender: TenderID) async throws -> [StoredRevision] {
        try await read { db in
            try Int.fetchAll(db, sql: "SELECT number FROM revisions WHERE tender_id = ? ORDER BY number", arguments: [tender.rawValue])
                .compactMap { try Self.revision(db, RevisionRef(tender: tender, number: $0)) }
        }
    }

    public func updateSetup(_ ref: RevisionRef, _ setup: TenderSetup, expectedVersion: Int, context: ActionContext) async throws -> StoredRevision {
        try await write { db in
            let before = try Self.revision(db, ref, expectedVersion: expectedVersion)
            try db.execute(sql: "UPDATE revisions SET setup = ? WHERE tender_id = ? AND number = ?",
                           arguments: [try EventJSON.encode(setup), ref.tender.rawValue, ref.number])
            try Self.bump(db, ref, context.at)
            try Self.append(StoreEvents.event(.setupEdited, context, revision: ref, before: before.setup, after: setup), db)
            return try Self.revision(db, ref)!
        }
    }

    static func insertCommittee(_ db: Database, _ ref: RevisionRef, _ committee: Committee) throws {
        for (position, member) in committee.members.enumerated() {
            try db.execute(
                sql: "INSERT INTO committee_members (tender_id, revision, position, member_id, user_id, name, role, is_leader) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [ref.tender.rawValue, ref.number, position, member.memberID, member.user.rawValue, member.name, member.role.rawValue, member.isLeader]
            )
        }
    }

    public func setCommittee(_ ref: RevisionRef, _ committee: Committee, expectedVersion: Int, context: ActionContext) async throws -> StoredRevision {
        try await write { db in
            let before = try Self.revision(db, ref, expectedVersion: expectedVersion)
            for member in committee.members where try Self.user(db, id: member.user) == nil {
                throw StoreError.notFound(.user(member.user.rawValue))
            }
            try db.execute(sql: "DELETE FROM committee_members WHERE tender_id = ? AND revision = ?", arguments: [ref.tender.rawValue, ref.number])
            try Self.insertCommittee(db, ref, committee)
            try Self.bump(db, ref, context.at)
            try Self.append(StoreEvents.event(.committeeNamed, context, revision: ref, before: before.committee, after: committee), db)
            return try Self.revision(db, ref)!
        }
    }

    public func advance(_ ref: RevisionRef, to stage: TenderStage, files: [NewFile], expectedVersion: Int, context: ActionContext) async throws -> StoredRevision {
        try await write { db in
            let before = try Self.revision(db, ref, expectedVersion: expectedVersion)
            guard before.stage.next == stage else { throw StoreError.invalidTransition(from: before.stage, to: stage) }
            for file in files { try Self.putFile(db, ref, file, context) }
            try db.execute(sql: "UPDATE revisions SET stage = ? WHERE tender_id = ? AND number = ?",
                           arguments: [stage.rawValue, ref.tender.rawValue, ref.number])
            try Self.bump(db, ref, context.at)
            try Self.append(StoreEvents.event(.stageChanged, context, revision: ref, before: before.stage, after: stage), db)
            return try Self.revision(db, ref)!
        }
    }

    public func openRevision(of tender: TenderID, reason: String, expectedVersion: Int, context: ActionContext) async throws -> StoredRevision {
        try await write { db in
            guard let number = try Int.fetchOne(db, sql: "SELECT current_revision FROM tenders WHERE id = ?", arguments: [tender.rawValue]) else {
                throw StoreError.notFound(.tender(tender))
            }
            let old = RevisionRef(tender: tender, number: number)
            let closed = try Self.revision(db, old, expectedVersion: expectedVersion)
            guard closed.stage == .closed else { throw StoreError.invalidTransition(from: closed.stage, to: .review) }
            let new = RevisionRef(tender: tender, number: number + 1)
            let at = context.at.millisecondsSince1970
            let pair: StatementArguments = [new.number, tender.rawValue, number]
            try db.execute(
                sql: "INSERT INTO revisions (tender_id, number, stage, setup, version, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)",
                arguments: [tender.rawValue, new.number, TenderStage.review.rawValue, try EventJSON.encode(closed.setup), at, at]
            )
            try Self.insertCommittee(db, new, closed.committee)
            for statement in RevisionCopy.statements(placeholder: { _ in "?" }) {
                try db.execute(sql: statement, arguments: pair)
            }
            try db.execute(sql: "UPDATE tenders SET current_revision = ? WHERE id = ?", arguments: [new.number, tender.rawValue])
            try Self.append(StoreEvents.event(.revisionOpened, context, revision: new, before: ["revision": number], after: RevisionOpening(revision: new.number, reason: reason)), db)
            return try Self.revision(db, new)!
        }
    }

    // MARK: Files

    static func putFile(_ db: Database, _ ref: RevisionRef, _ file: NewFile, _ context: ActionContext) throws {
        let info = FileInfo(kind: file.kind, name: file.name, size: file.bytes.count, sha256: StoreEvents.sha256(file.bytes),
                            uploadedAt: context.at, uploadedBy: context.actor)
        let before = try Row.fetchOne(db, sql: "SELECT name, size, sha256 FROM files WHERE tender_id = ? AND revision = ? AND kind = ?",
                                      arguments: [ref.tender.rawValue, ref.number, file.kind.rawValue])
            .map { StoreEvents.FileSummary(name: $0["name"], size: $0["size"], sha256: $0["sha256"]) }
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO files (tender_id, revision, kind, name, bytes, size, sha256, uploaded_at, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [ref.tender.rawValue, ref.number, file.kind.rawValue, file.name, Data(file.bytes), info.size, info.sha256,
                        context.at.millisecondsSince1970, context.actor?.rawValue]
        )
        try append(StoreEvents.event(.fileUploaded, context, revision: ref, subject: file.kind.rawValue, before: before, after: StoreEvents.summary(info)), db)
    }

    public func putFile(_ ref: RevisionRef, _ file: NewFile, expectedVersion: Int, context: ActionContext) async throws -> StoredRevision {
        try await write { db in
            _ = try Self.revision(db, ref, expectedVersion: expectedVersion)
            try Self.putFile(db, ref, file, context)
            try Self.bump(db, ref, context.at)
            return try Self.revision(db, ref)!
        }
    }

    static func fileInfo(_ row: Row) throws -> FileInfo {
        FileInfo(kind: try StoredText.decode(FileKind.self, row["kind"], what: "file kind"), name: row["name"], size: row["size"], sha256: row["sha256"],
                        uploadedAt: Timestamp(millisecondsSince1970: row["uploaded_at"]), uploadedBy: (row["uploaded_by"] as String?).map(UserID.init(rawValue:)))
    }

    public func file(_ ref: RevisionRef, kind: FileKind) async throws -> StoredFile? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM files WHERE tender_id = ? AND revision = ? AND kind = ?",
                                             arguments: [ref.tender.rawValue, ref.number, kind.rawValue]) else { return nil }
            return StoredFile(info: try Self.fileInfo(row), bytes: Array(row["bytes"] as Data))
        }
    }

    public func files(_ ref: RevisionRef) async throws -> [FileInfo] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT kind, name, size, sha256, uploaded_at, uploaded_by FROM files WHERE tender_id = ? AND revision = ? ORDER BY kind",
                             arguments: [ref.tender.rawValue, ref.number]).map(Self.fileInfo)
        }
    }

    // MARK: Declarations

    public func declare(_ ref: RevisionRef, member: UserID, _ declaration: ConflictDeclaration, expectedStage: TenderStage, context: ActionContext) async throws {
        try await write { db in
            try Self.checkStage(db, ref, expectedStage)
            let exists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM declarations WHERE tender_id = ? AND revision = ? AND user_id = ?)",
                                           arguments: [ref.tender.rawValue, ref.number, member.rawValue]) ?? false
            if exists { throw StoreError.alreadyExists(.declaration(ref, member)) }
            try db.execute(sql: "INSERT INTO declarations (tender_id, revision, user_id, declaration, declared_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [ref.tender.rawValue, ref.number, member.rawValue, try EventJSON.encode(declaration), context.at.millisecondsSince1970])
            try Self.append(StoreEvents.event(.conflictsDeclared, context, revision: ref, subject: member.rawValue, after: declaration), db)
        }
    }

    public func declarations(_ ref: RevisionRef) async throws -> [UserID: ConflictDeclaration] {
        try await read { db in
            var result: [UserID: ConflictDeclaration] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT user_id, declaration FROM declarations WHERE tender_id = ? AND revision = ?",
                                        arguments: [ref.tender.rawValue, ref.number]) {
                result[UserID(row["user_id"] as String)] = try EventJSON.decode(ConflictDeclaration.self, from: row["declaration"])
            }
            return result
        }
    }

    // MARK: Score sheets

    static func sheet(_ db: Database, _ ref: RevisionRef, _ member: UserID) throws -> StoredSheet {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM sheets WHERE tender_id = ? AND revision = ? AND user_id = ?",
                                         arguments: [ref.tender.rawValue, ref.number, member.rawValue]) else {
            return StoredSheet(sheet: ScoreSheet(member: member), version: 0, updatedAt: nil)
        }
        var marks: [MarkKey: Points] = [:]
        for mark in try Row.fetchAll(db, sql: "SELECT vendor, criterion, points FROM marks WHERE tender_id = ? AND revision = ? AND user_id = ?",
                                     arguments: [ref.tender.rawValue, ref.number, member.rawValue]) {
            marks[MarkKey(vendor: mark["vendor"], criterion: mark["criterion"])] = try StoredText.points(mark["points"])
        }
        return StoredSheet(sheet: ScoreSheet(member: member, marks: marks, isSubmitted: row["submitted"]), version: row["version"],
                           updatedAt: Timestamp(millisecondsSince1970: row["updated_at"]))
    }

    public func scoreSheet(_ ref: RevisionRef, member: UserID) async throws -> StoredSheet {
        try await read { db in try Self.sheet(db, ref, member) }
    }

    public func scoreSheets(_ ref: RevisionRef) async throws -> [StoredSheet] {
        try await read { db in
            try String.fetchAll(db, sql: "SELECT user_id FROM sheets WHERE tender_id = ? AND revision = ? ORDER BY user_id",
                                arguments: [ref.tender.rawValue, ref.number]).map { try Self.sheet(db, ref, UserID($0)) }
        }
    }

    static func writeMarks(_ db: Database, _ ref: RevisionRef, _ sheet: ScoreSheet) throws {
        try db.execute(sql: "DELETE FROM marks WHERE tender_id = ? AND revision = ? AND user_id = ?",
                       arguments: [ref.tender.rawValue, ref.number, sheet.member.rawValue])
        let insert = try db.cachedStatement(sql: "INSERT INTO marks (tender_id, revision, user_id, vendor, criterion, points) VALUES (?, ?, ?, ?, ?, ?)")
        for (key, points) in sheet.sortedMarks {
            try insert.execute(arguments: [ref.tender.rawValue, ref.number, sheet.member.rawValue, key.vendor, key.criterion, points.description])
        }
    }

    public func saveSheet(_ ref: RevisionRef, _ sheet: ScoreSheet, expectedVersion: Int, expectedStage: TenderStage, context: ActionContext) async throws -> StoredSheet {
        try await write { db in
            try Self.checkStage(db, ref, expectedStage)
            let before = try Self.sheet(db, ref, sheet.member)
            if before.sheet.isSubmitted { throw StoreError.alreadyDone(.sheet(ref, sheet.member)) }
            if before.version != expectedVersion { throw StoreError.conflict(.sheet(ref, sheet.member), expected: expectedVersion, found: before.version) }
            if before.version == 0 {
                try db.execute(sql: "INSERT INTO sheets (tender_id, revision, user_id, submitted, version, updated_at) VALUES (?, ?, ?, ?, 1, ?)",
                               arguments: [ref.tender.rawValue, ref.number, sheet.member.rawValue, sheet.isSubmitted, context.at.millisecondsSince1970])
            } else {
                try db.execute(sql: "UPDATE sheets SET submitted = ?, version = version + 1, updated_at = ? WHERE tender_id = ? AND revision = ? AND user_id = ?",
                               arguments: [sheet.isSubmitted, context.at.millisecondsSince1970, ref.tender.rawValue, ref.number, sheet.member.rawValue])
            }
            try Self.writeMarks(db, ref, sheet)
            try Self.append(StoreEvents.event(sheet.isSubmitted ? .marksSubmitted : .marksSaved, context, revision: ref, subject: sheet.member.rawValue,
                                              before: before.sheet, after: sheet), db)
            return try Self.sheet(db, ref, sheet.member)
        }
    }

    public func correctMark(_ ref: RevisionRef, _ correction: MarkCorrection, expectedStage: TenderStage, context: ActionContext) async throws -> StoredSheet {
        try await write { db in
            try Self.checkStage(db, ref, expectedStage)
            let stored = try Self.sheet(db, ref, correction.member)
            guard stored.sheet.isSubmitted else { throw StoreError.notFound(.sheet(ref, correction.member)) }
            let current = stored.sheet.marks[correction.key]
            if current != correction.before { throw StoreError.markChanged(correction.key, stated: correction.before, stored: current) }
            try db.execute(
                sql: "UPDATE marks SET points = ? WHERE tender_id = ? AND revision = ? AND user_id = ? AND vendor = ? AND criterion = ?",
                arguments: [correction.after.description, ref.tender.rawValue, ref.number, correction.member.rawValue, correction.key.vendor, correction.key.criterion]
            )
            try db.execute(sql: "UPDATE sheets SET version = version + 1, updated_at = ? WHERE tender_id = ? AND revision = ? AND user_id = ?",
                           arguments: [context.at.millisecondsSince1970, ref.tender.rawValue, ref.number, correction.member.rawValue])
            let number = (try Int.fetchOne(db, sql: "SELECT MAX(number) FROM corrections WHERE tender_id = ? AND revision = ?",
                                           arguments: [ref.tender.rawValue, ref.number]) ?? 0) + 1
            try db.execute(sql: "INSERT INTO corrections (tender_id, revision, number, correction, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [ref.tender.rawValue, ref.number, number, try EventJSON.encode(correction), context.actor?.rawValue, context.at.millisecondsSince1970])
            try Self.append(StoreEvents.event(.markCorrected, context, revision: ref, subject: "\(correction.member)/\(correction.key)",
                                              before: correction.before, after: correction), db)
            return try Self.sheet(db, ref, correction.member)
        }
    }

    public func corrections(_ ref: RevisionRef) async throws -> [StoredCorrection] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM corrections WHERE tender_id = ? AND revision = ? ORDER BY number",
                             arguments: [ref.tender.rawValue, ref.number]).map { row in
                StoredCorrection(number: row["number"], correction: try EventJSON.decode(MarkCorrection.self, from: row["correction"]),
                                 recordedBy: (row["recorded_by"] as String?).map(UserID.init(rawValue:)),
                                 recordedAt: Timestamp(millisecondsSince1970: row["recorded_at"]))
            }
        }
    }

    // MARK: Decisions and signatures

    public func recordDecision(_ ref: RevisionRef, _ decision: CommitteeDecision, expectedStage: TenderStage, context: ActionContext) async throws -> StoredDecision {
        try await write { db in
            try Self.checkStage(db, ref, expectedStage)
            let number = (try Int.fetchOne(db, sql: "SELECT MAX(number) FROM decisions WHERE tender_id = ? AND revision = ?",
                                           arguments: [ref.tender.rawValue, ref.number]) ?? 0) + 1
            try db.execute(sql: "INSERT INTO decisions (tender_id, revision, number, decision) VALUES (?, ?, ?, ?)",
                           arguments: [ref.tender.rawValue, ref.number, number, try EventJSON.encode(decision)])
            try Self.append(StoreEvents.event(.decisionRecorded, context, revision: ref, subject: decision.kind.rawValue, after: decision), db)
            return StoredDecision(number: number, decision: decision)
        }
    }

    public func decisions(_ ref: RevisionRef) async throws -> [StoredDecision] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT number, decision FROM decisions WHERE tender_id = ? AND revision = ? ORDER BY number",
                             arguments: [ref.tender.rawValue, ref.number]).map { row in
                StoredDecision(number: row["number"], decision: try EventJSON.decode(CommitteeDecision.self, from: row["decision"]))
            }
        }
    }

    public func sign(_ ref: RevisionRef, _ signature: Signature, expectedStage: TenderStage, context: ActionContext) async throws {
        try await write { db in
            try Self.checkStage(db, ref, expectedStage)
            let exists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM signatures WHERE tender_id = ? AND revision = ? AND user_id = ?)",
                                           arguments: [ref.tender.rawValue, ref.number, signature.member.rawValue]) ?? false
            if exists { throw StoreError.alreadyExists(.signature(ref, signature.member)) }
            try db.execute(sql: "INSERT INTO signatures (tender_id, revision, user_id, signature) VALUES (?, ?, ?, ?)",
                           arguments: [ref.tender.rawValue, ref.number, signature.member.rawValue, try EventJSON.encode(signature)])
            try Self.append(StoreEvents.event(.signed, context, revision: ref, subject: signature.member.rawValue, after: signature), db)
        }
    }

    public func signatures(_ ref: RevisionRef) async throws -> [Signature] {
        try await read { db in
            try String.fetchAll(db, sql: "SELECT signature FROM signatures WHERE tender_id = ? AND revision = ? ORDER BY user_id",
                                arguments: [ref.tender.rawValue, ref.number]).map { try EventJSON.decode(Signature.self, from: $0) }
        }
    }

    // MARK: The event log

    @discardableResult
    public func appendEvent(_ event: LogEvent) async throws -> LogRow {
        try await write { db in try Self.append(event, db) }
    }

    public func logRows(after sequence: Int64, limit: Int) async throws -> [LogRow] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM event_log WHERE sequence > ? ORDER BY sequence LIMIT ?", arguments: [sequence, limit]).map(Self.logRow)
        }
    }

    public func logRows(tender: TenderID) async throws -> [LogRow] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM event_log WHERE tender_id = ? ORDER BY sequence", arguments: [tender.rawValue]).map(Self.logRow)
        }
    }

    public func lastLogRow() async throws -> LogRow? {
        try await read { db in try Row.fetchOne(db, sql: "SELECT * FROM event_log ORDER BY sequence DESC LIMIT 1").map(Self.logRow) }
    }
}
