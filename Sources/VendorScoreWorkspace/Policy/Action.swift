/// Something an actor asks to do on one tender revision. The policy decides each one.
public enum TenderAction: Hashable, Sendable, CustomStringConvertible {
    /// The overview: stage, committee, next step.
    case readOverview
    /// Who has declared, submitted and signed (never the marks).
    case readProgress
    /// Upload or replace the rubric and the bids.
    case uploadInputs
    /// Edit the project, the opening record or the committee.
    case editSetup
    /// Move the revision to the given stage (only from the stage before it).
    case advance(to: TenderStage)
    /// Declare conflicts of interest, once.
    case declareConflicts
    /// Read the bids' facts.
    case readBidFacts
    /// Save draft marks on one's own sheet.
    case saveDraftMarks
    /// Submit one's own sheet, once.
    case submitMarks
    /// Read one's own sheet.
    case readOwnMarks
    /// Read every member's marks.
    case readAllMarks
    /// Record a committee decision of the given kind.
    case recordDecision(DecisionKind)
    /// Correct a submitted mark under 第64条.
    case correctMark
    /// Confirm or dissent at signing, once.
    case sign
    /// The closed revision's result, report, record and log.
    case readClosedResults
    /// Open a new revision for a re-evaluation of a closed one.
    case openRevision

    /// Every action, with every stage and decision kind spelled out: what exhaustive tests walk.
    public static let all: [TenderAction] =
        [.readOverview, .readProgress, .uploadInputs, .editSetup]
        + TenderStage.allCases.map { .advance(to: $0) }
        + [.declareConflicts, .readBidFacts, .saveDraftMarks, .submitMarks, .readOwnMarks, .readAllMarks]
        + DecisionKind.allCases.map { .recordDecision($0) }
        + [.correctMark, .sign, .readClosedResults, .openRevision]

    public var description: String {
        switch self {
        case .readOverview: return "read-overview"
        case .readProgress: return "read-progress"
        case .uploadInputs: return "upload-inputs"
        case .editSetup: return "edit-setup"
        case .advance(let stage): return "advance-to-\(stage.rawValue)"
        case .declareConflicts: return "declare-conflicts"
        case .readBidFacts: return "read-bid-facts"
        case .saveDraftMarks: return "save-draft-marks"
        case .submitMarks: return "submit-marks"
        case .readOwnMarks: return "read-own-marks"
        case .readAllMarks: return "read-all-marks"
        case .recordDecision(let kind): return "record-\(kind.rawValue)"
        case .correctMark: return "correct-mark"
        case .sign: return "sign"
        case .readClosedResults: return "read-closed-results"
        case .openRevision: return "open-revision"
        }
    }
}

/// Something an actor asks to do outside any one tender.
public enum WorkspaceAction: Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Create, disable and reset user accounts.
    case administerUsers
    /// Create a new tender.
    case createTender
    /// List tenders (each then filtered by ``TenderAction/readOverview``).
    case listTenders

    public var description: String {
        switch self {
        case .administerUsers: return "administer-users"
        case .createTender: return "create-tender"
        case .listTenders: return "list-tenders"
        }
    }
}
