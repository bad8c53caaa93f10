import VendorScoreWorkspace

/// What the log says about a re-evaluation: the revision it opened and why (第64条 after signing).
/// Stored as the `after` value of the ``EventKind/revisionOpened`` event.
public struct RevisionOpening: Codable, Hashable, Sendable {
    public var revision: Int
    public var reason: String

    public init(revision: Int, reason: String) {
        self.revision = revision
        self.reason = reason
    }
}

/// One revision of a tender as its history shows it: the revision, and for every one after the
/// first who opened it, when and why.
///
/// ```swift
/// for entry in try await store.revisionHistory(of: TenderID("GC-1")) {
///     print(entry.revision.ref.number, entry.revision.stage, entry.opening?.reason ?? "—")
/// }
/// ```
public struct RevisionHistoryEntry: Hashable, Sendable {
    public var revision: StoredRevision
    /// `nil` for revision 1, which the tender's creation opened.
    public var opening: RevisionOpening?
    public var openedBy: UserID?
    public var openedAt: Timestamp?
}

extension WorkspaceStore {
    /// Every revision of the tender, oldest first, each with the re-evaluation that opened it as
    /// the log records it.
    public func revisionHistory(of tender: TenderID) async throws -> [RevisionHistoryEntry] {
        var openings: [Int: (RevisionOpening, LogEvent)] = [:]
        for row in try await logRows(tender: tender) where row.event.kind == .revisionOpened {
            guard let after = row.event.after, let opening = try? EventJSON.decode(RevisionOpening.self, from: after) else { continue }
            openings[opening.revision] = (opening, row.event)
        }
        return try await revisions(of: tender).map { revision in
            let opened = openings[revision.ref.number]
            return RevisionHistoryEntry(revision: revision, opening: opened?.0, openedBy: opened?.1.actor, openedAt: opened?.1.at)
        }
    }
}
