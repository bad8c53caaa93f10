import VendorScoreWorkspace

/// The people of the policy tests: one of each kind of actor, and a committee of four seats.
enum Cast {
    static let admin = User(id: UserID("admin"), username: "admin", displayName: "Admin", roles: [.administrator])
    static let officer = User(id: UserID("officer"), username: "wang", displayName: "王芳", roles: [.officer])
    static let supervisor = User(id: UserID("supervisor"), username: "zhao", displayName: "赵监督", roles: [.supervisor])
    static let outsider = User(id: UserID("outsider"), username: "qian", displayName: "钱专家", roles: [.expert])
    static let leader = User(id: UserID("leader"), username: "li", displayName: "李组长", roles: [.expert])
    static let member = User(id: UserID("member"), username: "sun", displayName: "孙专家", roles: [.expert])
    static let representative = User(id: UserID("rep"), username: "zhou", displayName: "周代表", roles: [.expert])
    static let aside = User(id: UserID("aside"), username: "wu", displayName: "吴专家", roles: [.expert])

    static let actors: [String: User] = [
        "admin": admin, "officer": officer, "supervisor": supervisor, "outsider": outsider,
        "leader": leader, "member": member, "rep": representative, "aside": aside,
    ]

    static let committee = Committee(members: [
        CommitteeMember(memberID: "E1", user: leader.id, name: leader.displayName, role: .expert, isLeader: true),
        CommitteeMember(memberID: "E2", user: member.id, name: member.displayName, role: .expert),
        CommitteeMember(memberID: "E3", user: representative.id, name: representative.displayName, role: .purchaserRepresentative),
        CommitteeMember(memberID: "E4", user: aside.id, name: aside.displayName, role: .expert),
    ])
}

/// How far the committee has got, in four steps the policy tests walk at every stage.
enum Progress: String, CaseIterable {
    /// Nobody has declared, submitted or signed.
    case nothing = "n"
    /// Everyone declared (E4 stepped aside from one bidder); nothing submitted or signed.
    case declared = "d"
    /// The leader and E2 submitted and signed; the purchaser's representative has not.
    case ownDone = "o"
    /// Every sitting member submitted and signed.
    case allDone = "a"

    func state(at stage: TenderStage, current: Bool = true) -> TenderState {
        let sitting = [Cast.leader.id, Cast.member.id, Cast.representative.id]
        var declarations: [UserID: ConflictDeclaration] = [:]
        var done: Set<UserID> = []
        switch self {
        case .nothing: break
        case .declared, .ownDone, .allDone:
            for user in sitting { declarations[user] = ConflictDeclaration.none }
            declarations[Cast.aside.id] = .steppedAside(vendors: ["kingsoft"], reason: "曾任其顾问")
            if self == .ownDone { done = [Cast.leader.id, Cast.member.id] }
            if self == .allDone { done = Set(sitting) }
        }
        return TenderState(stage: stage, isCurrentRevision: current, committee: Cast.committee, declarations: declarations,
                           submitted: done, signed: done, hasInputs: true)
    }
}

struct FixedClock: WorkspaceClock {
    var moment: Timestamp
    func now() -> Timestamp { moment }
}
