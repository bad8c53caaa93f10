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

/// Which tenders ``WorkspaceStore/tenderListing(_:)`` reads.
public enum TenderScope: Hashable, Sendable {
    /// Every tender.
    case all
    /// The tenders where the user holds a seat on the current revision's committee.
    case member(UserID)
    /// One tender (none when it does not exist).
    case tender(TenderID)
}

/// The listing's SQL, the same for both databases: one statement per kind of row, each covering
/// every listed tender at once, so a list of a thousand tenders costs what a list of one does.
/// Each statement binds at most one value (the scope's user or tender), written by `placeholder`.
struct TenderListingSQL {
    let scope: TenderScope
    let placeholder: String

    /// The value the statements bind, if the scope has one.
    var argument: String? {
        switch scope {
        case .all: return nil
        case .member(let user): return user.rawValue
        case .tender(let tender): return tender.rawValue
        }
    }

    /// The listed tenders' current revisions as `l (id, current_revision, title)`.
    private var listed: String {
        let filter: String
        switch scope {
        case .all: filter = ""
        case .member:
            filter = " WHERE EXISTS (SELECT 1 FROM committee_members c WHERE c.tender_id = t.id AND c.revision = t.current_revision"
                + " AND c.user_id = \(placeholder))"
        case .tender: filter = " WHERE t.id = \(placeholder)"
        }
        return "WITH l AS (SELECT t.id, t.current_revision, t.title FROM tenders t\(filter)) "
    }

    /// Rows of `table` that belong to a listed revision.
    private func rows(_ columns: String, from table: String, _ condition: String = "", order: String) -> String {
        listed + "SELECT x.tender_id, \(columns) FROM \(table) x JOIN l ON x.tender_id = l.id AND x.revision = l.current_revision"
            + condition + " ORDER BY x.tender_id, \(order)"
    }

    var revisions: String {
        listed + "SELECT r.tender_id, r.number, l.title, r.stage, r.setup, r.version, r.created_at, r.updated_at "
            + "FROM revisions r JOIN l ON r.tender_id = l.id AND r.number = l.current_revision ORDER BY r.tender_id"
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

    /// The tenders in the order their revisions were read (by tender id).
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
