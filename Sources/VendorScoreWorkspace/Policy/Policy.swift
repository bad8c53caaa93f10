import VendorScoreCore
/// The answer to "may this actor do this?".
public enum Decision: Hashable, Sendable {
    case allowed
    case denied(DenialReason)

    public var isAllowed: Bool { self == .allowed }
}

/// Why a request is refused, in words the actor can act on.
public enum DenialReason: Hashable, Sendable, CustomStringConvertible {
    case accountDisabled
    case administratorHasNoTenderAccess
    case notOnCommittee
    case roleNotPermitted(TenderAction)
    case workspaceRoleRequired(GlobalRole)
    case steppedAside
    case wrongStage(TenderStage, allowed: [TenderStage])
    case notCurrentRevision
    case inputsMissing
    case committeeNotReady([CommitteeProblem])
    case waitingForDeclarations
    case waitingForSubmissions
    case waitingForSignatures
    case notDeclared
    case alreadyDeclared
    case ownSheetNotSubmitted
    case alreadySubmitted
    case alreadySigned

    public var description: String { text(in: .en) }
    /// The message in Chinese or English.
    public func text(in language: Language) -> String { WorkspaceMessages.denial(self, language) }
}

/// Who a permission is for.
enum Party: Hashable, Sendable {
    /// A user with the officer role.
    case officer
    /// A committee member who has not stepped aside (declared or not yet).
    case member
    /// The sitting member designated leader.
    case leader
    /// A user with the supervisor role.
    case supervisor
}

/// A state of the tender or of the actor's own progress that a permission needs.
enum Condition: Hashable, Sendable, CaseIterable {
    case currentRevision, hasInputs, committeeReady, allDeclared, allSubmitted, allSigned
    case ownDeclaredNoConflict, ownNotDeclared, ownSubmitted, ownNotSubmitted, ownNotSigned
}

/// One row of the policy table: a party may do the action at these stages when every condition holds.
struct Permission: Hashable, Sendable {
    var party: Party
    var stages: Set<TenderStage>
    var conditions: [Condition] = []
}

/// The workspace's access policy, in one place: a pure function of who asks, what, and the
/// tender's state. The server calls it for every page and API request; nothing else decides.
///
/// ```swift
/// let decision = Policy.authorize(expert, .readAllMarks, state)
/// if case .denied(let reason) = decision { print(reason) }   // "… after submitting your own sheet"
/// ```
public enum Policy {
    /// Decides a request on one tender revision.
    public static func authorize(_ actor: User, _ action: TenderAction, _ tender: TenderState) -> Decision {
        if actor.disabled { return .denied(.accountDisabled) }
        // A member who stepped aside sees nothing more of the tender, whatever other role they hold.
        if tender.committee.member(for: actor.id) != nil, tender.hasSteppedAside(actor.id) { return .denied(.steppedAside) }
        var firstRefusal: DenialReason?
        for permission in permissions(for: action) where holds(permission.party, actor, tender) {
            guard permission.stages.contains(tender.stage) else {
                firstRefusal = firstRefusal ?? .wrongStage(tender.stage, allowed: permission.stages.sorted())
                continue
            }
            if let unmet = permission.conditions.first(where: { !satisfied($0, actor, tender) }) {
                firstRefusal = firstRefusal ?? refusal(for: unmet, tender)
                continue
            }
            return .allowed
        }
        if let firstRefusal { return .denied(firstRefusal) }
        if tender.committee.member(for: actor.id) == nil, actor.has(.expert), !actor.has(.officer), !actor.has(.supervisor) {
            return .denied(.notOnCommittee)
        }
        if actor.has(.administrator), !actor.has(.officer), !actor.has(.supervisor), !actor.has(.expert) {
            return .denied(.administratorHasNoTenderAccess)
        }
        return .denied(.roleNotPermitted(action))
    }

    /// Decides a request outside any one tender.
    public static func authorize(_ actor: User, _ action: WorkspaceAction) -> Decision {
        if actor.disabled { return .denied(.accountDisabled) }
        switch action {
        case .administerUsers: return actor.has(.administrator) ? .allowed : .denied(.workspaceRoleRequired(.administrator))
        case .createTender: return actor.has(.officer) ? .allowed : .denied(.workspaceRoleRequired(.officer))
        case .listTenders: return .allowed
        }
    }

