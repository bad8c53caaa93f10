import VendorScoreWorkspace

/// Why the store refused a change or a read. Descriptions are user-facing (``StoreMessages``).
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Someone else changed the thing since the caller read it.
    case conflict(Subject, expected: Int, found: Int)
    /// The revision is no longer at the stage the caller authorized against.
    case stageChanged(expected: TenderStage, found: TenderStage)
    /// A stage may only move to the one after it.
    case invalidTransition(from: TenderStage, to: TenderStage)
    case notFound(Subject)
    case alreadyExists(Subject)
    /// A once-only step was already taken (a submitted sheet, a closed revision).
    case alreadyDone(Subject)
    /// A correction's mark before is no longer the stored mark.
    case markChanged(MarkKey, stated: Points, stored: Points?)
    /// The database refused or failed; the text is the driver's, without statement values.
    case database(String)
    /// A stored value this version cannot read (what, the text found).
    case unreadable(String, String)
    /// A database URL the store cannot use.
    case badURL(String)
    /// No workspace database (or an incomplete one) where one was expected.
    case noDatabase(String)
    /// The database's schema is newer than this VendorScore knows.
    case schemaTooNew(found: Int, known: Int)

    /// What an error is about.
    public enum Subject: Hashable, Sendable, CustomStringConvertible {
        case user(String)
        case session
        case tender(TenderID)
        case revision(RevisionRef)
        case file(RevisionRef, FileKind)
        case declaration(RevisionRef, UserID)
        case sheet(RevisionRef, UserID)
        case signature(RevisionRef, UserID)

        public var description: String { StoreMessages.subject(self) }
    }

    public var description: String { StoreMessages.error(self) }
}
