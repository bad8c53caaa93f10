import VendorScoreWorkspace

/// Where the workspace keeps everything: users, sessions, tenders and their revisions, files,
/// committees, declarations, marks, decisions, signatures and the event log.
///
/// Two implementations behave identically and pass the same test suite: ``SQLiteWorkspaceStore``
/// (one file, the default) and ``PostgresWorkspaceStore`` (many users or several server processes).
///
/// Rules every implementation keeps:
/// - Each method that changes something runs in one transaction and appends its event to the log
///   in that same transaction, so a change is never stored without its event or the reverse.
/// - Concurrent changes to the same thing are refused with ``StoreError/conflict(_:expected:found:)``
///   (an optimistic version) or ``StoreError/stageChanged(expected:found:)``, never overwritten.
/// - The log is append-only: the protocol has no way to change or remove a row, and both
///   databases refuse UPDATE and DELETE on it with a trigger.
/// - Who may do what is the caller's business (``Policy``); the store checks integrity only.
///
/// ```swift
/// let store = try SQLiteWorkspaceStore(directory: dataFolder)
/// let context = ActionContext(actor: officer.id, at: clock.now())
/// let revision = try await store.createTender(TenderID("2026-GC-014"), title: "政务云服务采购", context: context)
/// try await store.setCommittee(revision.ref, committee, expectedVersion: revision.version, context: context)
/// ```
public protocol WorkspaceStore: Sendable {
    // MARK: Users

    /// Creates an account; ``StoreError/alreadyExists(_:)`` when the id or username is taken.
    func createUser(_ user: User, passwordHash: String, context: ActionContext) async throws -> StoredUser
    func user(id: UserID) async throws -> StoredUser?
    func user(username: String) async throws -> StoredUser?
    /// Every account, by username.
    func users() async throws -> [StoredUser]
    /// Changes display name, roles and the disabled flag (not the id or username).
    func updateUser(_ user: User, expectedVersion: Int, context: ActionContext) async throws -> StoredUser
    /// Replaces the password hash. The event records that it changed, never the hash.
    func setPasswordHash(_ passwordHash: String, for user: UserID, expectedVersion: Int, context: ActionContext) async throws -> StoredUser

    // MARK: Sessions (only a hash of the session token is stored)

    /// Stores a session and logs the sign-in.
    func createSession(_ session: StoredSession, context: ActionContext) async throws
    func session(tokenHash: String) async throws -> StoredSession?
    /// Removes a session and logs the sign-out; nothing happens for an unknown hash.
    func deleteSession(tokenHash: String, context: ActionContext) async throws
    /// Removes sessions that expired before the moment; returns how many. Not logged.
    func deleteExpiredSessions(before moment: Timestamp) async throws -> Int

    // MARK: Tenders and revisions

    /// Creates a tender with revision 1 at ``TenderStage/draft``.
    func createTender(_ id: TenderID, title: String, context: ActionContext) async throws -> StoredRevision
    /// Every tender's current revision, most recently changed first.
    func tenders() async throws -> [StoredRevision]
    /// The current revisions of the tenders where the user holds a committee seat.
    func tenders(member: UserID) async throws -> [StoredRevision]
    /// The current revisions in the scope, most recently changed first (then by tender id), each
    /// with its ``TenderState``: read in one snapshot with a fixed number of statements, however
    /// many tenders there are. A window reads one page of them; `nil` reads them all.
    func tenderListing(_ scope: TenderScope, window: ListingWindow?) async throws -> [ListedTender]
    /// How many tenders ``tenderListing(_:window:)`` lists in the scope without a window.
    func tenderCount(_ scope: TenderScope) async throws -> Int
    func revision(_ ref: RevisionRef) async throws -> StoredRevision?
    func currentRevision(of tender: TenderID) async throws -> StoredRevision?
    /// Every revision of a tender, oldest first.
    func revisions(of tender: TenderID) async throws -> [StoredRevision]
    func updateSetup(_ ref: RevisionRef, _ setup: TenderSetup, expectedVersion: Int, context: ActionContext) async throws -> StoredRevision
    func setCommittee(_ ref: RevisionRef, _ committee: Committee, expectedVersion: Int, context: ActionContext) async throws -> StoredRevision
    /// Moves the revision one stage forward (``StoreError/invalidTransition(from:to:)`` otherwise),
    /// storing `files` (the closing artefacts, say) in the same transaction.
    func advance(_ ref: RevisionRef, to stage: TenderStage, files: [NewFile], expectedVersion: Int, context: ActionContext) async throws -> StoredRevision
    /// Opens the next revision of a closed tender for a re-evaluation. It starts at
    /// ``TenderStage/review`` with the closed revision's files, setup, committee, declarations,
    /// submitted marks and decisions; the closed revision stays as it was. The reason (why the
    /// committee re-evaluates, 第64条) goes into the log with the new revision's number.
    func openRevision(of tender: TenderID, reason: String, expectedVersion: Int, context: ActionContext) async throws -> StoredRevision