    /// The policy table. A `switch` rather than a dictionary so that the compiler refuses an
    /// action without a row.
    static func permissions(for action: TenderAction) -> [Permission] {
        let all = Set(TenderStage.allCases)
        switch action {
        case .readOverview, .readProgress:
            return [Permission(party: .officer, stages: all), Permission(party: .member, stages: all), Permission(party: .supervisor, stages: [.closed])]
        case .uploadInputs, .editSetup:
            return [Permission(party: .officer, stages: [.draft], conditions: [.currentRevision])]
        case .advance(let target):
            switch target {
            case .draft: return []
            case .declarations: return [Permission(party: .officer, stages: [.draft], conditions: [.currentRevision, .hasInputs, .committeeReady])]
            case .complianceReview: return [Permission(party: .officer, stages: [.declarations], conditions: [.allDeclared])]
            case .scoring: return [Permission(party: .officer, stages: [.complianceReview])]
            case .review: return [Permission(party: .officer, stages: [.scoring], conditions: [.allSubmitted])]
            case .signing: return [Permission(party: .leader, stages: [.review])]
            case .closed: return [Permission(party: .officer, stages: [.signing], conditions: [.allSigned])]
            }
        case .declareConflicts:
            return [Permission(party: .member, stages: [.declarations], conditions: [.ownNotDeclared])]
        case .readBidFacts:
            return [
                Permission(party: .officer, stages: all),
                Permission(party: .member, stages: TenderStage.declarations.andLater, conditions: [.ownDeclaredNoConflict]),
                Permission(party: .supervisor, stages: [.closed]),
            ]
        case .saveDraftMarks, .submitMarks:
            return [Permission(party: .member, stages: [.scoring], conditions: [.ownDeclaredNoConflict, .ownNotSubmitted])]
        case .readOwnMarks:
            return [Permission(party: .member, stages: TenderStage.scoring.andLater, conditions: [.ownDeclaredNoConflict])]
        case .readAllMarks:
            return [
                Permission(party: .member, stages: TenderStage.scoring.andLater, conditions: [.ownSubmitted]),
                Permission(party: .officer, stages: TenderStage.scoring.andLater, conditions: [.allSubmitted]),
                Permission(party: .supervisor, stages: [.closed]),
            ]
        case .recordDecision(let kind):
            // An invalid bid may already be found in compliance review; everything else is 复核's.
            let stages: Set<TenderStage> = kind == .invalidBid ? [.complianceReview, .review] : [.review]
            return [Permission(party: .leader, stages: stages)]
        case .correctMark:
            return [Permission(party: .leader, stages: [.review])]
        case .sign:
            return [Permission(party: .member, stages: [.signing], conditions: [.ownNotSigned])]
        case .readClosedResults:
            return [Permission(party: .officer, stages: [.closed]), Permission(party: .member, stages: [.closed]), Permission(party: .supervisor, stages: [.closed])]
        case .openRevision:
            return [Permission(party: .officer, stages: [.closed], conditions: [.currentRevision])]
        }
    }

    static func holds(_ party: Party, _ actor: User, _ tender: TenderState) -> Bool {
        switch party {
        case .officer: return actor.has(.officer)
        case .supervisor: return actor.has(.supervisor)
        case .member: return tender.committee.member(for: actor.id) != nil && !tender.hasSteppedAside(actor.id)
        case .leader:
            guard let member = tender.committee.member(for: actor.id) else { return false }
            return member.isLeader && member.role != .purchaserRepresentative && !tender.hasSteppedAside(actor.id)
        }
    }

    static func satisfied(_ condition: Condition, _ actor: User, _ tender: TenderState) -> Bool {
        switch condition {
        case .currentRevision: return tender.isCurrentRevision
        case .hasInputs: return tender.hasInputs
        case .committeeReady: return tender.committee.problems().isEmpty
        case .allDeclared: return tender.allDeclared
        case .allSubmitted: return tender.allSubmitted
        case .allSigned: return tender.allSigned
        case .ownDeclaredNoConflict: return tender.declarations[actor.id] == ConflictDeclaration.none
        case .ownNotDeclared: return tender.declarations[actor.id] == nil
        case .ownSubmitted: return tender.submitted.contains(actor.id)
        case .ownNotSubmitted: return !tender.submitted.contains(actor.id)
        case .ownNotSigned: return !tender.signed.contains(actor.id)
        }
    }

    static func refusal(for condition: Condition, _ tender: TenderState) -> DenialReason {
        switch condition {
        case .currentRevision: return .notCurrentRevision
        case .hasInputs: return .inputsMissing
        case .committeeReady: return .committeeNotReady(tender.committee.problems())
        case .allDeclared: return .waitingForDeclarations
        case .allSubmitted: return .waitingForSubmissions
        case .allSigned: return .waitingForSignatures
        case .ownDeclaredNoConflict: return .notDeclared
        case .ownNotDeclared: return .alreadyDeclared
        case .ownSubmitted: return .ownSheetNotSubmitted
        case .ownNotSubmitted: return .alreadySubmitted
        case .ownNotSigned: return .alreadySigned
        }
    }
}
