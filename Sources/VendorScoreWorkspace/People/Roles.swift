/// A role a user holds across the whole workspace, given by the administrator.
///
/// Leading a committee is not a global role: it is a flag on one tender's ``CommitteeMember``.
public enum GlobalRole: String, Sendable, Codable, CaseIterable, Comparable {
    /// Manages user accounts; has no access to tenders or scores.
    case administrator
    /// 采购人/代理机构: creates tenders, sets them up and opens and closes each stage.
    case officer
    /// 评审专家 (or a purchaser's representative): may be named on a tender's committee.
    case expert
    /// Supervisor or auditor: reads closed tenders, never writes.
    case supervisor

    public static func < (lhs: GlobalRole, rhs: GlobalRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A committee member's role on one tender (财政部令第87号 第45条).
public enum CommitteeRole: String, Sendable, Codable, CaseIterable {
    /// 评审专家.
    case expert
    /// 采购人代表: scores like an expert but may not lead the committee.
    case purchaserRepresentative = "purchaser-representative"
}