    // MARK: Files

    /// Stores or replaces a file of a revision, bumping the revision's version.
    func putFile(_ ref: RevisionRef, _ file: NewFile, expectedVersion: Int, context: ActionContext) async throws -> StoredRevision
    func file(_ ref: RevisionRef, kind: FileKind) async throws -> StoredFile?
    /// The revision's files without their bytes.
    func files(_ ref: RevisionRef) async throws -> [FileInfo]

    // MARK: The committee's work (each checks the stage the caller authorized against)

    /// Records a member's declaration, once (``StoreError/alreadyExists(_:)`` on a second).
    func declare(_ ref: RevisionRef, member: UserID, _ declaration: ConflictDeclaration, expectedStage: TenderStage, context: ActionContext) async throws
    func declarations(_ ref: RevisionRef) async throws -> [UserID: ConflictDeclaration]

    /// The member's sheet, or an empty draft at version 0 when none is stored.
    func scoreSheet(_ ref: RevisionRef, member: UserID) async throws -> StoredSheet
    /// Every stored sheet, by member.
    func scoreSheets(_ ref: RevisionRef) async throws -> [StoredSheet]
    /// Replaces the member's sheet (its marks and whether it is submitted). A submitted sheet is
    /// never replaced: ``StoreError/alreadyDone(_:)``.
    func saveSheet(_ ref: RevisionRef, _ sheet: ScoreSheet, expectedVersion: Int, expectedStage: TenderStage, context: ActionContext) async throws -> StoredSheet
    /// Applies a 第64条 correction to a submitted mark and keeps the correction on record. The
    /// stored mark must still be the correction's `before`: ``StoreError/conflict(_:expected:found:)``.
    func correctMark(_ ref: RevisionRef, _ correction: MarkCorrection, expectedStage: TenderStage, context: ActionContext) async throws -> StoredSheet
    func corrections(_ ref: RevisionRef) async throws -> [StoredCorrection]

    func recordDecision(_ ref: RevisionRef, _ decision: CommitteeDecision, expectedStage: TenderStage, context: ActionContext) async throws -> StoredDecision
    func decisions(_ ref: RevisionRef) async throws -> [StoredDecision]

    /// Records a member's confirmation or dissent, once.
    func sign(_ ref: RevisionRef, _ signature: Signature, expectedStage: TenderStage, context: ActionContext) async throws
    func signatures(_ ref: RevisionRef) async throws -> [Signature]

    // MARK: The event log (append-only)

    /// Appends an event that goes with no stored change (a download, a refused sign-in).
    @discardableResult
    func appendEvent(_ event: LogEvent) async throws -> LogRow
    /// Rows after the given sequence number, in order, at most `limit`.
    func logRows(after sequence: Int64, limit: Int) async throws -> [LogRow]
    /// Every row about one tender, in order.
    func logRows(tender: TenderID) async throws -> [LogRow]
    func lastLogRow() async throws -> LogRow?
}

extension WorkspaceStore {
    /// Every tender in the scope, most recently changed first.
    public func tenderListing(_ scope: TenderScope) async throws -> [ListedTender] {
        try await tenderListing(scope, window: nil)
    }

    /// What ``Policy`` needs about a revision, read from the store.
    public func tenderState(_ ref: RevisionRef) async throws -> TenderState {
        guard let revision = try await revision(ref) else { throw StoreError.notFound(.revision(ref)) }
        let sheets = try await scoreSheets(ref)
        let inputs = Set(try await files(ref).map(\.kind))
        return TenderState(
            stage: revision.stage, isCurrentRevision: revision.isCurrent, committee: revision.committee,
            declarations: try await declarations(ref),
            submitted: Set(sheets.filter(\.sheet.isSubmitted).map(\.sheet.member)),
            signed: Set(try await signatures(ref).map(\.member)),
            hasInputs: inputs.contains(.rubric) && inputs.contains(.bids)
        )
    }

    /// Checks the whole chain, a page at a time, in constant memory.
    public func verifyLog(pageSize: Int = 1_000) async throws -> LogVerification {
        var verifier = LogVerifier()
        var after: Int64 = 0
        while true {
            let page = try await logRows(after: after, limit: pageSize)
            for row in page {
                if let broken = verifier.check(row) { return .broken(broken) }
            }
            guard let last = page.last, page.count == pageSize else { return verifier.intact }
            after = last.sequence
        }
    }
}
