import VendorScoreWorkspace

/// A tender's current revision with the state ``Policy`` decides on, as the tender list and a
/// tender's overview need them.
///
/// ```swift
/// for listed in try await store.tenderListing(.member(expert.id)) where listed.state.stage == .scoring {
///     print(listed.revision.title)
/// }
/// ```
public struct ListedTender: Hashable, Sendable {
    public var revision: StoredRevision
    public var state: TenderState

    public init(revision: StoredRevision, state: TenderState) {
        self.revision = revision
        self.state = state
    }
}

/// Which tenders ``WorkspaceStore/tenderListing(_:window:)`` reads.
public enum TenderScope: Hashable, Sendable {
    /// Every tender.
    case all
    /// The tenders whose current revision is closed (what a supervisor may open).
    case closed
    /// The tenders where the user holds a seat on the current revision's committee.
    case member(UserID)
    /// One tender (none when it does not exist).
    case tender(TenderID)
}

/// One page of a listing: skip `offset` tenders, then read at most `limit`.
///
/// ```swift
/// let second = try await store.tenderListing(.all, window: ListingWindow(page: 2, size: 50))   // tenders 51–100
/// ```
public struct ListingWindow: Hashable, Sendable {
    public var offset: Int
    public var limit: Int

    public init(offset: Int, limit: Int) {
        self.offset = max(0, offset)
        self.limit = max(0, limit)
    }

    /// The 1-based `page` of `size` tenders.
    public init(page: Int, size: Int) {
        self.init(offset: (max(1, page) - 1) * size, limit: size)
    }
}

/// The listing's SQL, the same for both databases: one statement per kind of row, each covering
/// every listed tender at once, so a list of a thousand tenders costs what a list of one does,
/// and a window reads only its own tenders' rows. Tenders come most recently changed first, then
/// by id. Each statement binds at most one value (the scope's user or tender), written by
/// `placeholder`; the window's numbers are integers written into the text.
struct TenderListingSQL {
    let scope: TenderScope
    let placeholder: String
    var window: ListingWindow? = nil

    /// The value the statements bind, if the scope has one.
    var argument: String? {
        switch scope {
        case .all, .closed: return nil
        case .member(let user): return user.rawValue
        case .tender(let tender): return tender.rawValue
        }
    }

    /// The scope's tenders joined to their current revisions as `t` and `c`, filtered.
    private var scoped: String {
        let filter: String
        switch scope {
        case .all: filter = ""
        case .closed: filter = " WHERE c.stage = '\(TenderStage.closed.rawValue)'"
        case .member:
            filter = " WHERE EXISTS (SELECT 1 FROM committee_members m WHERE m.tender_id = t.id AND m.revision = t.current_revision"
                + " AND m.user_id = \(placeholder))"
        case .tender: filter = " WHERE t.id = \(placeholder)"
        }
        return "FROM tenders t JOIN revisions c ON c.tender_id = t.id AND c.number = t.current_revision\(filter)"
    }

    /// The listed tenders' current revisions as `l (id, current_revision, title, updated_at)`.
    private var listed: String {
        let page = window.map { " LIMIT \($0.limit) OFFSET \($0.offset)" } ?? ""
        return "WITH l AS (SELECT t.id, t.current_revision, t.title, c.updated_at \(scoped) ORDER BY c.updated_at DESC, t.id\(page)) "
    }

    /// How many tenders the scope holds, windows aside, as `n`.
    var count: String { "SELECT COUNT(*) AS n \(scoped)" }

    /// Rows of `table` that belong to a listed revision.
    private func rows(_ columns: String, from table: String, _ condition: String = "", order: String) -> String {
        listed + "SELECT x.tender_id, \(columns) FROM \(table) x JOIN l ON x.tender_id = l.id AND x.revision = l.current_revision"
            + condition + " ORDER BY x.tender_id, \(order)"
    }

    var revisions: String {
        listed + "SELECT r.tender_id, r.number, l.title, r.stage, r.setup, r.version, r.created_at, r.updated_at "
            + "FROM revisions r JOIN l ON r.tender_id = l.id AND r.number = l.current_revision ORDER BY l.updated_at DESC, r.tender_id"
    }

    var members: String { rows("x.member_id, x.user_id, x.name, x.role, x.is_leader", from: "committee_members", order: "x.position") }
    var declarations: String { rows("x.user_id, x.declaration", from: "declarations", order: "x.user_id") }
    var submitted: String { rows("x.user_id", from: "sheets", " WHERE x.submitted", order: "x.user_id") }
    var signed: String { rows("x.user_id", from: "signatures", order: "x.user_id") }
    var inputs: String { rows("x.kind", from: "files", " WHERE x.kind IN ('rubric', 'bids')", order: "x.kind") }
}

/// The listing's rows as read from either database, put together into ``ListedTender``s.
struct TenderListingRows {
    struct Revision {
        var tender: String
        var number: Int
        var title: String
        var stage: String
        var setup: String
        var version: Int
        var createdAt: Int64
        var updatedAt: Int64
    }

    var revisions: [Revision] = []
    var members: [String: [CommitteeMember]] = [:]
    var declarations: [String: [UserID: ConflictDeclaration]] = [:]
    var submitted: [String: Set<UserID>] = [:]
    var signed: [String: Set<UserID>] = [:]
    var inputs: [String: Set<FileKind>] = [:]

    mutating func addMember(tender: String, memberID: String, user: String, name: String, role: String, isLeader: Bool) throws {
        members[tender, default: []].append(CommitteeMember(
            memberID: memberID, user: UserID(user), name: name,
            role: try StoredText.decode(CommitteeRole.self, role, what: "committee role"), isLeader: isLeader))
    }

    mutating func addDeclaration(tender: String, user: String, json: String) throws {
        declarations[tender, default: [:]][UserID(user)] = try EventJSON.decode(ConflictDeclaration.self, from: json)
    }

    mutating func addInput(tender: String, kind: String) throws {
        inputs[tender, default: []].insert(try StoredText.decode(FileKind.self, kind, what: "file kind"))
    }

    /// The tenders in the order their revisions were read (most recently changed first).
    func listed() throws -> [ListedTender] {
        try revisions.map { row in
            let tender = TenderID(row.tender)
            let committee = Committee(members: members[row.tender] ?? [])
            let stage = try StoredText.decode(TenderStage.self, row.stage, what: "stage")
            let revision = StoredRevision(
                ref: RevisionRef(tender: tender, number: row.number), title: row.title, stage: stage,
                setup: try EventJSON.decode(TenderSetup.self, from: row.setup), committee: committee, isCurrent: true,
                version: row.version, createdAt: Timestamp(millisecondsSince1970: row.createdAt),
                updatedAt: Timestamp(millisecondsSince1970: row.updatedAt))
            let files = inputs[row.tender] ?? []
            let state = TenderState(
                stage: stage, isCurrentRevision: true, committee: committee, declarations: declarations[row.tender] ?? [:],
                submitted: submitted[row.tender] ?? [], signed: signed[row.tender] ?? [],
                hasInputs: files.contains(.rubric) && files.contains(.bids))
            return ListedTender(revision: revision, state: state)
        }
    }
}
