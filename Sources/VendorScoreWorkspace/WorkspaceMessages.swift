/// Every message the workspace domain shows a user, in one place, so wording stays consistent
/// and is easy to review or translate.
enum WorkspaceMessages {
    static func error(_ error: WorkspaceError) -> String {
        switch error {
        case .committee(let problems): return "the committee cannot sit: " + problems.map(\.description).joined(separator: "; ")
        case .declaration(let problem): return "declaration refused: \(problem)"
        case .mark(let problem): return "mark refused: \(problem)"
        case .correction(let problem): return "correction refused: \(problem)"
        case .decision(let problem): return "decision refused: \(problem)"
        case .dissentWithoutReasons: return "a dissent must give its reasons"
        case .denied(let reason): return "not allowed: \(reason)"
        }
    }

    // MARK: Committee

    static func committeeProblem(_ problem: CommitteeProblem) -> String {
        switch problem {
        case .noMembers: return "it has no members"
        case .noLeader: return "no member is designated leader"
        case .severalLeaders(let ids): return "only one member may lead; leaders named: \(ids.joined(separator: ", "))"
        case .representativeAsLeader(let id): return "member '\(id)' is the purchaser's representative and may not lead the committee (第45条)"
        case .duplicateMemberID(let id): return "member id '\(id)' is used twice"
        case .duplicateUser(let user): return "user '\(user)' holds two seats"
        case .badMemberID(let id): return "'\(id)' is not a valid member id; use letters, digits, '-', '_' or '.' without spaces"
        }
    }

    static func declarationProblem(_ problem: DeclarationProblem) -> String {
        switch problem {
        case .noVendorNamed: return "stepping aside must name the bidder concerned"
        case .unknownVendor(let vendor): return "'\(vendor)' is not a bidder in this tender"
        case .missingReason: return "stepping aside must give the reason"
        }
    }

    // MARK: Marks

    static func markProblem(_ problem: MarkProblem) -> String {
        switch problem {
        case .unknownVendor(let key): return "'\(key.vendor)' is not a bid on this score sheet"
        case .unknownCriterion(let key): return "'\(key.criterion)' is not a subjective criterion of this rubric"
        case .outOfRange(let key, let points, let maximum):
            return "\(key): \(points) is outside the criterion's range 0–\(maximum)"
        case .incomplete(let missing):
            let shown = missing.prefix(5).map(\.description).joined(separator: ", ")
            return "\(missing.count) mark(s) missing before the sheet can be submitted: \(shown)\(missing.count > 5 ? ", …" : "")"
        case .alreadySubmitted: return "the score sheet is already submitted; a mark now changes only through a correction (第64条)"
        case .notSubmitted: return "the score sheet is not submitted"
        }
    }

    static func correctionProblem(_ problem: CorrectionProblem) -> String {
        switch problem {
        case .sheetNotSubmitted: return "only a submitted mark is corrected; the member can still change a draft"
        case .noSuchMark(let key): return "the member gave no mark for \(key)"
        case .beforeDiffers(let key, let stated, let recorded):
            return "\(key): the mark before is \(recorded) on the sheet, not \(stated)"
        case .unchanged(let key): return "\(key): the corrected mark equals the mark before"
        case .missingReason: return "a correction must give its reason"
        }
    }

    static func decisionProblem(_ problem: DecisionProblem) -> String {
        switch problem {
        case .unknownVendor(let vendor): return "'\(vendor)' is not a bidder in this tender"
        case .missingReason: return "a decision must give its reason"
        case .candidatesBelowOne(let count): return "at least one candidate is recommended, not \(count)"
        case .emptyClarification: return "a clarification needs its text"
        }
    }

    // MARK: Policy

    static func denial(_ reason: DenialReason) -> String {
        switch reason {
        case .accountDisabled: return "this account is disabled"
        case .administratorHasNoTenderAccess: return "administrators manage accounts and have no access to tenders or scores"
        case .notOnCommittee: return "you do not sit on this tender's committee"
        case .roleNotPermitted(let action): return "your role may not \(action) on this tender"
        case .workspaceRoleRequired(let role): return "this needs the \(role.rawValue) role"
        case .steppedAside: return "you stepped aside from this tender and see nothing more of it"
        case .wrongStage(let stage, let allowed):
            return "the tender is at stage \(stage.rawValue); this is allowed only at \(allowed.map(\.rawValue).joined(separator: ", "))"
        case .notCurrentRevision: return "this revision was superseded by a newer one and is read-only"
        case .inputsMissing: return "upload the rubric and the bids first"
        case .committeeNotReady(let problems):
            return "name the committee first: " + problems.map(\.description).joined(separator: "; ")
        case .waitingForDeclarations: return "not every member has declared conflicts of interest yet"
        case .waitingForSubmissions: return "not every member has submitted a score sheet yet"
        case .waitingForSignatures: return "not every member has confirmed or dissented yet"
        case .notDeclared: return "declare conflicts of interest first"
        case .alreadyDeclared: return "you have already declared; a declaration is made once"
        case .ownSheetNotSubmitted: return "other members' marks are shown only after submitting your own sheet"
        case .alreadySubmitted: return "your score sheet is already submitted"
        case .alreadySigned: return "you have already signed"
        }
    }

    // MARK: Log

    static func logIntact(rows: Int64, lastHash: String) -> String {
        "log intact: \(rows) row(s), last hash \(lastHash)"
    }

    static func logSeal(_ seal: LogSeal) -> String {
        "log head at closing: row \(seal.sequence), hash \(seal.hash)"
    }

    static func logSealCheck(_ check: LogSealCheck) -> String {
        switch check {
        case .matches(let seal):
            return "record matches the log: row \(seal.sequence) has the sealed hash \(seal.hash)"
        case .rowMissing(let seal, let lastRow):
            return "record does not match the log: it seals row \(seal.sequence), but the log ends at row \(lastRow); rows were cut off its end"
        case .hashDiffers(let seal, let found):
            return "record does not match the log: row \(seal.sequence) has hash \(found), not the sealed \(seal.hash); the log was rewritten, or this is another workspace's log"
        }
    }

    static func logBreak(_ broken: LogBreak) -> String {
        switch broken.problem {
        case .sequenceGap(let expected):
            return "log broken at row \(broken.sequence): expected row \(expected) here; rows are missing or renumbered"
        case .previousHashMismatch(let expected, let found):
            return "log broken at row \(broken.sequence): it links to \(found), but the row before has hash \(expected); the row before was deleted, replaced or edited"
        case .hashMismatch(let computed, let stored):
            return "log broken at row \(broken.sequence): its content gives hash \(computed), not the stored \(stored); the row was edited"
        }
    }
}
