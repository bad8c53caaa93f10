import VendorScoreCore
/// One member of a tender's committee (评标委员会 / 磋商小组).
///
/// `memberID` is the evaluator id the tender file and the bids' marks use ("E1"); `user` is the
/// workspace account that sits in that seat.
///
/// ```swift
/// let leader = CommitteeMember(memberID: "E1", user: UserID("u7"), name: "李明", role: .expert, isLeader: true)
/// ```
public struct CommitteeMember: Hashable, Sendable, Codable {
    public var memberID: String
    public var user: UserID
    public var name: String
    public var role: CommitteeRole
    public var isLeader: Bool

    public init(memberID: String, user: UserID, name: String, role: CommitteeRole, isLeader: Bool = false) {
        self.memberID = memberID
        self.user = user
        self.name = name
        self.role = role
        self.isLeader = isLeader
    }

    private enum CodingKeys: String, CodingKey { case memberID = "member-id", user, name, role, isLeader = "leader" }
}

/// A tender's committee: its members in the order the officer named them.
///
/// ``validate()`` checks what 第45条 requires of the membership itself: exactly one leader, who is
/// not the purchaser's representative, and no seat or account named twice.
public struct Committee: Hashable, Sendable, Codable {
    public var members: [CommitteeMember]

    public init(members: [CommitteeMember]) { self.members = members }

    public static let empty = Committee(members: [])

    public var leader: CommitteeMember? { members.first(where: \.isLeader) }

    public func member(for user: UserID) -> CommitteeMember? { members.first { $0.user == user } }

    /// The problems with this committee, in member order; empty when it may sit.
    public func problems() -> [CommitteeProblem] {
        var problems: [CommitteeProblem] = []
        if members.isEmpty { return [.noMembers] }
        var seenIDs: Set<String> = []
        var seenUsers: Set<UserID> = []
        for member in members {
            if member.memberID.isEmpty || member.memberID.contains(where: \.isWhitespace) {
                problems.append(.badMemberID(member.memberID))
            }
            if !seenIDs.insert(member.memberID).inserted { problems.append(.duplicateMemberID(member.memberID)) }
            if !seenUsers.insert(member.user).inserted { problems.append(.duplicateUser(member.user)) }
            if member.isLeader && member.role == .purchaserRepresentative {
                problems.append(.representativeAsLeader(member.memberID))
            }
        }
        let leaders = members.filter(\.isLeader)
        if leaders.isEmpty { problems.append(.noLeader) }
        if leaders.count > 1 { problems.append(.severalLeaders(leaders.map(\.memberID))) }
        return problems
    }

    /// Throws ``WorkspaceError/committee(_:)`` with every problem when the committee may not sit.
    public func validate() throws(WorkspaceError) {
        let problems = problems()
        if !problems.isEmpty { throw .committee(problems) }
    }
}

/// Why a committee may not sit.
public enum CommitteeProblem: Hashable, Sendable, CustomStringConvertible {
    case noMembers
    case noLeader
    case severalLeaders([String])
    case representativeAsLeader(String)
    case duplicateMemberID(String)
    case duplicateUser(UserID)
    case badMemberID(String)

    public var description: String { text(in: .en) }
    /// The message in Chinese or English.
    public func text(in language: Language) -> String { WorkspaceMessages.committeeProblem(self, language) }
}
