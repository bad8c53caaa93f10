/// What the policy needs to know about one tender revision to decide a request: its stage, its
/// committee and how far each member has got. The server builds it from the store.
///
/// ```swift
/// let state = TenderState(stage: .scoring, committee: committee,
///     declarations: [expert.id: .none], submitted: [], signed: [], hasInputs: true)
/// ```
public struct TenderState: Hashable, Sendable {
    public var stage: TenderStage
    /// False for an earlier revision kept after a re-evaluation opened a newer one.
    public var isCurrentRevision: Bool
    public var committee: Committee
    public var declarations: [UserID: ConflictDeclaration]
    /// Members whose score sheets are submitted.
    public var submitted: Set<UserID>
    /// Members who have confirmed or dissented.
    public var signed: Set<UserID>
    /// Whether the rubric and the bids are uploaded.
    public var hasInputs: Bool

    public init(
        stage: TenderStage, isCurrentRevision: Bool = true, committee: Committee,
        declarations: [UserID: ConflictDeclaration] = [:], submitted: Set<UserID> = [], signed: Set<UserID> = [],
        hasInputs: Bool
    ) {
        self.stage = stage
        self.isCurrentRevision = isCurrentRevision
        self.committee = committee
        self.declarations = declarations
        self.submitted = submitted
        self.signed = signed
        self.hasInputs = hasInputs
    }

    /// Members who did not step aside: the ones who score and sign.
    public var sittingMembers: [CommitteeMember] {
        committee.members.filter { declarations[$0.user]?.isSteppingAside != true }
    }

    public func hasSteppedAside(_ user: UserID) -> Bool { declarations[user]?.isSteppingAside == true }

    public var allDeclared: Bool { committee.members.allSatisfy { declarations[$0.user] != nil } }
    public var allSubmitted: Bool { !sittingMembers.isEmpty && sittingMembers.allSatisfy { submitted.contains($0.user) } }
    public var allSigned: Bool { !sittingMembers.isEmpty && sittingMembers.allSatisfy { signed.contains($0.user) } }
}
