/// A member's signature on the evaluation report: a confirmation, or a dissent with reasons
/// (政府采购法实施条例 第41条: a member who disagrees signs and writes the reasons).
///
/// ```swift
/// let signature = Signature(member: UserID("u4"), verdict: .dissent(reasons: "对技术分有异议"), at: now)
/// ```
public struct Signature: Hashable, Sendable, Codable {
    public var member: UserID
    public var verdict: Verdict
    public var at: Timestamp

    public init(member: UserID, verdict: Verdict, at: Timestamp) {
        self.member = member
        self.verdict = verdict
        self.at = at
    }

    public enum Verdict: Hashable, Sendable, Codable {
        case confirm
        case dissent(reasons: String)
    }

    /// A dissent must give its reasons.
    public func validate() throws(WorkspaceError) {
        if case .dissent(let reasons) = verdict, reasons.allSatisfy(\.isWhitespace) { throw .dissentWithoutReasons }
    }
}
